namespace Entente.Data.Atop;

/// <summary>
/// A dyad-year alliance table ready to stream: which pairs of states exist in which years, and which
/// pledges hold between them. Rows are produced on demand by <see cref="Write"/>, in order of
/// (ccode1, ccode2, year); none is kept.
/// </summary>
/// <remarks>
/// <para>A dyad exists in a year when both states are in the COW system on at least one common day of it
/// (as peacesciencer's <c>create_dyadyears()</c>). States still in the system on the file's last day
/// (2016-12-31 in v2016) are taken to stay in it after, as peacesciencer does with <c>mry = TRUE</c>.</para>
/// <para>A flag of a→b is set in a year when a member row of a and a member row of b in the same alliance
/// overlap on at least one day of that year, and a's row carries the obligation: the flags are what a
/// promises (ATOP's directed dyad-year rule). Phase rows are kept apart, so a promise holds only while
/// the phase that carries it does; flags are OR-ed over every such pair of rows and every alliance.</para>
/// <para>Years that no source covers get no flags (NA), never 0.</para>
/// </remarks>
public sealed partial class DyadYearTable
{
    private readonly int[] _codes;

    // Per undirected pair slot i * n + j (i < j): the year ranges the dyad exists, in _rangeFirst/_rangeLast[_rangeIndex[slot].._rangeIndex[slot + 1]].
    private readonly int[] _rangeIndex;
    private readonly int[] _rangeFirst;
    private readonly int[] _rangeLast;

    // Per directed pair slot i * n + j: the pledges i makes j, in _pledges[_pledgeIndex[slot].._pledgeIndex[slot + 1]].
    private readonly int[] _pledgeIndex;
    private readonly Pledge[] _pledges;
    private readonly int _maxPledgesPerDyad;

    private readonly DyadSource[] _sourceByYear;
    private readonly string[] _sourceNames;

    private DyadYearTable(DyadYearOptions options, int[] codes, int[] rangeIndex, int[] rangeFirst, int[] rangeLast,
        int[] pledgeIndex, Pledge[] pledges, string[] treaties, DyadSource[] sourceByYear, string[] sourceNames)
    {
        (Options, _codes, _rangeIndex, _rangeFirst, _rangeLast) = (options, codes, rangeIndex, rangeFirst, rangeLast);
        (_pledgeIndex, _pledges, Treaties, _sourceByYear, _sourceNames) = (pledgeIndex, pledges, treaties, sourceByYear, sourceNames);
        var n = codes.Length;
        long rows = 0;
        for (var slot = 0; slot < n * n; slot++)
        {
            for (var r = rangeIndex[slot]; r < rangeIndex[slot + 1]; r++)
                rows += rangeLast[r] - rangeFirst[r] + 1;
        }
        RowCount = options.Directed ? 2 * rows : rows;
        for (var slot = 0; slot < n * n; slot++)
        {
            var count = pledgeIndex[slot + 1] - pledgeIndex[slot];
            var back = pledgeIndex[(slot % n * n) + (slot / n) + 1] - pledgeIndex[(slot % n * n) + (slot / n)];
            _maxPledgesPerDyad = Math.Max(_maxPledgesPerDyad, count + back);
        }
    }

    public DyadYearOptions Options { get; }

    /// <summary>How many rows <see cref="Write"/> produces.</summary>
    public long RowCount { get; }

    /// <summary>The treaty ids a row's <see cref="DyadYear.Treaties"/> index: ATOP ids ("3180") in numeric order, then curated ids.</summary>
    public IReadOnlyList<string> Treaties { get; }

    /// <summary>The COW codes of the states that appear, ascending.</summary>
    public IReadOnlyList<int> Codes => _codes;

    /// <summary>How a source is named in the <c>source</c> column: <c>atop-4.01</c>, <c>entente</c>, or empty for none.</summary>
    public string SourceName(DyadSource source) => _sourceNames[(int)source];

    /// <summary>Which source covers a year of the table (<see cref="DyadSource.None"/> outside every source).</summary>
    public DyadSource SourceOf(int year) =>
        year >= Options.From && year <= Options.To ? _sourceByYear[year - Options.From] : DyadSource.None;

    /// <summary>One alliance (or curated treaty) pledge from one state to another over a run of years.</summary>
    private readonly record struct Pledge(int FirstYear, int LastYear, int Treaty, Pledges Pledges);
}
