namespace Entente.Data.Atop;

/// <summary>Which dyad-years a table holds.</summary>
/// <remarks>
/// Directed: both (a, b) and (b, a), the flags of a→b being what a promises b. Undirected: one row per pair
/// with <c>ccode1 &lt; ccode2</c>, a flag set when either state promises it to the other (peacesciencer's
/// default <c>ndir = TRUE</c>).
/// </remarks>
public sealed record DyadYearOptions
{
    public DyadYearOptions(bool directed, int from, int to)
    {
        if (!Years.InRange(from) || !Years.InRange(to))
            throw new ArgumentOutOfRangeException(nameof(from), $"Years run {Years.Min} to {Years.Max}; {from}–{to} does not.");
        if (to < from)
            throw new ArgumentException($"The last year {to} is before the first year {from}.", nameof(to));
        (Directed, From, To) = (directed, from, to);
    }

    public bool Directed { get; }

    /// <summary>The first year, inclusive.</summary>
    public int From { get; }

    /// <summary>The last year, inclusive.</summary>
    public int To { get; }
}
