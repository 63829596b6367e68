using Entente.Data.Atop;

namespace Entente.Data.Tests.Atop;

public sealed class CowStateSystemTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CowStateSystem Parse(params string[] lines) => CowStateSystem.Parse(string.Join("\n", lines), "states.csv");

    private static string ErrorOf(params string[] lines) =>
        Assert.Throws<InputFileException>(() => Parse(lines)).Message;

    [Fact]
    public void Read_Crlf_NoFinalNewline_JunkTrailingColumns_ReadsEveryState()
    {
        var system = CowStateSystem.Read(_folder.Write("states2016.csv", SmallFiles.States));

        Assert.Equal([2, 200, 255, 260, 740], system.States.Select(s => s.Code));
        Assert.Equal(new DateOnly(1816, 1, 1), system.FirstDay);
        Assert.Equal(new DateOnly(2016, 12, 31), system.LastDay);
    }

    [Fact]
    public void Read_StateWithTwoSpells_KeepsBothInOrder()
    {
        var system = CowStateSystem.Read(_folder.Write("states2016.csv", SmallFiles.States));

        var japan = system.States.Single(s => s.Code == 740);
        Assert.Equal("JPN", japan.Abbreviation);
        Assert.Equal(["1860-01-01..1945-08-14", "1952-04-28..2016-12-31"], japan.Spells.Select(s => s.ToString()));
    }

    [Fact]
    public void Parse_MissingColumn_SaysWhichOnLine1()
    {
        var message = ErrorOf("stateabb,ccode,statenme,stmonth,stday,endyear,endmonth,endday,version", "USA,2,United States,1,1,2016,12,31,2016");

        Assert.StartsWith("states.csv:1: header: no column 'styear'; the header has stateabb, ccode,", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NonNumberCode_GivesFileLineAndColumn()
    {
        var message = ErrorOf(SmallFiles.StatesHeader, "USA,2,United States,1816,1,1,2016,12,31,2016", "UKG,2x0,United Kingdom,1816,1,1,2016,12,31,2016");

        Assert.Equal("states.csv:3: column 2 (ccode): '2x0' is not a whole number", message);
    }

    [Fact]
    public void Parse_TruncatedLine_SaysWhereItEnds()
    {
        var message = ErrorOf(SmallFiles.StatesHeader, "USA,2,United States,1816,1,1,2016,12,31,2016", "UKG,200,United Kingdom,1816,1,1,20");

        Assert.Equal("states.csv:3: column 8 (endmonth): missing: the line ends after 7 of 13 columns (is it cut short?)", message);
    }

    [Theory]
    [InlineData("USA,2,United States,1716,1,1,2016,12,31,2016", "states.csv:2: column 4 (styear): year 1716 is out of range (1800 to 2199)")]
    [InlineData("USA,2,United States,1816,1,1,20160,12,31,2016", "states.csv:2: column 7 (endyear): year 20160 is out of range (1800 to 2199)")]
    [InlineData("USA,2,United States,1816,13,1,2016,12,31,2016", "states.csv:2: column 5 (stmonth): month 13 is not 1 to 12")]
    [InlineData("USA,2,United States,1816,1,1,2015,2,29,2016", "states.csv:2: column 9 (endday): day 29 is past the end of 2015-02, which has 28 days")]
    [InlineData("USA,2,United States,1816,1,,2016,12,31,2016", "states.csv:2: column 6 (stday): is empty; a whole number is required")]
    [InlineData("USA,2,United States,1816,1,0,2016,12,31,2016", "states.csv:2: column 6 (stday): day 0 is not a day of the month")]
    [InlineData("USA,2,United States,1900,1,1,1899,12,31,2016", "states.csv:2: column 7 (endyear): the spell ends on 1899-12-31, before it starts on 1900-01-01")]
    [InlineData("USA,1000,United States,1816,1,1,2016,12,31,2016", "states.csv:2: column 2 (ccode): 1000 is not a COW state code (1 to 999)")]
    [InlineData(",2,United States,1816,1,1,2016,12,31,2016", "states.csv:2: column 1 (stateabb): is empty; every state has a three-letter code")]
    [InlineData("USA,2,United States,1816,1,1,2016,12,31,#REF!", "states.csv:2: column 10 (version): '#REF!' is not a whole number")]
    public void Parse_BadField_ReportsFileLineColumnAndWhy(string line, string expected)
    {
        Assert.Equal(expected, ErrorOf(SmallFiles.StatesHeader, line));
    }

    [Fact]
    public void Parse_OverlappingSpellsOfOneState_Reported()
    {
        var message = ErrorOf(SmallFiles.StatesHeader, "GMY,255,Germany,1816,1,1,1945,5,8,2016", "GMY,255,Germany,1945,5,8,2016,12,31,2016");

        Assert.Equal("states.csv:3: state 255's spell 1945-05-08..2016-12-31 overlaps its spell 1816-01-01..1945-05-08 on line 2", message);
    }

    [Fact]
    public void Parse_SeveralBadLines_ReportsEveryOne()
    {
        var error = Assert.Throws<InputFileException>(() => Parse(SmallFiles.StatesHeader,
            "USA,x,United States,1816,1,1,2016,12,31,2016", "UKG,200,United Kingdom,1816,1,1,2016,12,31,2016", "RUS,365,Russia,1816,1,1,2016,12,32,2016"));

        Assert.Equal(2, error.Total);
        Assert.Equal([2, 4], error.Problems.Select(p => p.Line));
    }

    [Fact]
    public void Parse_HeaderOnly_SaysThereAreNoStates()
    {
        Assert.Equal("states.csv:1: the file has a header but no states", ErrorOf(SmallFiles.StatesHeader));
    }

    [Fact]
    public void Parse_EmptyFile_SaysItNeedsAHeader()
    {
        Assert.StartsWith("states.csv: the file is empty", ErrorOf(""), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QuotedNameWithComma_Read()
    {
        var system = Parse(SmallFiles.StatesHeader, "KOR,730,\"Korea, Republic of\",1949,6,29,2016,12,31,2016");

        Assert.Equal(730, Assert.Single(system.States).Code);
    }
}
