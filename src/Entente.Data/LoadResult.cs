using Entente.Core.Atlas;

namespace Entente.Data;

/// <summary>What loading a data set gave: the atlas when the data is valid, and every problem found.</summary>
public sealed record LoadResult(Atlas? Atlas, IReadOnlyList<Problem> Problems, DataCounts Counts)
{
    public bool IsValid => Problems.Count == 0 && Atlas is not null;
}
