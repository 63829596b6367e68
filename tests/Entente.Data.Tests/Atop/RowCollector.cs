using Entente.Data.Atop;

namespace Entente.Data.Tests.Atop;

/// <summary>A row as a test sees it: treaties joined by spaces, the source by name.</summary>
internal sealed record Row(int Ccode1, int Ccode2, int Year, Pledges? Pledges, string Treaties, string Source)
{
    public override string ToString() => $"{Ccode1},{Ccode2},{Year},{(Pledges is { } p ? ((int)p).ToString(System.Globalization.CultureInfo.InvariantCulture) : "NA")},{Treaties},{Source}";
}

/// <summary>Keeps every row of a (small) table, for tests only: the product never lists rows.</summary>
internal sealed class RowCollector(DyadYearTable table) : IDyadYearSink
{
    public List<Row> Rows { get; } = [];

    public void Write(in DyadYear row)
    {
        var treaties = new string[row.Treaties.Length];
        for (var k = 0; k < treaties.Length; k++)
            treaties[k] = table.Treaties[row.Treaties[k]];
        Rows.Add(new Row(row.Ccode1, row.Ccode2, row.Year, row.Pledges, string.Join(' ', treaties), table.SourceName(row.Source)));
    }

    public static List<Row> Collect(DyadYearTable table)
    {
        var collector = new RowCollector(table);
        var written = table.Write(collector);
        Assert.Equal(table.RowCount, written);
        Assert.Equal(table.RowCount, collector.Rows.Count);
        return collector.Rows;
    }
}
