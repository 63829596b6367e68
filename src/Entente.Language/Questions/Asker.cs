using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Questions;

/// <summary>
/// Answers a question in plain English: reads it, decides which family it belongs to, and hands it to
/// the responder for that family. It never answers a different question than the one asked: when it
/// cannot tell, it says so and suggests questions it can answer.
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

        var q = QuestionReader.Read(atlas, question, today);
        if (q.DateProblem is { } problem)
            return Unanswered(question, $"The date is not understood: {problem}.");
        var ambiguous = q.Mentions.FirstOrDefault(m => m.IsAmbiguous);
        if (ambiguous is not null)
        {
            var options = AnswerBuilder.List(ambiguous.Candidates.Select(c => $"{c.Name} ({c.Id})"));
            return Unanswered(question, $"'{ambiguous.Text}' could mean {options.Replace(" and ", " or ", StringComparison.Ordinal)}: which one? Ask again with the full name.",
                ambiguous.Candidates.Take(2).Select(c => $"Is {c.Name} a member of NATO?").ToArray());
        }
        return Route(q) ?? Unanswered(question, "Entente could not tell what this question asks.");
    }

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

    private IEnumerable<Actor> States(ParsedQuestion q) =>
        q.Entities(EntityKind.Actor).Select(ActorOf).Where(a => a.IsState);

    /// <summary>Organizations named, and those of treaties named ("the North Atlantic Treaty" → NATO).</summary>
    private IEnumerable<Actor> Organizations(ParsedQuestion q) =>
        q.Mentions.Select(m => m.Entity).OfType<EntityRef>().Select(e => e.Kind switch
        {
            EntityKind.Actor when ActorOf(e) is { Kind: ActorKind.Organization } org => org,
            EntityKind.Treaty when atlas.Treaty(new TreatyId(e.Id)).Organization is { } org => atlas.Actor(org),
            _ => null,
        }).OfType<Actor>().Distinct();

    private IEnumerable<Treaty> Treaties(ParsedQuestion q) =>
        q.Mentions.Select(m => m.Entity).OfType<EntityRef>().SelectMany(e => e.Kind switch
        {
            EntityKind.Treaty => [atlas.Treaty(new TreatyId(e.Id))],
            EntityKind.Actor when ActorOf(e) is { Kind: ActorKind.Organization } org => atlas.TreatiesOf(org.Id),
            _ => [],
        }).Distinct();
}
