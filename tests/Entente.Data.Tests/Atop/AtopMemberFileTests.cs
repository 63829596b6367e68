using Entente.Data.Atop;

namespace Entente.Data.Tests.Atop;

public sealed class AtopMemberFileTests
{
    private static AtopMemberFile Parse(params string[] rows) => AtopMemberFile.Parse(SmallFiles.Members(rows), "members.csv");

    private static string ErrorOf(params string[] rows) => Assert.Throws<InputFileException>(() => Parse(rows)).Message;

    private static string SpellOf(string entry, string exit) =>
        Parse(SmallFiles.Row(1, 2, entry, exit, "1,0,0,0,0"), SmallFiles.Row(2, 2, "1815,1,1", "2016,12,31", "0,0,0,0,1")).Members[0].Spell.ToString();

    [Theory]
    [InlineData("1951,9,8", "1960,1,19", "1951-09-08..1960-01-19")]
    [InlineData("1844,6,", "1846,6,29", "1844-06-01..1846-06-29")]
    [InlineData("1844,6,0", "1846,6,29", "1844-06-01..1846-06-29")]
    [InlineData("1844,,", "1846,6,29", "1844-01-01..1846-06-29")]
    [InlineData("1844,0,0", "1846,6,29", "1844-01-01..1846-06-29")]
    [InlineData("1815,11,20", "1822,12,", "1815-11-20..1822-12-31")]
    [InlineData("1815,11,20", "1900,2,", "1815-11-20..1900-02-28")]
    [InlineData("1815,11,20", "1904,2,0", "1815-11-20..1904-02-29")]
    [InlineData("1815,11,20", "1822,,", "1815-11-20..1822-12-31")]
    [InlineData("1815,11,20", "1822,0,0", "1815-11-20..1822-12-31")]
    [InlineData("1815,11,20", "1822,0,15", "1815-11-20..1822-12-15")]
    [InlineData("1960,1,19", "0,0,0", "1960-01-19..2016-12-31")]
    [InlineData("1960,1,19", "0,,", "1960-01-19..2016-12-31")]
    public void Parse_DateRules_FillPartialDates(string entry, string exit, string spell)
    {
        Assert.Equal(spell, SpellOf(entry, exit));
    }

    [Fact]
    public void Parse_Coverage_FromEarliestEntryToLatestEntryOrExit()
    {
        var file = Parse(SmallFiles.Row(1, 2, "1820,1,1", "0,0,0", "1,0,0,0,0"), SmallFiles.Row(1, 20, "1830,5,5", "1977,6,30", "1,0,0,0,0"),
            SmallFiles.Row(2, 2, "1999,1,1", "0,0,0", "0,0,0,0,1"));

        Assert.Equal((1820, 1999), (file.FirstYear, file.LastYear));
        Assert.Equal(new DateOnly(1999, 12, 31), file.Members[0].Spell.Last);
    }

    [Fact]
    public void Parse_PledgesPhaseAndAsymmetry_Read()
    {
        var file = AtopMemberFile.Parse(string.Join("\n", SmallFiles.MembersHeader,
            "2130,,200,1925,12,1,1936,3,7,0,1,0,0,1,0,1,0,4.01",
            "3740,,365,1991,12,8,0,0,0,2,0,0,0,1,1,0,1,4.01"), "members.csv");

        Assert.Equal(Pledges.Defence | Pledges.NonAggression, file.Members[0].Pledges);
        Assert.Equal((2, Pledges.NonAggression | Pledges.Consultation), (file.Members[1].Phase, file.Members[1].Pledges));
        Assert.True(file.Members[0].Asymmetric);
        Assert.True(file.Members[1].Asymmetric);
        Assert.Equal([2, 3], file.Members.Select(m => m.Line));
        Assert.Equal("atop-4.01", file.SourceName);
    }

    [Fact]
    public void Parse_MembersOutsideCowWithFourDigitCodes_Kept()
    {
        Assert.Equal(8152, Parse(SmallFiles.Row(1320, 8152, "1874,3,15", "1883,8,25", "1,0,0,0,0")).Members[0].State);
    }

    [Fact]
    public void Parse_NoVersionColumn_SourceIsAtop()
    {
        var file = AtopMemberFile.Parse("atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,defense,offense,neutral,nonagg,consul\n1,2,1900,1,1,1901,1,1,1,0,0,0,0", "m.csv");

        Assert.Equal(("", "atop"), (file.Version, file.SourceName));
    }

    [Fact]
    public void Parse_MissingColumn_SaysWhich()
    {
        var error = Assert.Throws<InputFileException>(() => AtopMemberFile.Parse("atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,defense,offense,neutral,consul\n", "m.csv"));

        Assert.StartsWith("m.csv:1: header: no column 'nonagg'; the header has atopid, member,", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3180,,2,1949,4,4,0,0,0,1,1,0,0,0,1,0,0,4.01", "")]
    [InlineData("31x0,,2,1949,4,4,0,0,0,1,1,0,0,0,1,0,0,4.01", "members.csv:2: column 1 (atopid): '31x0' is not a whole number")]
    [InlineData("3180,,US,1949,4,4,0,0,0,1,1,0,0,0,1,0,0,4.01", "members.csv:2: column 3 (member): 'US' is not a whole number")]
    [InlineData("3180,,2,1949,4,4,0,0,0,1,2,0,0,0,1,0,0,4.01", "members.csv:2: column 11 (defense): 2 is not 0 or 1")]
    [InlineData("3180,,2,1949,4,4,0,0,0,1,,0,0,0,1,0,0,4.01", "members.csv:2: column 11 (defense): is empty; a whole number is required")]
    [InlineData("3180,,2,1649,4,4,0,0,0,1,1,0,0,0,1,0,0,4.01", "members.csv:2: column 4 (yrent): year 1649 is out of range (1800 to 2199)")]
    [InlineData("3180,,2,1949,4,4,2949,1,1,1,1,0,0,0,1,0,0,4.01", "members.csv:2: column 7 (yrexit): year 2949 is out of range (1800 to 2199)")]
    [InlineData("3180,,2,1949,4,31,0,0,0,1,1,0,0,0,1,0,0,4.01", "members.csv:2: column 6 (dayent): day 31 is past the end of 1949-04, which has 30 days")]
    [InlineData("3180,,2,1949,4,4,1948,13,1,1,1,0,0,0,1,0,0,4.01", "members.csv:2: column 8 (moexit): month 13 is not 1 to 12")]
    [InlineData("3180,,2,1949,4,4,1948,1,1,1,1,0,0,0,1,0,0,4.01", "members.csv:2: column 7 (yrexit): the membership ends on 1948-01-01, before it starts on 1949-04-04")]
    [InlineData("3180,,2,1949,4,4,,0,0,1,1,0,0,0,1,0,0,4.01", "members.csv:2: column 7 (yrexit): is empty; a whole number is required")]
    [InlineData("3180,,2,1949,4,4,0,0,0,1,1,0,0", "members.csv:2: column 14 (nonagg): missing: the line ends after 13 of 18 columns (is it cut short?)")]
    public void Parse_BadRow_ReportsFileLineColumnAndWhy(string row, string expected)
    {
        var error = Record.Exception(() => Parse(row));

        Assert.Equal(expected, error?.Message ?? "");
        if (error is not null)
            Assert.IsType<InputFileException>(error);
    }
}
