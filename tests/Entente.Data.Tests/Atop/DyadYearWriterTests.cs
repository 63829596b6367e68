using System.Text;
using Entente.Data.Atop;
using Parquet;

namespace Entente.Data.Tests.Atop;

public sealed class DyadYearWriterTests
{
    private static readonly CowStateSystem States = CowStateSystem.Parse(string.Join("\n", SmallFiles.StatesHeader,
        "USA,2,United States of America,1816,1,1,2016,12,31,2016", "JPN,740,Japan,1952,4,28,2016,12,31,2016"), "states.csv");

    private static readonly AtopMemberFile Members = AtopMemberFile.Parse(SmallFiles.Members(
        SmallFiles.Row(3220, 2, "1951,9,8", "1960,1,19", "1,0,0,0,1"), SmallFiles.Row(3220, 740, "1951,9,8", "1960,1,19", "0,0,0,0,1"),
        SmallFiles.Row(3375, 2, "1960,1,19", "1960,12,31", "1,0,0,1,1"), SmallFiles.Row(3375, 740, "1960,1,19", "1960,12,31", "1,0,0,1,1")), "m.csv");

    private static DyadYearTable Table(bool directed = true) => DyadYearTable.Build(States, Members, new DyadYearOptions(directed, 1959, 1962));

    [Fact]
    public void Csv_PeacesciencerColumnsThenTreatiesAndSource_NaEmpty()
    {
        var table = Table();
        using var stream = new MemoryStream();
        var writer = new DyadYearCsvWriter(stream, table);
        table.Write(writer);
        writer.Complete();

        Assert.Equal("""
            ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul,atopids,source
            2,740,1959,1,0,0,0,1,3220,atop-4.01
            2,740,1960,1,0,0,1,1,3220 3375,atop-4.01
            2,740,1961,,,,,,,
            2,740,1962,,,,,,,
            740,2,1959,0,0,0,0,1,3220,atop-4.01
            740,2,1960,1,0,0,1,1,3220 3375,atop-4.01
            740,2,1961,,,,,,,
            740,2,1962,,,,,,,

            """.ReplaceLineEndings("\n"), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Csv_ManyRows_FlushesAcrossBufferBoundaries()
    {
        var states = CowStateSystem.Read(SharedData.States);
        var table = DyadYearTable.Build(states, Members, new DyadYearOptions(true, 1900, 1960));
        using var stream = new MemoryStream();
        var writer = new DyadYearCsvWriter(stream, table);
        table.Write(writer);
        writer.Complete();

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal(table.RowCount + 2, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.All(lines[1..^1], line => Assert.Equal(10, line.Split(',').Length));
    }

    [Fact]
    public async Task Parquet_SameColumns_NullsWhereNa()
    {
        var table = Table();
        using var stream = new MemoryStream();
        var writer = new DyadYearParquetWriter(stream, table);
        table.Write(writer);
        writer.Complete();

        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream);
        Assert.Equal(["ccode1", "ccode2", "year", "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul", "atopids", "source"],
            reader.Schema.DataFields.Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(8, group.RowCount);
        var fields = reader.Schema.DataFields;
        var ccode1 = new int[8];
        var year = new int[8];
        var nonAggression = new int?[8];
        var treaties = new string[8];
        var source = new string[8];
        await group.ReadAsync<int>(fields[0], ccode1);
        await group.ReadAsync<int>(fields[2], year);
        await group.ReadAsync<int>(fields[6], nonAggression);
        await group.ReadAsync(fields[8], treaties);
        await group.ReadAsync(fields[9], source);
        Assert.Equal([2, 2, 2, 2, 740, 740, 740, 740], ccode1);
        Assert.Equal([1959, 1960, 1961, 1962, 1959, 1960, 1961, 1962], year);
        Assert.Equal([0, 1, null, null, 0, 1, null, null], nonAggression);
        Assert.Equal(["3220", "3220 3375", null!, null!, "3220", "3220 3375", null!, null!], treaties);
        Assert.Equal(["atop-4.01", "atop-4.01", null!, null!, "atop-4.01", "atop-4.01", null!, null!], source);
    }

    [Fact]
    public async Task Parquet_MoreRowsThanOneGroup_AllRowsInOrder()
    {
        var states = CowStateSystem.Read(SharedData.States);
        var table = DyadYearTable.Build(states, Members, new DyadYearOptions(true, 1975, 1990));
        Assert.True(table.RowCount > DyadYearParquetWriter.RowGroupSize);
        using var stream = new MemoryStream();
        var writer = new DyadYearParquetWriter(stream, table);
        table.Write(writer);
        writer.Complete();

        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream);
        long rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            rows += group.RowCount;
        }
        Assert.Equal(table.RowCount, rows);
        Assert.True(reader.Schema.DataFields.Single(f => f.Name == "atop_defense").IsNullable);
        Assert.Equal(typeof(int), reader.Schema.DataFields.Single(f => f.Name == "atop_defense").ClrType);
    }
}
