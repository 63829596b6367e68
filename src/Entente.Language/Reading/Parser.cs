using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Language.Reading;

/// <summary>
/// English to a typed <see cref="Query"/>, for questions and claims alike. The text is tokenized (with offsets),
/// names are linked (<see cref="Linker"/>), the lexicon's cues, the question word, negation, time phrase,
/// article and options are found (<see cref="Analysis"/>); then every frame (<see cref="Frames"/>) that the
/// slots allow proposes a query with a score (how much of the text it accounts for), and the best one wins.
/// Two different readings with the same best score, an ambiguous name the reading needs, or no frame at all
/// give a refusal, never some other question.
/// </summary>
internal static partial class Parser
{
    /// <param name="fuzzy">Whether to try partial names and misspellings (questions), or exact names only (long texts).</param>
    public static Interpretation Read(Atlas atlas, string text, bool fuzzy = true)
    {
        // "Sweden joins NATO amid worries … Which NATO nation other than the U.S. controls its own nuclear weapons? A. …":
        // statements before the first question are background; the question (with its options) is what is asked.
        if (fuzzy && QuestionAfterBackground(text) is { } start && !RefersBack(text[start..]))
        {
            var asked = Read(atlas, text[start..], fuzzy);
            if (asked.Query is not null)
                return asked with { Notes = [.. asked.Notes, $"The sentences before '{Shorten(text[start..])}' were read as background."] };
        }
        if (fuzzy && Compound(atlas, text) is { } compound)
            return compound;
        return ReadOne(atlas, text, fuzzy);
    }

    /// <summary>Where the first sentence that asks something begins, when statements come before it; else null.</summary>
    private static int? QuestionAfterBackground(string text)
    {
        var mark = text.IndexOf('?', StringComparison.Ordinal);
        if (mark < 0)
            return null;
        foreach (var sentence in Claims.Sentences.Split(text))
        {
            if (sentence.End <= mark)
                continue;
            return sentence.Start > 0 && sentence.Start <= mark && !string.IsNullOrWhiteSpace(text[..sentence.Start]) ? sentence.Start : null;
        }
        return null;
    }

    /// <summary>A question that points into the text before it ("How many of the above…", "this alliance", "they") needs that text.</summary>
    private static bool RefersBack(string question)
    {
        var tokens = Tokenizer.Tokenize(question, 0, 0, question.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Norm;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Norm : "";
            if (w is "above" or "this" or "these" or "those" or "they" or "them" or "their" or "it" or "he" or "she" or "his" or "her" || w == "its" && next != "own")
                return true;
        }
        return false;
    }

    private static string Shorten(string question)
    {
        var q = question.Trim();
        var end = q.IndexOf('?', StringComparison.Ordinal);
        q = end > 0 ? q[..(end + 1)] : q;
        return q.Length <= 60 ? q : q[..57].TrimEnd() + "…";
    }

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal) { "why", "what", "how", "when", "who", "where", "which" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "it", "they", "this", "them", "its", "their" };

    /// <summary>
    /// "What is the Warsaw Pact and why was it formed?", "Who started the Warsaw Pact and why?": two questions joined
    /// by "and" before a question word are read one by one, the second taking its names from the first where it has
    /// none ("it", or a bare "why"). Each part read is answered; a part not read is said in the reading.
    /// </summary>
    private static Interpretation? Compound(Atlas atlas, string text)
    {
        var tokens = Tokenizer.Tokenize(text, 0, 0, text.Length);
        var at = -1;
        for (var i = 3; i + 1 < tokens.Count && at < 0; i++)
        {
            if (tokens[i].Is("and") && QuestionWords.Contains(tokens[i + 1].Norm))
                at = i;
        }
        if (at < 0 || Options.Find(text).Options.Count > 0)
            return null;
        var firstText = text[..tokens[at].Start].TrimEnd(' ', ',', ';');
        var secondText = text[tokens[at + 1].Start..];
        var first = ReadOne(atlas, firstText, fuzzy: true);
        var rest = tokens.Skip(at + 2).Where(t => t.Kind == TokenKind.Word).ToArray();
        if (rest.Length == 0)
        {
            // A bare "and why?": the first question asked again with the second question word.
            var body = QuestionWords.Contains(tokens[0].Norm) ? firstText[tokens[1].Start..] : firstText;
            secondText = $"{tokens[at + 1].Text} {body}?";
        }
        var second = ReadOne(atlas, secondText, fuzzy: true);
        if (second.Entities.Count == 0 && first.Analysis?.Mentions.FirstOrDefault(m => m.Entity is not null) is { } named)
        {
            var secondTokens = Tokenizer.Tokenize(secondText, 0, 0, secondText.Length);
            secondText = secondTokens.FirstOrDefault(t => Pronouns.Contains(t.Norm)) is { } pronoun
                ? secondText[..pronoun.Start] + (pronoun.Norm is "its" or "their" ? named.Text + "'s" : named.Text) + secondText[pronoun.End..]
                : $"{secondText.TrimEnd('?', ' ')} ({named.Text})?";
            second = ReadOne(atlas, secondText, fuzzy: true);
        }
        if (second.Query is null && first.Analysis is { } firstAnalysis)
        {
            // "When did Finland join NATO and why did it apply?": the names the second part leaves implicit.
            var missing = firstAnalysis.Mentions.Where(m => m.Entity is { } e && !second.Entities.Contains(e)).Select(m => m.Text).Distinct().ToArray();
            if (missing.Length > 0)
            {
                var withNames = ReadOne(atlas, $"{secondText.TrimEnd('?', ' ')} ({string.Join(", ", missing)})?", fuzzy: true);
                if (withNames.Query is not null)
                    second = withNames;
            }
        }
        var read = new[] { first, second }.Where(r => r.Query is not null).ToArray();
        if (read.Length == 0)
            return null;
        if (read.Length == 1)
        {
            var missed = first.Query is null ? firstText : secondText;
            return read[0] with { Notes = [.. read[0].Notes, $"Not answered: '{missed.Trim()}' ({(first.Query is null ? first : second).Refusal})."] };
        }
        return first with { Parts = read };
    }

    private static Interpretation ReadOne(Atlas atlas, string text, bool fuzzy)
    {
        var (stemEnd, tailStart, options) = Options.Find(text);
        var tokens = Tokenizer.Tokenize(text, 0, 0, stemEnd);
        if (tailStart < text.Length)
            tokens.AddRange(Tokenizer.Tokenize(text, 0, tailStart, text.Length));
        var analysis = Analysis.Of(atlas, text, tokens, fuzzy, options, terms: true);
        analysis = analysis.WithMentions(analysis.Mentions.Select(m => Settle(atlas, m)).ToArray());
        analysis = TreatyOfTheNamed(atlas, analysis);
        var choices = options.Select(o => OptionOf(atlas, text, o)).ToArray();
        var reading = Read(atlas, analysis, choices);
        if (reading.Query is null && EachOf(atlas, analysis, choices) is { } each)
            return each;
        if (EachState(atlas, text, analysis, choices, reading) is { } perState)
            return perState;
        return reading.Frame is "why-allied" or "allies" && PairsOf(atlas, analysis, choices) is { } pairs ? pairs : reading;
    }

    private static readonly HashSet<string> TreatyNouns = new(StringComparer.Ordinal) { "declaration", "treaty", "pact", "agreement", "accord", "convention" };

    /// <summary>
    /// "Azerbaijan and Turkey agree on mutual military assistance — what does the declaration entail?": "the declaration"
    /// (or "the treaty", "this pact") with two or more states named and no treaty or body is the one treaty all of them
    /// are parties to whose name has that word; with none or several, nothing is added (the reading then says what it missed).
    /// </summary>
    private static Analysis TreatyOfTheNamed(Atlas atlas, Analysis a)
    {
        if (a.Mentions.Any(m => m.Entity is { Kind: EntityKind.Treaty or EntityKind.Partnership or EntityKind.Policy } || m.Entity is { Kind: EntityKind.Actor } e && !atlas.Actor(new ActorId(e.Id)).IsState))
            return a;
        var states = a.Mentions.Where(m => m.Entity is { Kind: EntityKind.Actor }).Select(m => new ActorId(m.Entity!.Id)).Distinct().ToArray();
        if (states.Length < 2)
            return a;
        for (var i = 1; i < a.Tokens.Count; i++)
        {
            var noun = a.Tokens[i].Norm;
            if (!TreatyNouns.Contains(noun) || a.Tokens[i - 1].Norm is not ("the" or "this" or "that" or "their"))
                continue;
            var treaties = atlas.PartiesOf(states[0]).Select(p => atlas.Treaty(p.Treaty)).Distinct()
                .Where(t => states.All(x => t.Parties.Any(p => p.Actor == x)) && NameIndex.Normalize(t.Name).Split(' ').Contains(noun)).ToArray();
            if (treaties.Length != 1)
                return a;
            var t = a.Tokens[i];
            var mention = new Mention(i, 1, t.Start, t.End, t.Text, [new EntityRef(EntityKind.Treaty, treaties[0].Id.Value, treaties[0].Name)], Fuzzy: false);
            return a.WithMentions([.. a.Mentions.Append(mention).OrderBy(m => m.First)]);
        }
        return a;
    }

    /// <summary>
    /// "Why did Britain make alliances with Japan, Russia and France?": a question about one state and a list of others
    /// is read once for each pair.
    /// </summary>
    private static readonly HashSet<string> PerStateFrames = new(StringComparer.Ordinal) { "when-joined", "when-left", "is-member", "applied", "when-suspended", "when-independent", "happenings" };

    /// <summary>
    /// "When did Sweden and Finland join NATO?", "Are Sweden and Finland in NATO?", "Did Russia invade Ukraine and Georgia?":
    /// states joined by "and" (or commas) in a question asked of one state at a time are each asked it, the question read
    /// again with that state alone in their place (it had been read of the first state only, or not at all). Each part must
    /// read the same way.
    /// </summary>
    private static Interpretation? EachState(Atlas atlas, string text, Analysis a, ChoiceOption[] options, Interpretation whole)
    {
        if (options.Length > 0 || whole.Query is not null && !PerStateFrames.Contains(whole.Frame ?? ""))
            return null;
        var states = a.Mentions.Where(m => m.Entity is { Kind: EntityKind.Actor } e && atlas.Actor(new ActorId(e.Id)).IsState).ToArray();
        // The longest run of states side by side, joined by "and", "or", commas or "the".
        var run = new List<Mention>();
        var best = new List<Mention>();
        foreach (var m in states)
        {
            if (run.Count > 0 && Enumerable.Range(run[^1].Last + 1, Math.Max(0, m.First - run[^1].Last - 1)).Any(i => !(a.Tokens[i].Norm is "and" or "or" or "," or "the")))
                run = [];
            run.Add(m);
            if (run.Count > best.Count)
                best = [.. run];
        }
        if (best.Count < 2 || !Enumerable.Range(best[0].Last + 1, best[^1].First - best[0].Last - 1).Any(i => a.Tokens[i].Norm is "and" or "or"))
            return null;
        var (from, to) = (a.Tokens[best[0].First].Start, a.Tokens[best[^1].Last].End);
        var readings = new List<Interpretation>();
        foreach (var state in best)
        {
            var alone = text[..from] + state.Text + text[to..];
            var reading = ReadOne(atlas, alone, fuzzy: true);
            if (reading.Query is null || !PerStateFrames.Contains(reading.Frame ?? "") || readings.Count > 0 && reading.Frame != readings[0].Frame)
                return null;
            readings.Add(reading);
        }
        return readings[0] with { Parts = readings };
    }

    private static Interpretation? PairsOf(Atlas atlas, Analysis a, ChoiceOption[] options)
    {
        var states = a.Mentions.Where(m => m.Entity is { Kind: EntityKind.Actor } e && atlas.Actor(new ActorId(e.Id)).IsState).ToArray();
        if (states.Length < 3 || options.Length > 0)
            return null;
        // One treaty binds every state named: it is the answer, not one pair after another.
        var whole = Read(atlas, a, options);
        if (whole.Query is WhyQuery { Subject.Kind: EntityKind.Treaty } why
            && states.All(m => atlas.Treaty(new TreatyId(why.Subject.Id)).Parties.Any(p => p.Actor.Value == m.Entity!.Id)))
            return null;
        var readings = new List<Interpretation>();
        foreach (var other in states.Skip(1))
        {
            var pair = a.WithMentions(a.Mentions.Where(m => !states.Contains(m) || m == states[0] || m == other).ToArray());
            var reading = Read(atlas, pair, options);
            if (reading.Query is null)
                return null;
            readings.Add(reading with { Unread = reading.Unread.Where(w => !states.Any(m => m.Text == w)).ToArray() });
        }
        return readings[0] with { Parts = readings };
    }

    /// <summary>
    /// "CENTO": an organization and its own founding treaty sharing a name are one thing to the reader, the organization.
    /// </summary>
    private static Mention Settle(Atlas atlas, Mention m)
    {
        if (!m.IsAmbiguous)
            return m;
        var orgs = m.Candidates.Where(c => c.Kind == EntityKind.Actor && atlas.Actor(new ActorId(c.Id)).Kind == ActorKind.Organization).ToArray();
        if (orgs.Length != 1)
            return m;
        var org = new ActorId(orgs[0].Id);
        var rest = m.Candidates.Where(c => c != orgs[0]).ToArray();
        return rest.All(c => c.Kind == EntityKind.Treaty && atlas.Treaty(new TreatyId(c.Id)).Organization == org) ? m with { Candidates = [orgs[0]] } : m;
    }

    /// <summary>
    /// "Is Korea part of NATO?": a name that could be two or three states, each of which gives a reading, is answered
    /// for each of them (said in the reading), rather than refused.
    /// </summary>
    private static Interpretation? EachOf(Atlas atlas, Analysis a, IReadOnlyList<ChoiceOption> options)
    {
        var ambiguous = a.Mentions.Where(m => m.IsAmbiguous).ToArray();
        if (ambiguous.Length != 1 || ambiguous[0].Candidates.Count > 3
            || !ambiguous[0].Candidates.All(c => c.Kind == EntityKind.Actor && atlas.Actor(new ActorId(c.Id)).IsState))
            return null;
        var mention = ambiguous[0];
        // Asked with no date, a name means the states of today: not Korea (1887–1905) beside North and South Korea.
        var candidates = a.Time is null && mention.Candidates.Any(c => atlas.Actor(new ActorId(c.Id)).Existed.To is null)
            ? mention.Candidates.Where(c => atlas.Actor(new ActorId(c.Id)).Existed.To is null).ToArray()
            : mention.Candidates;
        var readings = new List<Interpretation>();
        foreach (var candidate in candidates)
        {
            var one = a.WithMentions(a.Mentions.Select(m => m == mention ? m with { Candidates = [candidate] } : m).ToArray());
            var reading = Read(atlas, one, options);
            if (reading.Query is null)
                return null;
            readings.Add(reading);
        }
        return readings.Count == 1 ? readings[0] : readings[0] with
        {
            Parts = readings,
            Notes = [$"'{mention.Text}' could mean {string.Join(" or ", candidates.Select(c => c.Name))}: each is answered."],
        };
    }

    internal static Interpretation Read(Atlas atlas, Analysis a, IReadOnlyList<ChoiceOption> options)
    {
        return Choose(atlas, a, options) with { Analysis = a };
    }

    private static Interpretation Choose(Atlas atlas, Analysis a, IReadOnlyList<ChoiceOption> options)
    {
        var guessed = a.Mentions.Where(m => m.Fuzzy && m.Entity is not null).Select(m => (m.Text, m.Entity!)).ToArray();
        var entities = a.Entities().Select(e => e.Entity).Distinct().ToArray();
        if (a.Time?.Problem is { } timeProblem)
            return new Interpretation { Refusal = $"The date is not understood: {timeProblem}.", Entities = entities, Guessed = guessed, RefusalIsSentence = true };

        // "Is Atlantis in NATO?": a yes/no question about a name Entente does not know is not answered about the rest; nor is
        // "When did Narnia join NATO?", whose joining or leaving state is that name (it was answered with NATO's members).
        if ((a.YesNo || a.Wh is Wh.When or Wh.WhatYear && (a.Has(Cue.Join) || a.Has(Cue.Leave)) && !a.Entities().Any(e => e.Entity.Kind == EntityKind.Actor && atlas.Actor(new ActorId(e.Entity.Id)).IsState))
            && UnknownName(a) is { } unknown)
        {
            var near = atlas.Names.Resolve(unknown).Candidates.Take(3).Select(c => c.Name).ToArray();
            return new Interpretation
            {
                Refusal = $"'{unknown}' is not a state, organization or treaty Entente knows.{(near.Length > 0 ? $" Did you mean {string.Join(" or ", near)}?" : "")}",
                RefusalIsSentence = true,
                Entities = entities,
                Guessed = guessed,
            };
        }
        a = ThenNamed(atlas, a);
        var slots = new Slots(atlas, a);
        var proposals = Frames.All.Select(f => (Frame: f.Name, Proposal: f.Propose(slots))).Where(p => p.Proposal is not null).Select(p => (p.Frame, Proposal: p.Proposal!.Value))
            .OrderByDescending(p => p.Proposal.Score).ToArray();
        // "What will it cost for Finland to be a member of NATO?", "What did the summit change for Ukraine?": a question
        // word asks for a thing, a time or a reason; a yes/no reading ("is Finland a member") answers something else.
        if (AsksForAThing(a))
            proposals = [.. proposals.Where(p => !IsYesNo(p.Proposal.Query))];
        var ambiguous = a.Mentions.FirstOrDefault(m => m.IsAmbiguous);
        if (proposals.Length == 0 || ambiguous is not null && proposals[0].Proposal.Score < 6)
        {
            if (ambiguous is not null)
                return new Interpretation { Refusal = $"'{ambiguous.Text}' could mean {string.Join(" or ", ambiguous.Candidates.Select(c => $"{c.Name} ({c.Id})"))}: which one? Ask again with the full name.", Ambiguous = ambiguous.Candidates, Entities = entities, Guessed = guessed, RefusalIsSentence = true };
            // "Who must defend Wakanda?": when nothing fits, a name Entente lacks is the likeliest reason, so say it.
            if ((a.AsksMembers || a.Cues.Any(c => c.Cue != Cue.Member)) && UnknownName(a) is { } missing)
            {
                var near = atlas.Names.Resolve(missing).Candidates.Take(3).Select(c => c.Name).ToArray();
                return new Interpretation
                {
                    Refusal = $"'{missing}' is not a state, organization or treaty Entente knows.{(near.Length > 0 ? $" Did you mean {string.Join(" or ", near)}?" : "")}",
                    RefusalIsSentence = true,
                    Entities = entities,
                    Guessed = guessed,
                };
            }
            return new Interpretation { Refusal = "no question it can answer fits these words", Unread = slots.Unread([]), Entities = entities, Guessed = guessed };
        }
        var best = proposals[0];
        var rival = proposals.Skip(1).FirstOrDefault(p => p.Proposal.Score == best.Proposal.Score && p.Proposal.Query.GetType() != best.Proposal.Query.GetType());
        if (rival.Frame is not null && best.Proposal.Score < 4)
            return new Interpretation { Refusal = $"two readings compete ({best.Frame} or {rival.Frame})", Entities = entities, Guessed = guessed };
        var query = best.Proposal.Query with { When = a.Time?.When ?? TimeSpec.Now };
        var notes = new List<string>();
        if (query is ArticleQuery { Treaty: null, State: null } alone)
        {
            // "Article 5" with no treaty named: the treaty with the most parties that has such an article, said in the reading.
            var having = atlas.Treaties.Where(t => t.Provisions.Any(p => string.Equals(p.Article, alone.Article, StringComparison.OrdinalIgnoreCase)))
                .OrderByDescending(t => t.Parties.Select(p => p.Actor).Distinct().Count()).ThenBy(t => t.Id.Value, StringComparer.Ordinal).ToArray();
            if (having.Length == 0)
                return new Interpretation { Refusal = $"no treaty in Entente's data has an Article {alone.Article}", Entities = entities, Guessed = guessed };
            query = alone with { Treaty = having[0].Id };
            notes.Add($"No treaty was named: Article {alone.Article} read as that of {having[0].Name}, the treaty with the most parties that has one{(having.Length > 1 ? $" (also: {string.Join(", ", having.Skip(1).Take(3).Select(t => t.Name))})" : "")}.");
        }
        if (query is InvocationsQuery { Treaty: null, Article: { } invokedArticle } invoked)
        {
            // "How many times has Article 4 been invoked?": with no treaty named, the treaty whose Article 4 has been invoked
            // most often (NATO's), said in the reading — never the invocations of every treaty's Article 4 counted as one.
            // Asked for one state ("Has Armenia invoked Article 4?"): the treaties that state invoked, if any.
            var invocations = atlas.Events.Where(e => e.Kind == EventKind.Invocation && e.Article == invokedArticle && e.Treaty is not null).ToArray();
            if (invoked.By is { } state && invocations.Any(e => e.Actors.Contains(state)))
                invocations = [.. invocations.Where(e => e.Actors.Contains(state))];
            var byTreaty = invocations
                .GroupBy(e => e.Treaty!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Value, StringComparer.Ordinal).ToArray();
            if (byTreaty.Length > 0)
            {
                query = invoked with { Treaty = byTreaty[0].Key };
                if (byTreaty.Length > 1)
                    notes.Add($"No treaty was named: Article {invokedArticle} read as that of {atlas.Treaty(byTreaty[0].Key).Name}, the treaty whose Article {invokedArticle} has been invoked most often (also invoked: {string.Join(", ", byTreaty.Skip(1).Select(g => atlas.Treaty(g.Key).Name))}).");
            }
        }
        if (options.Count >= 2)
            query = new ChoiceQuery(query, options) { When = query.When };
        var interpretation = new Interpretation
        {
            Query = query,
            Frame = best.Frame,
            Notes = notes,
            Unread = slots.Unread(best.Proposal.Used, best.Proposal.Query is TermQuery, best.Proposal.Words),
            Guessed = guessed,
            Entities = entities,
        };
        // "What is the difference between NATO and the Warsaw Pact?", "How does the CSTO compare with NATO?": each body
        // described, one after the other, so the reader sees both sides.
        if (query is WhatIsQuery && slots.Bodies.Count >= 2 && a.Tokens.Any(t => t.Norm is "difference" or "differences" or "differ" or "compare" or "compared" or "comparison" or "versus" or "vs"))
        {
            var words = Enumerable.Range(0, a.Tokens.Count).Where(i => a.Tokens[i].Norm is "difference" or "differences" or "differ" or "compare" or "compared" or "comparison" or "versus" or "vs" or "between").ToArray();
            var parts = slots.Bodies.Take(2).Select(body => interpretation with
            {
                Query = new WhatIsQuery(body) { When = query.When },
                Unread = slots.Unread(best.Proposal.Used, false, words),
                Analysis = a,
            }).ToArray();
            return parts[0] with { Parts = parts };
        }
        return interpretation;
    }

    /// <summary>
    /// A question whose question word asks what, when, where or how many: not "who" or "which", whose answer can be a
    /// state, nor "why" ("Why is Russia not helping Iran?" is answered by whether Russia must defend Iran).
    /// </summary>
    private static bool AsksForAThing(Analysis a) =>
        a.Options.Count == 0 && !a.YesNo && a.Wh is Wh.What or Wh.When or Wh.Where or Wh.HowMany or Wh.WhatYear or Wh.Which or Wh.Who;

    /// <summary>The queries whose answer is yes or no: whether a state is a member, whether one state must defend another.</summary>
    private static bool IsYesNo(Query q) => q is IsMemberQuery or DefendsQuery;

    /// <summary>
    /// "Which alliances did Germany have during WWI?": a state named by the name of one that did not exist at the time
    /// asked is the state of that name then ("Germany (1816-1945)"), when exactly one such existed.
    /// </summary>
    private static Analysis ThenNamed(Atlas atlas, Analysis a)
    {
        if (a.Time?.When is not { From: { } from } when || when.Kind is TimeKind.Now or TimeKind.After or TimeKind.Since)
            return a;
        var day = when.Kind == TimeKind.Before ? from.AddDays(-1) : when.To ?? from;
        var changed = false;
        var mentions = a.Mentions.Select(m =>
        {
            if (m.Entity is not { Kind: EntityKind.Actor } e || m.IsAmbiguous || atlas.Actor(new ActorId(e.Id)) is not { IsState: true } state)
                return m;
            // Not there then: outside the days it existed, or before its first spell in the state system (the Federal
            // Republic, from 1955) — and a state it succeeded, or one of its name, was.
            // Where it had only not yet entered the state system, only a state of its name stands in (in 1950 "Germany" is the
            // Federal Republic, not the GDR it succeeded).
            var gone = !state.Existed.Contains(day);
            var absent = gone || state.Cow.Count > 0 && state.Cow.Min(c => c.From.FirstDay) > day;
            if (!absent)
                return m;
            var then = atlas.Actors.Where(x => x.IsState && x.Id != state.Id && x.Existed.Contains(day)
                && (gone && x.Successor == state.Id || x.Name.StartsWith(state.Name + " (", StringComparison.Ordinal))).ToArray();
            if (then.Length != 1)
                return m;
            changed = true;
            return m with { Candidates = [new EntityRef(EntityKind.Actor, then[0].Id.Value, then[0].Name)] };
        }).ToArray();
        return changed ? a.WithMentions(mentions) : a;
    }

    private static readonly HashSet<string> Months = new(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12].Select(m => m.ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>A capitalised word after the first that is no name, no common English word and no word of the lexicon: a name Entente lacks.</summary>
    private static string? UnknownName(Analysis a)
    {
        for (var i = 1; i < a.Tokens.Count; i++)
        {
            var t = a.Tokens[i];
            if (t.Kind != TokenKind.Word || !t.IsCapitalized || t.Norm.Length < 3 || a.Mentions.Any(m => i >= m.First && i <= m.Last)
                || a.Time is { } time && i >= time.First && i < time.First + time.Count || Months.Contains(t.Norm)
                || EnglishWords.Contains(t.Norm) || Lexicon.RegionAdjectives.Contains(t.Norm) || Lexicon.Function.Contains(t.Norm) || Lexicon.ByFirstWord.ContainsKey(t.Norm) || t.Text.All(char.IsUpper))
                continue;
            return t.Text;
        }
        return null;
    }

    private static ChoiceOption OptionOf(Atlas atlas, string text, OptionText option)
    {
        var tokens = Tokenizer.Tokenize(text, 0, option.Start, option.End);
        var mentions = Linker.Link(atlas, tokens, fuzzy: false);
        PartialDate? date = null;
        int? number = null;
        for (var i = 0; i < tokens.Count && date is null; i++)
        {
            var (day, _, _, precision) = TimePhrases.Date(tokens, i);
            if (day is { } d)
                date = precision switch { 3 => PartialDate.FromDate(d), 2 => PartialDate.Parse(d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)), _ => PartialDate.OfYear(d.Year) };
        }
        var numbers = tokens.Where(t => t.Kind == TokenKind.Number && t.Norm.Length <= 3).ToArray();
        if (numbers.Length == 1 && int.TryParse(numbers[0].Norm, System.Globalization.CultureInfo.InvariantCulture, out var n))
            number = n;
        else if (numbers.Length == 0 && tokens.Count <= 3 && tokens.Select(t => Numbers.Word(t.Norm)).FirstOrDefault(x => x is not null) is { } word)
            number = word;
        return new ChoiceOption(option.Label, option.Text, mentions.Where(m => m.Entity is not null).Select(m => m.Entity!).ToArray(), date, number);
    }
}
