using Entente.Core.Model;

namespace Entente.Core.Atlas;

/// <summary>
/// Which of an answer's sources to show first: a deterministic order, strongest kind first (a primary
/// text or page, then a copy of one, then a reference work, then a weak source, then one without a kind),
/// then the sources that back more of the facts shown, then the one cited first. The full list stays
/// with the answer (<c>show</c>, JSON); this picks the handful a reader sees.
/// </summary>
public static class SourceRanking
{
    /// <summary>
    /// Ranks the sources the facts of an answer cite, in citation order with repeats (each repeat is
    /// one more fact the source backs), and keeps at most <paramref name="max"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is negative.</exception>
    public static IReadOnlyList<SourceId> Rank(IEnumerable<SourceId> citations, Atlas atlas, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var seen = new Dictionary<SourceId, (int Count, int First)>();
        var index = 0;
        foreach (var id in citations)
        {
            seen[id] = seen.TryGetValue(id, out var s) ? (s.Count + 1, s.First) : (1, index);
            index++;
        }
        return seen
            .OrderBy(p => Strength(atlas.FindSource(p.Key)?.Kind))
            .ThenByDescending(p => p.Value.Count)
            .ThenBy(p => p.Value.First)
            .Take(max)
            .Select(p => p.Key)
            .ToArray();
    }

    /// <summary>0 for the strongest kind; a source the atlas lacks or without a kind ranks last.</summary>
    public static int Strength(SourceKind? kind) => kind switch
    {
        SourceKind.Primary => 0,
        SourceKind.Copy => 1,
        SourceKind.Reference => 2,
        SourceKind.Weak => 3,
        _ => 4,
    };
}
