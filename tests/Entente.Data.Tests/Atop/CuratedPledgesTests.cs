using Entente.Core.Atlas;
using Entente.Data.Atop;

namespace Entente.Data.Tests.Atop;

public sealed class CuratedPledgesTests
{
    public static Atlas Atlas()
    {
        var result = TestData.Load(CuratedYaml.Text);
        Assert.Empty(result.Problems);
        return result.Atlas!;
    }

    private static readonly CuratedPledges Curated = CuratedPledges.From(Atlas());

    private static string[] Of(int from, int to) => [.. Curated.Pledges.Where(p => p.From == from && p.To == to).Select(p => $"{p.Treaty} {p.Days} {p.Pledges}")];

    [Fact]
    public void From_CountsTreatiesWithPledgeProvisions_AndCoversToTheLastWholeReviewedYear()
    {
        Assert.Equal(3, Curated.Treaties);
        Assert.Equal(2025, Curated.LastYear);
    }

    [Fact]
    public void From_OneWayArticle_BindsOnlyTheObligedTowardsTheBeneficiaries()
    {
        Assert.Equal(["usa-jpn-security 1960-06-23.. Defence, Consultation"], Of(2, 740));
        Assert.Equal(["usa-jpn-security 1960-06-23.. Consultation"], Of(740, 2));
    }

    [Fact]
    public void From_SuspensionTowardsOneParty_EndsThatPledgeOnly()
    {
        Assert.Equal(["usa-nzl-pact 1952-04-29..2019-09-16 Defence"], Of(2, 920));
        Assert.Equal(["usa-nzl-pact 1952-04-29.. Defence"], Of(920, 2));
    }

    [Fact]
    public void From_StateWhoseCowCodeChanges_PledgeSplitByCode()
    {
        Assert.Equal(["fra-deu-friendship 1963-07-02..1990-10-02 Consultation"], Of(220, 260));
        Assert.Equal(["fra-deu-friendship 1990-10-03.. Consultation"], Of(220, 255));
    }

    [Fact]
    public void Table_WithCurated_YearsAfterAtopFromCuratedDataThenNa()
    {
        var states = CowStateSystem.Parse(SmallFiles.States, "states.csv");
        var atop = AtopMemberFile.Parse(SmallFiles.Members(SmallFiles.Row(3375, 2, "1960,1,19", "0,0,0", "1,0,0,1,1"), SmallFiles.Row(3375, 740, "1960,1,19", "0,0,0", "1,0,0,1,1"),
            SmallFiles.Row(9999, 999, "1815,1,1", "2016,12,31", "0,0,0,0,1")), "m.csv");
        var table = DyadYearTable.Build(states, atop, new DyadYearOptions(true, 2015, 2027), Curated);

        var rows = RowCollector.Collect(table).Where(r => (r.Ccode1, r.Ccode2) is (2, 740) or (740, 2)).Select(r => r.ToString()).ToArray();

        Assert.Equal([
            "2,740,2015,25,3375,atop-4.01", "2,740,2016,25,3375,atop-4.01",
            .. Enumerable.Range(2017, 9).Select(y => $"2,740,{y},17,usa-jpn-security,entente"),
            "2,740,2026,NA,,", "2,740,2027,NA,,",
            "740,2,2015,25,3375,atop-4.01", "740,2,2016,25,3375,atop-4.01",
            .. Enumerable.Range(2017, 9).Select(y => $"740,2,{y},16,usa-jpn-security,entente"),
            "740,2,2026,NA,,", "740,2,2027,NA,,",
        ], rows);
        Assert.Equal(DyadSource.Curated, table.SourceOf(2025));
        Assert.Equal(DyadSource.None, table.SourceOf(2026));
    }

    [Fact]
    public void Subtract_HoleInsideSpan_LeavesBothEnds()
    {
        var span = new DaySpan(new DateOnly(2000, 1, 1), new DateOnly(2000, 12, 31));

        var parts = CuratedPledges.Subtract(span, [new DaySpan(new DateOnly(2000, 3, 1), new DateOnly(2000, 3, 31))]);

        Assert.Equal(["2000-01-01..2000-02-29", "2000-04-01..2000-12-31"], parts.Select(p => p.ToString()));
    }
}
