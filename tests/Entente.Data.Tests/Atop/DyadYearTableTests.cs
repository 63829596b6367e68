using Entente.Data.Atop;

namespace Entente.Data.Tests.Atop;

public sealed class DyadYearTableTests
{
    private static readonly CowStateSystem Small = CowStateSystem.Parse(SmallFiles.States, "states.csv");

    // An ATOP file covering 1815–2016, whatever the rows under test.
    private static readonly string[] Coverage = [SmallFiles.Row(9999, 999, "1815,1,1", "2016,12,31", "0,0,0,0,1")];

    private static List<Row> Rows(CowStateSystem states, bool directed, int from, int to, params string[] members) =>
        RowCollector.Collect(DyadYearTable.Build(states, AtopMemberFile.Parse(SmallFiles.Members([.. Coverage, .. members]), "m.csv"),
            new DyadYearOptions(directed, from, to)));

    private static List<Row> Rows(bool directed, int from, int to, params string[] members) => Rows(Small, directed, from, to, members);

    private static CowStateSystem States(params string[] lines) => CowStateSystem.Parse(string.Join("\n", [SmallFiles.StatesHeader, .. lines]), "states.csv");

    [Fact]
    public void Write_StatesWithSeveralSpells_DyadOnlyInYearsBothAreInTheSystem()
    {
        var rows = Rows(directed: true, 1816, 2016);

        Assert.Equal([.. Enumerable.Range(1816, 1945 - 1816 + 1), .. Enumerable.Range(1990, 2016 - 1990 + 1)],
            rows.Where(r => (r.Ccode1, r.Ccode2) == (2, 255)).Select(r => r.Year));
        Assert.Equal([.. Enumerable.Range(1860, 1945 - 1860 + 1), .. Enumerable.Range(1990, 27)],
            rows.Where(r => (r.Ccode1, r.Ccode2) == (255, 740)).Select(r => r.Year));
        Assert.Equal(Enumerable.Range(1955, 1990 - 1955 + 1), rows.Where(r => (r.Ccode1, r.Ccode2) == (260, 740)).Select(r => r.Year));
        Assert.DoesNotContain(rows, r => (r.Ccode1, r.Ccode2) == (255, 260));
    }

    [Fact]
    public void Write_BothInTheSystemThatYearButNeverOnTheSameDay_NoDyad()
    {
        var states = States("AAA,100,A,1900,1,1,1900,3,31,2016", "BBB,200,B,1900,6,1,1910,12,31,2016", "CCC,300,C,1900,3,31,1900,3,31,2016");

        var rows = Rows(states, directed: true, 1890, 1910);

        Assert.Equal(["100,300,1900", "300,100,1900"], rows.Select(r => $"{r.Ccode1},{r.Ccode2},{r.Year}"));
    }

    [Fact]
    public void Write_Directed_OrderedByCcode1Ccode2Year()
    {
        var rows = Rows(directed: true, 1816, 2016);

        Assert.Equal(rows.OrderBy(r => r.Ccode1).ThenBy(r => r.Ccode2).ThenBy(r => r.Year), rows);
        var keys = rows.Select(r => (r.Ccode1, r.Ccode2, r.Year)).ToHashSet();
        Assert.All(rows, r => Assert.Contains((r.Ccode2, r.Ccode1, r.Year), keys));
    }

    [Fact]
    public void Write_Directed_FlagsAreWhatCcode1Promises()
    {
        var rows = Rows(directed: true, 1953, 1953, SmallFiles.Row(3220, 2, "1953,1,1", "1953,12,31", "1,0,0,0,1"), SmallFiles.Row(3220, 740, "1953,1,1", "1953,12,31", "0,0,0,0,1"));

        Assert.Equal(Pledges.Defence | Pledges.Consultation, rows.Single(r => (r.Ccode1, r.Ccode2) == (2, 740)).Pledges);
        Assert.Equal(Pledges.Consultation, rows.Single(r => (r.Ccode1, r.Ccode2) == (740, 2)).Pledges);
    }

    [Fact]
    public void Write_Undirected_OneRowPerPairWithEitherStatesPromises()
    {
        var rows = Rows(directed: false, 1953, 1953, SmallFiles.Row(3220, 2, "1953,1,1", "1953,12,31", "1,0,0,0,0"), SmallFiles.Row(3220, 740, "1953,1,1", "1953,12,31", "0,0,0,0,1"));

        Assert.All(rows, r => Assert.True(r.Ccode1 < r.Ccode2));
        Assert.Equal(Pledges.Defence | Pledges.Consultation, rows.Single(r => (r.Ccode1, r.Ccode2) == (2, 740)).Pledges);
        Assert.Equal(Pledges.None, rows.Single(r => (r.Ccode1, r.Ccode2) == (2, 200)).Pledges);
    }

    [Fact]
    public void Write_PhasesKeptApart_EachYearGetsThePhasesInForceThen()
    {
        var rows = Rows(directed: true, 1950, 1958,
            SmallFiles.Row(3500, 2, "1950,1,1", "1955,6,30", "0,0,0,1,0", phase: 1), SmallFiles.Row(3500, 200, "1950,1,1", "1955,6,30", "0,0,0,1,0", phase: 1),
            SmallFiles.Row(3500, 2, "1955,7,1", "1957,12,31", "1,0,0,0,0", phase: 2), SmallFiles.Row(3500, 200, "1955,7,1", "1957,12,31", "1,0,0,0,0", phase: 2));

        Assert.Equal(["1954:8", "1955:9", "1956:1", "1957:1", "1958:0"],
            rows.Where(r => (r.Ccode1, r.Ccode2) == (2, 200) && r.Year >= 1954).Select(r => $"{r.Year}:{(int)r.Pledges!}"));
    }

    [Fact]
    public void Write_MemberRowsInOneYearThatNeverOverlap_NoFlag()
    {
        var rows = Rows(directed: true, 1905, 1905, SmallFiles.Row(3600, 2, "1900,1,1", "1905,3,1", "1,0,0,0,0"), SmallFiles.Row(3600, 200, "1905,6,1", "1910,1,1", "1,0,0,0,0"));

        Assert.Equal(Pledges.None, rows.Single(r => (r.Ccode1, r.Ccode2) == (2, 200)).Pledges);
    }

    [Fact]
    public void Write_SeveralAlliances_FlagsOredAndEveryTreatyListed()
    {
        var rows = Rows(directed: true, 1960, 1961,
            SmallFiles.Row(3220, 2, "1951,9,8", "1960,1,19", "1,0,0,0,1"), SmallFiles.Row(3220, 740, "1951,9,8", "1960,1,19", "0,0,0,0,1"),
            SmallFiles.Row(3375, 2, "1960,1,19", "0,0,0", "1,0,0,1,1"), SmallFiles.Row(3375, 740, "1960,1,19", "0,0,0", "1,0,0,1,1"));

        var us = rows.Where(r => (r.Ccode1, r.Ccode2) == (2, 740)).ToArray();
        Assert.Equal(new Row(2, 740, 1960, Pledges.Defence | Pledges.NonAggression | Pledges.Consultation, "3220 3375", "atop-4.01"), us[0]);
        Assert.Equal(new Row(2, 740, 1961, Pledges.Defence | Pledges.NonAggression | Pledges.Consultation, "3375", "atop-4.01"), us[1]);
    }

    [Fact]
    public void Write_YearsOutsideCoverage_NaNotZero()
    {
        var members = SmallFiles.Members(SmallFiles.Row(3375, 2, "1960,1,19", "0,0,0", "1,0,0,1,1"), SmallFiles.Row(3375, 740, "1960,1,19", "2010,5,5", "1,0,0,1,1"));
        var table = DyadYearTable.Build(Small, AtopMemberFile.Parse(members, "m.csv"), new DyadYearOptions(true, 1955, 2012));

        var rows = RowCollector.Collect(table).Where(r => (r.Ccode1, r.Ccode2) == (2, 740)).ToArray();

        Assert.Equal(Enumerable.Range(1955, 2012 - 1955 + 1), rows.Select(r => r.Year));
        Assert.All(rows.Where(r => r.Year is < 1960 or > 2010), r => Assert.Equal((null, "", ""), (r.Pledges, r.Treaties, r.Source)));
        Assert.All(rows.Where(r => r.Year is >= 1960 and <= 2010), r => Assert.Equal("atop-4.01", r.Source));
        Assert.Equal(DyadSource.None, table.SourceOf(1959));
        Assert.Equal(DyadSource.Atop, table.SourceOf(1960));
    }

    [Fact]
    public void Write_PastTheStatesFileLastDay_StatesStillInTheSystemContinue()
    {
        var rows = Rows(directed: true, 2015, 2020);

        Assert.Equal([2015, 2016, 2017, 2018, 2019, 2020], rows.Where(r => (r.Ccode1, r.Ccode2) == (255, 740)).Select(r => r.Year));
        Assert.All(rows.Where(r => r.Year > 2016), r => Assert.Null(r.Pledges));
    }

    [Fact]
    public void Write_MemberOutsideTheStatesFile_Ignored()
    {
        var rows = Rows(directed: true, 1880, 1880, SmallFiles.Row(1320, 8152, "1874,3,15", "1883,8,25", "1,0,0,0,0"), SmallFiles.Row(1320, 200, "1874,3,15", "1883,8,25", "1,0,0,0,0"));

        Assert.All(rows, r => Assert.Equal(Pledges.None, r.Pledges));
    }

    [Fact]
    public void RowCount_MatchesRowsWrittenForEachYearRange()
    {
        var members = AtopMemberFile.Parse(SmallFiles.Members(Coverage), "m.csv");

        var directed = DyadYearTable.Build(Small, members, new DyadYearOptions(true, 1816, 2016));
        var undirected = DyadYearTable.Build(Small, members, new DyadYearOptions(false, 1816, 2016));

        Assert.Equal(directed.RowCount, 2 * undirected.RowCount);
        Assert.Equal(directed.RowCount, RowCollector.Collect(directed).Count);
    }

    [Fact]
    public void Write_Cancelled_Throws()
    {
        var states = CowStateSystem.Read(SharedData.States);
        var table = DyadYearTable.Build(states, AtopMemberFile.Parse(SmallFiles.Members(Coverage), "m.csv"), new DyadYearOptions(true, 1816, 2016));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => table.Write(new RowCollector(table), cancel: cancel.Token));
    }
}
