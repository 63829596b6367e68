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
