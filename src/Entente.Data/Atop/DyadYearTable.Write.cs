using System.Runtime.CompilerServices;

namespace Entente.Data.Atop;

public sealed partial class DyadYearTable
{
    private const int ProgressEvery = 1 << 16;

    /// <summary>
    /// Streams every row to <paramref name="sink"/>, in order of (ccode1, ccode2, year), building no row object.
    /// </summary>
    /// <param name="progress">Told the number of rows written so far, every 65,536 rows and at the end.</param>
    /// <returns>The number of rows written (<see cref="RowCount"/>).</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was signalled; the sink has part of the table.</exception>
    // Optimized at once: a one-shot export ends before tiered compilation would get to the loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long Write(IDyadYearSink sink, Action<long>? progress = null, CancellationToken cancel = default)
    {
        var n = _codes.Length;
        var treaties = new int[Math.Max(1, _maxPledgesPerDyad)];
        var directed = Options.Directed;
        long written = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = directed ? 0 : i + 1; j < n; j++)
            {
                if (i == j)
                    continue;
                var slot = i < j ? (i * n) + j : (j * n) + i;
                var (ccode1, ccode2) = (_codes[i], _codes[j]);
                for (var r = _rangeIndex[slot]; r < _rangeIndex[slot + 1]; r++)
                {
                    for (var year = _rangeFirst[r]; year <= _rangeLast[r]; year++)
                    {
                        var source = _sourceByYear[year - Options.From];
                        if (source == DyadSource.None)
                        {
                            sink.Write(new DyadYear(ccode1, ccode2, year, null, [], source));
                        }
                        else
                        {
                            var count = 0;
                            var pledges = Collect((i * n) + j, year, treaties, ref count);
                            if (!directed)
                                pledges |= Collect((j * n) + i, year, treaties, ref count);
                            // The curated data lists the major alliances, not every treaty: where it records no
                            // pledge the flags are unknown (NA), not 0.
                            if (source == DyadSource.Curated && pledges == Pledges.None)
                                sink.Write(new DyadYear(ccode1, ccode2, year, null, [], source));
                            else
                                sink.Write(new DyadYear(ccode1, ccode2, year, pledges, Distinct(treaties.AsSpan(0, count)), source));
                        }
                        if (++written % ProgressEvery == 0)
                        {
                            cancel.ThrowIfCancellationRequested();
                            progress?.Invoke(written);
                        }
                    }
                }
            }
        }
        progress?.Invoke(written);
        return written;
    }

    // ORs the pledges from one state to the other that hold in the year, and appends their treaties.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Pledges Collect(int slot, int year, int[] treaties, ref int count)
    {
        var pledges = Pledges.None;
        for (var p = _pledgeIndex[slot]; p < _pledgeIndex[slot + 1]; p++)
        {
            var pledge = _pledges[p];
            if (pledge.FirstYear > year)
                break;
            if (year <= pledge.LastYear)
            {
                pledges |= pledge.Pledges;
                treaties[count++] = pledge.Treaty;
            }
        }
        return pledges;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<int> Distinct(Span<int> treaties)
    {
        if (treaties.Length < 2)
            return treaties;
        treaties.Sort();
        var kept = 1;
        for (var k = 1; k < treaties.Length; k++)
        {
            if (treaties[k] != treaties[kept - 1])
                treaties[kept++] = treaties[k];
        }
        return treaties[..kept];
    }
}
