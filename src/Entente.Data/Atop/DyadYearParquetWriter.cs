using Parquet;
using Parquet.Schema;

namespace Entente.Data.Atop;

/// <summary>
/// Writes dyad-year rows as Parquet, with the CSV's columns: <c>ccode1, ccode2, year</c> as INT32, the five
/// flags as nullable INT32 (null where no source covers the year), <c>atopids</c> and <c>source</c> as
/// nullable strings (null where there are none). Rows are buffered into row groups of 262,144 and written
/// group by group, so memory stays flat whatever the table's size.
/// </summary>
public sealed class DyadYearParquetWriter : IDyadYearSink
{
    public const int RowGroupSize = 1 << 18;

    private static readonly DataField<int> Ccode1Field = new("ccode1");
    private static readonly DataField<int> Ccode2Field = new("ccode2");
    private static readonly DataField<int> YearField = new("year");
    private static readonly DataField<int?>[] FlagFields =
        [new("atop_defense"), new("atop_offense"), new("atop_neutral"), new("atop_nonagg"), new("atop_consul")];
    private static readonly DataField<string> TreatiesField = new("atopids", true);
    private static readonly DataField<string> SourceField = new("source", true);

    private readonly ParquetWriter _writer;
    private readonly string[] _treaties;
    private readonly string?[] _sources;
    private readonly int[] _ccode1 = new int[RowGroupSize];
    private readonly int[] _ccode2 = new int[RowGroupSize];
    private readonly int[] _year = new int[RowGroupSize];
    private readonly int?[][] _flags = [.. Enumerable.Range(0, 5).Select(_ => new int?[RowGroupSize])];
    private readonly string?[] _rowTreaties = new string?[RowGroupSize];
    private readonly string?[] _rowSources = new string?[RowGroupSize];
    private int _count;

    /// <summary>Starts a Parquet file on <paramref name="stream"/>, which the caller owns; <see cref="Complete"/> writes its end.</summary>
    public DyadYearParquetWriter(Stream stream, DyadYearTable table)
    {
        _treaties = [.. table.Treaties];
        _sources = [.. Enum.GetValues<DyadSource>().Select(s => s == DyadSource.None ? null : table.SourceName(s))];
        var schema = new ParquetSchema([Ccode1Field, Ccode2Field, YearField, .. FlagFields, TreatiesField, SourceField]);
        _writer = ParquetWriter.CreateAsync(schema, stream).GetAwaiter().GetResult();
    }

    public void Write(in DyadYear row)
    {
        _ccode1[_count] = row.Ccode1;
        _ccode2[_count] = row.Ccode2;
        _year[_count] = row.Year;
        for (var bit = 0; bit < 5; bit++)
            _flags[bit][_count] = row.Pledges is { } pledges ? ((int)pledges >> bit) & 1 : null;
        _rowTreaties[_count] = row.Treaties.Length switch
        {
            0 => null,
            1 => _treaties[row.Treaties[0]],
            _ => Join(row.Treaties),
        };
        _rowSources[_count] = _sources[(int)row.Source];
        if (++_count == RowGroupSize)
            WriteRowGroup();
    }

    /// <summary>Writes the last row group and the file's footer.</summary>
    public void Complete()
    {
        if (_count > 0)
            WriteRowGroup();
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private string Join(ReadOnlySpan<int> treaties)
    {
        var ids = new string[treaties.Length];
        for (var k = 0; k < treaties.Length; k++)
            ids[k] = _treaties[treaties[k]];
        return string.Join(' ', ids);
    }

    private void WriteRowGroup()
    {
        using (var group = _writer.CreateRowGroup())
        {
            group.WriteAsync(Ccode1Field, (ReadOnlyMemory<int>)_ccode1.AsMemory(0, _count)).GetAwaiter().GetResult();
            group.WriteAsync(Ccode2Field, (ReadOnlyMemory<int>)_ccode2.AsMemory(0, _count)).GetAwaiter().GetResult();
            group.WriteAsync(YearField, (ReadOnlyMemory<int>)_year.AsMemory(0, _count)).GetAwaiter().GetResult();
            for (var bit = 0; bit < 5; bit++)
                group.WriteAsync(FlagFields[bit], (ReadOnlyMemory<int?>)_flags[bit].AsMemory(0, _count)).GetAwaiter().GetResult();
            group.WriteAsync(TreatiesField, new ArraySegment<string?>(_rowTreaties, 0, _count)!).GetAwaiter().GetResult();
            group.WriteAsync(SourceField, new ArraySegment<string?>(_rowSources, 0, _count)!).GetAwaiter().GetResult();
        }
        _count = 0;
    }
}
