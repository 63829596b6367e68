using Entente.Data.Tests;
using Entente.Data.Tests.Atop;

namespace Entente.Cli.Tests;

public sealed class DyadsCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _states;
    private readonly string _members;

    public DyadsCommandTests()
    {
        _states = _folder.Write("states2016.csv", string.Join("\r\n", SmallFiles.StatesHeader,
            "USA,2,United States of America,1816,1,1,2016,12,31,2016,,,", "JPN,740,Japan,1952,4,28,2016,12,31,2016,,,"));
        _members = _folder.Write("atop-m.csv", SmallFiles.Members(
            SmallFiles.Row(3220, 2, "1951,9,8", "1960,1,19", "1,0,0,0,1"), SmallFiles.Row(3220, 740, "1951,9,8", "1960,1,19", "0,0,0,0,1"),
            SmallFiles.Row(3375, 2, "1960,1,19", "0,0,0", "1,0,0,1,1"), SmallFiles.Row(3375, 740, "1960,1,19", "0,0,0", "1,0,0,1,1"),
            SmallFiles.Row(9999, 999, "1815,1,1", "2016,12,31", "0,0,0,0,1")));
    }

    public void Dispose() => _folder.Dispose();

    private CliRun Dyads(string output, params string[] more) =>
        CliRun.Of(["dyads", "--states", _states, "--atop", _members, "--from", "1959", "--to", "1961", "--out", output, .. more]);

    [Fact]
    public void Dyads_Undirected_WritesCsvQuietly()
    {
        var run = Dyads(_folder.File("dyads.csv"));

        Assert.Equal((0, "", ""), (run.Exit, run.Output, run.Error));
        Assert.Equal("""
            ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul,atopids,source
            2,740,1959,1,0,0,0,1,3220,atop-4.01
            2,740,1960,1,0,0,1,1,3220 3375,atop-4.01
            2,740,1961,1,0,0,1,1,3375,atop-4.01

            """.ReplaceLineEndings("\n"), File.ReadAllText(_folder.File("dyads.csv")));
        Assert.Equal(["atop-m.csv", "dyads.csv", "states2016.csv"], _folder.Files());
    }

    [Fact]
    public void Dyads_Directed_BothDirections()
    {
        var run = Dyads(_folder.File("dyads.csv"), "--directed");

        Assert.Equal(0, run.Exit);
        var lines = File.ReadAllLines(_folder.File("dyads.csv"));
        Assert.Equal(7, lines.Length);
        Assert.Equal("740,2,1959,0,0,0,0,1,3220,atop-4.01", lines[4]);
    }

    [Fact]
    public void Dyads_Parquet_WritesAParquetFile()
    {
        var run = Dyads(_folder.File("dyads.parquet"));

        Assert.Equal(0, run.Exit);
        var bytes = File.ReadAllBytes(_folder.File("dyads.parquet"));
        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        Assert.Equal("PAR1"u8.ToArray(), bytes[^4..]);
    }

    [Fact]
    public void Dyads_YearsPastAtop_NaNotZero()
    {
        var run = CliRun.Of("dyads", "--states", _states, "--atop", _members, "--from", "2016", "--to", "2018", "--out", _folder.File("dyads.csv"));

        Assert.Equal(0, run.Exit);
        Assert.Equal(["2,740,2016,1,0,0,1,1,3375,atop-4.01", "2,740,2017,,,,,,,", "2,740,2018,,,,,,,"], File.ReadAllLines(_folder.File("dyads.csv"))[1..]);
    }

    [Fact]
    public void Dyads_TruncatedLine_Exit2WithFileLineColumn_NoOutputLeft()
    {
        File.AppendAllText(_states, "\r\nUKG,200,United Kingdom,1816,1,1,20");

        var run = Dyads(_folder.File("dyads.csv"));

        Assert.Equal(2, run.Exit);
        Assert.Equal($"entente: {_states}:4: column 8 (endmonth): missing: the line ends after 7 of 13 columns (is it cut short?)\n", run.Error);
        Assert.Equal(["atop-m.csv", "states2016.csv"], _folder.Files());
    }

    [Theory]
    [InlineData("3375,,2,1960,1,19,0,0,0,0,1,0,0,1,1,0,0,4.01", "3375,,2,1960,1,19,0,0,0,0,yes,0,0,1,1,0,0,4.01", "atop-m.csv:4: column 11 (defense): 'yes' is not a whole number")]
    [InlineData("3375,,2,1960,1,19,0,0,0,0,1,0,0,1,1,0,0,4.01", "3375,,2,2960,1,19,0,0,0,0,1,0,0,1,1,0,0,4.01", "atop-m.csv:4: column 4 (yrent): year 2960 is out of range (1800 to 2199)")]
    [InlineData("3375,,2,1960,1,19,0,0,0,0,1,0,0,1,1,0,0,4.01", "3375,,2x,1960,1,19,0,0,0,0,1,0,0,1,1,0,0,4.01", "atop-m.csv:4: column 3 (member): '2x' is not a whole number")]
    [InlineData("atopid,cowid,member,", "atopid,cowid,state,", "atop-m.csv:1: header: no column 'member'")]
    public void Dyads_BadAtopFile_Exit2WithFileLineColumn_OldOutputUntouched(string find, string replace, string expected)
    {
        File.WriteAllText(_members, File.ReadAllText(_members).Replace(find, replace, StringComparison.Ordinal));
        var output = _folder.Write("dyads.csv", "an earlier export\n");

        var run = Dyads(output);

        Assert.Equal(2, run.Exit);
        Assert.StartsWith($"entente: {_folder.Path}{Path.DirectorySeparatorChar}{expected}", run.Error, StringComparison.Ordinal);
        Assert.Equal("an earlier export\n", File.ReadAllText(output));
        Assert.Equal(["atop-m.csv", "dyads.csv", "states2016.csv"], _folder.Files());
    }

    [Fact]
    public void Dyads_BothFilesBad_ReportsTheProblemsOfBoth()
    {
        File.AppendAllText(_states, "\r\nUKG,2x0,United Kingdom,1816,1,1,2016,12,31,2016,,,");
        File.AppendAllText(_members, "3180,,200,1949,4,4,0,0,0,1,1,0,0,0,9,0,0,4.01\n");

        var run = Dyads(_folder.File("dyads.csv"));

        Assert.Equal(2, run.Exit);
        Assert.Equal($"entente: {_states}:4: column 2 (ccode): '2x0' is not a whole number\n{_members}:7: column 15 (consul): 9 is not 0 or 1\n", run.Error);
        Assert.Equal(["atop-m.csv", "states2016.csv"], _folder.Files());
    }

    [Theory]
    [InlineData("--out", "dyads.txt", "entente: --out: '{0}dyads.txt' must end in .csv or .parquet, which says the format to write.")]
    [InlineData("--states", "no-such.csv", "entente: --states: there is no file '{0}no-such.csv'.")]
    [InlineData("--atop", "no-such.csv", "entente: --atop: there is no file '{0}no-such.csv'.")]
    public void Dyads_BadPath_Exit2SaysWhatToDo(string option, string file, string expected)
    {
        string[] args = ["dyads", "--states", _states, "--atop", _members, "--from", "1959", "--to", "1961", "--out", _folder.File("dyads.csv")];
        args[Array.IndexOf(args, option) + 1] = _folder.File(file);

        var run = CliRun.Of(args);

        Assert.Equal(2, run.Exit);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, _folder.Path + Path.DirectorySeparatorChar) + "\n", run.Error);
    }

    [Fact]
    public void Dyads_OutputFolderMissing_Exit2()
    {
        var run = Dyads(Path.Combine(_folder.Path, "nope", "dyads.csv"));

        Assert.Equal(2, run.Exit);
        Assert.StartsWith("entente: --out: there is no folder", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1961", "1959", "entente: --to 1959 is before --from 1961.\n")]
    [InlineData("1700", "1959", "entente: --from/--to: years run 1800 to 2199; 1700–1959 does not.\n")]
    public void Dyads_BadYears_Exit2(string from, string to, string expected)
    {
        var run = CliRun.Of("dyads", "--states", _states, "--atop", _members, "--from", from, "--to", to, "--out", _folder.File("dyads.csv"));

        Assert.Equal((2, expected), (run.Exit, run.Error));
    }

    [Fact]
    public void Dyads_MissingOption_Exit2()
    {
        var run = CliRun.Of("dyads", "--states", _states, "--atop", _members, "--from", "1959", "--out", _folder.File("dyads.csv"));

        Assert.Equal(2, run.Exit);
        Assert.Contains("--to", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dyads_WithCurated_YearsAfterAtopFromTheDataSet()
    {
        using var data = new TempData(CuratedYaml.Text);

        var run = CliRun.Of("dyads", "--states", _states, "--atop", _members, "--from", "2016", "--to", "2026", "--directed", "--with-curated",
            "--data", data.Folder, "--out", _folder.File("dyads.csv"));

        Assert.Equal((0, ""), (run.Exit, run.Error));
        var lines = File.ReadAllLines(_folder.File("dyads.csv"));
        Assert.Equal("2,740,2016,1,0,0,1,1,3375,atop-4.01", lines[1]);
        Assert.Equal("2,740,2017,1,0,0,0,1,usa-jpn-security,entente", lines[2]);
        Assert.Equal("740,2,2025,0,0,0,0,1,usa-jpn-security,entente", lines[21]);
        Assert.Equal("740,2,2026,,,,,,,", lines[22]);
    }

    [Fact]
    public void Dyads_WithCurated_DataSetWithoutPledges_Exit2()
    {
        using var data = new TempData(TestData.With("kind: defence", "kind: basing"));

        var run = Dyads(_folder.File("dyads.csv"), "--with-curated", "--data", data.Folder);

        Assert.Equal(2, run.Exit);
        Assert.StartsWith("entente: --with-curated: the data set 'Test data' has no treaty with a defence, offence, neutrality, non-aggression or consultation provision yet", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("dyads.csv")));
    }

    [Fact]
    public void Dyads_RealData_Directed1816To2016_1912290Rows()
    {
        var output = _folder.File("ddy.csv");

        var run = CliRun.Of("dyads", "--states", SharedData.States, "--atop", SharedData.AtopMembers, "--directed", "--from", "1816", "--to", "2016", "--out", output);

        Assert.Equal((0, ""), (run.Exit, run.Error));
        Assert.Equal(1_912_291, File.ReadLines(output).Count());
    }
}
