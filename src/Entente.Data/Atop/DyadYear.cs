namespace Entente.Data.Atop;

/// <summary>
/// One row of a dyad-year table, valid only while a sink handles it: the generator reuses its buffers.
/// </summary>
public readonly ref struct DyadYear
{
    public DyadYear(int ccode1, int ccode2, int year, Pledges? pledges, ReadOnlySpan<int> treaties, DyadSource source)
    {
        (Ccode1, Ccode2, Year, Pledges, Source) = (ccode1, ccode2, year, pledges, source);
        Treaties = treaties;
    }

    public int Ccode1 { get; }
    public int Ccode2 { get; }
    public int Year { get; }

    /// <summary>What ccode1 promises ccode2 (directed) or either promises the other (undirected); null when no source covers the year.</summary>
    public Pledges? Pledges { get; }

    /// <summary>The treaties behind the flags, as indexes into <see cref="DyadYearTable.Treaties"/>, ascending; empty when no flag is set.</summary>
    public ReadOnlySpan<int> Treaties { get; }

    public DyadSource Source { get; }
}
