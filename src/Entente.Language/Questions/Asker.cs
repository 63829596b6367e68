using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Reading;
using Mention = Entente.Language.Questions.Mention;

namespace Entente.Language.Questions;

/// <summary>
/// Answers a question in plain English: the parser reads it into a typed <see cref="Query"/> (or an honest
/// refusal), the query is run, and its writer puts the result into words. The reading comes first in every
/// answer, so a misreading is visible; a question it cannot read gets what was not understood and questions
/// about the things it did recognise.
/// </summary>
internal sealed partial class Asker(Atlas atlas, DateOnly today)
{
    /// <summary>Longest question accepted, in characters.</summary>
    public const int MaxLength = 500;

    public Answer Ask(string question)
    {
        if (string.IsNullOrWhiteSpace(question))
            return Unanswered(question, "The question is empty.");
        if (question.Length > MaxLength)
            return Unanswered(question[..60] + "…", $"The question is {question.Length} characters long; Entente reads questions of up to {MaxLength} characters. Ask one short question at a time.");
        if (question.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            return Unanswered("(binary input)", "The question contains control characters; type it as plain text.");
        var letters = question.Count(char.IsLetter);
        var latin = question.Count(c => c < 0x250 && char.IsLetter(c));
        if (letters == 0)
            return Unanswered(question, "The question has no words in it.");
        if (latin < letters / 2)
            return Unanswered(question, "Entente reads questions in English only.");
        if (question.Contains('<', StringComparison.Ordinal) || question.Contains(';', StringComparison.Ordinal) && question.Contains('=', StringComparison.Ordinal))
            return Unanswered(question, "The question looks like markup or code, not a question in words.");

        if (Statements(question) is { } statements)
            return statements;
        if (TrueOrFalse(question) is { } judged)
            return judged;
        var reading = Parser.Read(atlas, question);
        if (reading.Query is null)
            return Refuse(question, reading);
        if (reading.Parts.Count > 1)
            return Together(question, reading);
        return Answer(question, reading);
    }

    private Answer Answer(string question, Interpretation reading)
    {
        var query = reading.Query!;
        var answer = Write(Context(question, reading, query), query);
        return answer with { Reading = ReadingWriter.Describe(atlas, reading, today), Question = question };
    }

    /// <summary>The parts of a compound question, or the states an ambiguous name may be, answered one after the other.</summary>
    private Answer Together(string question, Interpretation reading)
    {
        var answers = reading.Parts.Select(p => Answer(question, p)).ToArray();
        var readings = answers.Select((a, i) => i == 0 ? a.Reading! : "Then " + a.Reading![..1].ToLowerInvariant() + a.Reading[1..]);
        return answers[0] with
        {
            Reading = string.Join(" ", readings.Concat(reading.Notes.Where(n => !answers[0].Reading!.Contains(n, StringComparison.Ordinal)))),
            Text = string.Join("\n\n", answers.Select(a => a.Text)),
            Facts = answers.SelectMany(a => a.Facts).Distinct().ToArray(),
            Sources = answers.SelectMany(a => a.Sources).DistinctBy(s => s.Id).ToArray(),
            Answered = answers.Any(a => a.Answered),
            Caveat = answers.Select(a => a.Caveat).FirstOrDefault(c => c is not null),
        };
    }

    /// <summary>The question as the writers see it: its words and names, and the date of truth of the query.</summary>
    private ParsedQuestion Context(string question, Interpretation reading, Query query)
    {
        var a = reading.Analysis!;
        var words = a.Tokens.Select(t => t.Norm).ToArray();
        var mentions = a.Mentions.Select(m => new Mention(m.First, m.Count, m.Text, m.Candidates, m.Fuzzy)).ToArray();
        return new ParsedQuestion(question, string.Join(' ', words), words, mentions, query.When.Truth(today), null, a.Article, query.When.Year);
    }

    private Answer Write(ParsedQuestion q, Query query) => query switch
    {
        ChoiceQuery c => Choice(q, c),
        IsMemberQuery m => IsMember(q, m),
        MembersQuery m => Members(q, m),
        DateQuery { Kind: DateKind.Joined, Party: { } party } d when d.Subject.Kind == EntityKind.Actor => WhenJoined(q, atlas.Actor(party), atlas.Actor(new ActorId(d.Subject.Id))),
        // A treaty without an organization ("When did Venezuela leave the Rio Treaty?"): its own parties.
        DateQuery { Kind: DateKind.Joined or DateKind.Left, Party: { } party } d when d.Subject.Kind == EntityKind.Treaty => WhenInTreaty(q, d, atlas.Actor(party), atlas.Treaty(new TreatyId(d.Subject.Id))),
        DateQuery { Kind: DateKind.LeftCommand or DateKind.RejoinedCommand, Party: { } party } d when d.Subject.Kind == EntityKind.Actor => WhenCommand(q, d, atlas.Actor(party), atlas.Actor(new ActorId(d.Subject.Id))),
        DateQuery { Kind: DateKind.Independent } d => WhenIndependent(q, d),
        DateQuery { Kind: DateKind.Suspended, Party: { } party } d => WhenSuspended(q, d, atlas.Actor(party)),
        DateQuery { Kind: DateKind.Applied, Party: { } party } d when d.Subject.Kind == EntityKind.Actor => WhenApplied(q, d, atlas.Actor(party), atlas.Actor(new ActorId(d.Subject.Id))),
        DateQuery { Kind: DateKind.Left, Party: { } party } d when d.Subject.Kind == EntityKind.Actor => WhenLeft(q, atlas.Actor(party), atlas.Actor(new ActorId(d.Subject.Id))),
        DateQuery d => TreatyDate(q, d),
        InForceQuery f => InForce(q, f),
        EligibilityQuery e => Answers.WhyNot(atlas, e.State, e.Organization, On(q), q.Original, e.WhyNot ? "why-not" : "could-join"),
        DefendersQuery d => Defenders(q, d),
        DefendsQuery d => Defends(q, d),
        AlliesQuery a => DefenceTreaties(q, [atlas.Actor(a.State), .. a.Other is { } o ? new[] { atlas.Actor(o) } : []]),
        ArticleQuery a => ArticleText(q, a.Article, a.Treaty is { } t ? [atlas.Treaty(t)] : [], a.State is { } s ? [atlas.Actor(s)] : []),
        InvocationsQuery i => Invoked(q, i.Treaty is { } t ? [atlas.Treaty(t)] : [], i.By),
        NeutralityQuery n => Neutral(q, atlas.Actor(n.State)),
        PolicyBasisQuery pb => Basis(q, pb),
        PolicyQuery p => PolicyTerms(q, atlas.FindPolicy(p.Policy)!),
        ConstitutionQuery c => ConstitutionPolicies(q, atlas.Actor(c.State)),
        CooperationQuery c => Cooperation(q, atlas.Actor(c.State), atlas.Actor(c.Organization)),
        PeacekeepingQuery p => Peacekeeping(q, atlas.Actor(p.State)),
        CoveredQuery c => Covered(q, atlas.FindPlace(c.Place)!, c.Treaty is { } t ? [atlas.Treaty(t)] : []),
        TreatiesOfQuery t => TreatiesInYear(q, atlas.Actor(t.State), t.When),
        WhatIsQuery w => WhatIs(q, w),
        TermQuery t => Term(q, t),
        IsAllianceQuery w => IsAlliance(q, w),
        IsBindingQuery w => IsBinding(q, w),
        RatificationsQuery r => Ratifications(q, r),
        NamedEventsQuery n => NamedEvents(q, n),
        WhyQuery w => Why(q, w),
        HeadquartersQuery h => Headquarters(q, h),
        LeaderQuery l => Leader(q, l),
        SignedAtQuery s => SignedAt(q, s),
        EventsQuery e => Events(q, e),
        HappeningsQuery h => Happenings(q, h),
        FiguresQuery f => Figures(q, f),
        DecisionRuleQuery d => Decisions(q, d),
        StatusQuery s => HoldsStatus(q, s),
        CompareMembersQuery c => CompareMembers(q, c),
        _ => Unanswered(q.Original, $"Entente read the question but has no writer for it yet ({query.GetType().Name})."),
    };

    private DateOnly On(ParsedQuestion q) => q.On ?? today;

    private Answer Unanswered(string question, string why, IReadOnlyList<string>? suggestions = null) => new()
    {
        Question = question,
        Intent = "unknown",
        On = today,
        Text = why,
        Answered = false,
        Suggestions = suggestions ?? DefaultSuggestions,
    };

    private static readonly string[] DefaultSuggestions =
    [
        "Why is Japan not part of NATO?",
        "When did Finland join NATO?",
        "Who must defend Estonia if it is attacked?",
        "Is Hawaii covered by Article 5?",
    ];

    private Actor ActorOf(EntityRef e) => atlas.Actor(new ActorId(e.Id));
}
