using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Language.Claims;

internal static partial class ClaimJudge
{
    /// <summary>
    /// A cause given for a body's founding, against the sourced reasons for it: supported when a recorded statement
    /// names every state and body the cause names (or, naming none, most of its words); otherwise not checkable — a
    /// reason the data does not record is not thereby false.
    /// </summary>
    private static Outcome? Cause(Atlas atlas, ReadClaim claim, WhyResult why)
    {
        var body = Name(atlas, why.Query.Subject);
        var statements = why.Statements.ToArray();
        if (statements.Length == 0)
            return Outcome.NotCheckable($"Entente records no sourced reason for the founding of {body}");
        var naming = statements.Where(st => claim.Named.All(e => NamesOf(atlas, e).Any(n => Contains(st.Text, n)))).ToArray();
        if (claim.Named.Count == 0)
        {
            var words = claim.Topics;
            naming = [.. statements.Where(st => words.Count(w => WordsOf(st.Text).Any(x => SameStem(x, w))) * 2 > words.Count)];
        }
        if (naming.Length == 0)
            return Outcome.NotCheckable($"the reasons Entente records for the founding of {body} do not name this cause");
        return Outcome.Supported([.. naming.Select(st => Fact($"Reason for the founding of {body} ({st.By}): {st.Text.Trim()}", st.Sources))]);
    }

    /// <summary>The names a statement may call an entity by: its name, official name, aliases, demonyms and former names.</summary>
    private static IEnumerable<string> NamesOf(Atlas atlas, EntityRef e)
    {
        if (e.Kind == EntityKind.Actor)
        {
            var actor = atlas.Actor(new ActorId(e.Id));
            return new[] { actor.Name, actor.OfficialName }.Concat(actor.Aliases).Concat(actor.Demonyms).Concat(actor.FormerNames.Select(f => f.Name)).OfType<string>();
        }
        if (e.Kind == EntityKind.Treaty)
        {
            var treaty = atlas.Treaty(new TreatyId(e.Id));
            return new[] { treaty.Name }.Concat(treaty.Aliases);
        }
        return [e.Name];
    }

    /// <summary>Whether the text holds the name as whole words, ignoring case.</summary>
    private static bool Contains(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                return true;
        }
        return false;
    }

    private static IEnumerable<string> WordsOf(string text) =>
        text.Split((char[])[' ', ',', '.', ';', ':', '(', ')', '"', '\'', '’', '-', '–'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant());

    // "rearmament" and "rearmed", "expansion" and "expanding": the same first six letters (or the whole of a shorter word).
    private static bool SameStem(string a, string b)
    {
        var n = Math.Min(6, Math.Min(a.Length, b.Length));
        return n >= 4 && string.CompareOrdinal(a, 0, b, 0, n) == 0 && (n == 6 || a.Length == b.Length);
    }
}

internal static partial class ClaimJudge
{
    /// <summary>
    /// Defence treaties of a state with each of some others, against the share said: all, most, several, some or none of
    /// them. A share not reached is contradicted only where the data holds every alliance on the day; elsewhere not checkable.
    /// </summary>
    private static Outcome? PactsWith(Atlas atlas, PactsWithResult r)
    {
        if (r.Pairs.Count == 0 || r.Query.Asserted?.Share is not { } share)
            return null;
        var state = atlas.Actor(r.Query.State);
        var (k, n) = (r.WithPacts, r.Pairs.Count);
        bool Holds(int count) => share switch
        {
            Share.All => count == n,
            Share.Most => count * 2 > n,
            Share.Several => count >= 2,
            Share.Some => count >= 1,
            _ => count == 0,
        };
        var holds = Holds(k);
        var kind = r.Query.Bilateral ? "bilateral defence treaty" : "defence treaty";
        var day = AnswerBuilder.Date(r.Day);
        var facts = r.Pairs.Select(p => p.Treaties.Count > 0
            ? Fact($"{state.Name} and {atlas.Actor(p.Other).Name} on {r.Day:yyyy-MM-dd}: {string.Join("; ", p.Treaties.Select(t => $"{t.Name} (signed {t.Signed})"))}.", p.Treaties.SelectMany(t => t.Sources))
            : Fact($"{state.Name} and {atlas.Actor(p.Other).Name} on {r.Day:yyyy-MM-dd}: no {kind} in the data.", atlas.Actor(p.Other).Sources)).ToArray();
        if (holds)
            return Outcome.Supported(facts);
        var those = n == 1 ? $"{kind} of {state.Name} with {atlas.Actor(r.Pairs[0].Other).Name}" : $"{kind} of {state.Name} with {k} of the {n}";
        if (!r.Coverage.AllowsNo)
            return Outcome.NotCheckable($"on {day} Entente's data does not hold every alliance, and it lists {(n == 1 ? "no" : "a")} {those}");
        // "A defence agreement" is also said of a treaty of defence cooperation with only a pledge to consult (France and
        // Djibouti, 2011): such treaties do not make the claim false.
        var lesser = r.Pairs.Count(p => p.Treaties.Count > 0 || p.Lesser.Count > 0);
        if (share != Share.None && Holds(lesser))
            return Outcome.NotCheckable($"the data lists {(n == 1 ? "no" : "a")} {those}, but {(n == 1 ? "a treaty" : "treaties")} with no defence pledge ({AnswerBuilder.List(r.Pairs.SelectMany(p => p.Lesser).Distinct().Select(t => t.Name))}), which may be what is meant");
        var with = r.Pairs.Where(p => p.Treaties.Count > 0).Select(p => atlas.Actor(p.Other).Name).ToArray();
        var correction = $"On {day} {Naming.Of(state)} had a {kind} with {(k == 0 ? "none" : $"{k}")} of the {n}{(k > 0 ? $" ({AnswerBuilder.List(with)})" : "")}.";
        return k > 0 && share is Share.All or Share.Most ? Outcome.Partly(correction, facts) : Outcome.Contradicted(correction, facts);
    }
}
