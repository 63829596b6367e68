using Entente.Core.Model;

namespace Entente.Language.Reading;

/// <summary>
/// Who acted and who was acted on around an event word, for questions and claims alike: "X invaded Y",
/// "Y was invaded by X", "X's invasion of Y", "the invasion of Y by X", "the Soviet invasion of Y", "X, Y and Z
/// invaded Y". A list of names joined by commas and "and" fills one role.
/// </summary>
internal static class EventRoles
{
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { ",", "and", "the", "'s", "’s", "s", "'", "’", "forces", "troops", "of" };

    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal) { "was", "were", "been", "being", "is", "are", "be", "get", "got" };

    /// <summary>
    /// The roles around the event word at <paramref name="verbFirst"/>..<paramref name="verbLast"/>, looking only at tokens
    /// <paramref name="first"/>..<paramref name="last"/>; Passive is true for a passive verb ("was invaded"): its subject is
    /// the target, and an anaphor may stand for it.
    /// </summary>
    public static (List<Actor> Agents, List<Actor> Targets, bool Passive) Of(Analysis a, IReadOnlyList<(Actor Actor, Mention Mention)> named, int verbFirst, int verbLast, int first, int last)
    {
        var tokens = a.Tokens;
        var inRange = named.Where(n => n.Mention.First >= first && n.Mention.Last <= last).OrderBy(n => n.Mention.First).ToList();
        // "was invaded", or "was Neutralia invaded by …" (a question puts the subject between the auxiliary and the verb).
        var participle = tokens[verbFirst].Norm.EndsWith("ed", StringComparison.Ordinal);
        var passive = participle && verbFirst > 0 && (PassiveAuxiliaries.Contains(tokens[verbFirst - 1].Norm)
            || verbLast + 1 <= last && tokens[verbLast + 1].Norm == "by" && Enumerable.Range(first, verbFirst - first).Any(i => PassiveAuxiliaries.Contains(tokens[i].Norm)));
        var by = -1;
        for (var i = verbLast + 1; i <= last; i++)
        {
            if (tokens[i].Norm == "by")
            {
                by = i;
                break;
            }
        }
        var before = GroupBefore(tokens, inRange, verbFirst, first);
        // A demonym right before the noun ("the Soviet invasion of Hungary") names who acted.
        var after = GroupAfter(tokens, inRange, verbLast, by < 0 ? last : by - 1);
        var byGroup = by < 0 ? [] : GroupAfter(tokens, inRange, by, last);
        if (passive)
            return (byGroup, before, true);
        if (by >= 0)
            return (byGroup.Count > 0 ? byGroup : before, after, false);
        return (before, after, false);
    }

    // The names ending right before the word, joined by commas, "and", "the", possessives ("Russia's invasion").
    private static List<Actor> GroupBefore(IReadOnlyList<Token> tokens, List<(Actor Actor, Mention Mention)> named, int verb, int first)
    {
        var group = new List<Actor>();
        var i = verb - 1;
        while (i >= first)
        {
            var hit = named.LastOrDefault(n => n.Mention.Last == i);
            if (hit.Actor is not null)
            {
                group.Insert(0, hit.Actor);
                i = hit.Mention.First - 1;
                continue;
            }
            if (!Joiners.Contains(tokens[i].Norm) || tokens[i].Norm == "of")
                break;
            i--;
        }
        return group;
    }

    // The names starting right after the word ("invaded Czechoslovakia", "the invasion of Hungary"), joined likewise.
    private static List<Actor> GroupAfter(IReadOnlyList<Token> tokens, List<(Actor Actor, Mention Mention)> named, int verb, int last)
    {
        var group = new List<Actor>();
        var i = verb + 1;
        while (i <= last)
        {
            var hit = named.FirstOrDefault(n => n.Mention.First == i);
            if (hit.Actor is not null)
            {
                group.Add(hit.Actor);
                i = hit.Mention.Last + 1;
                continue;
            }
            if (!Joiners.Contains(tokens[i].Norm))
                break;
            i++;
        }
        return group;
    }
}
