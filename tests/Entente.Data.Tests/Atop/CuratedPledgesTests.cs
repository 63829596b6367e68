using Entente.Core.Atlas;
using Entente.Data.Atop;

namespace Entente.Data.Tests.Atop;

public sealed class CuratedPledgesTests
{
    /// <summary>A small curated data set: a one-way defence article, a suspension, and a state whose COW code changes.</summary>
    public const string Yaml = """
        dataset: {name: Test data, reviewed: 2026-11-27}
        sources:
          - {id: s1, title: A treaty text, publisher: A ministry, url: "https://example.org/treaty", read: 2026-11-27}
        actors:
          - {id: USA, kind: state, name: United States, cow: [{code: 2, from: 1816-01-01}], source: s1}
          - {id: JPN, kind: state, name: Japan, cow: [{code: 740, from: 1860-01-01, to: 1945-08-15}, {code: 740, from: 1952-04-28}], source: s1}
          - {id: NZL, kind: state, name: New Zealand, cow: [{code: 920, from: 1920-01-10}], source: s1}
          - {id: DEU, kind: state, name: Germany, cow: [{code: 260, from: 1955-05-05, to: 1990-10-03}, {code: 255, from: 1990-10-03}], source: s1}
          - {id: FRA, kind: state, name: France, cow: [{code: 220, from: 1944-08-25}], source: s1}
          - {id: PAC, kind: organization, name: A Pacific Council, source: s1}
        treaties:
          - id: usa-jpn-security
            name: A security treaty
            kind: alliance
            in-force: 1960-06-23
            source: s1
            parties:
              - {actor: USA, joined: 1960-06-23, how: founding}
              - {actor: JPN, joined: 1960-06-23, how: founding}
            provisions:
              - {article: "IV", kind: consultation, direction: mutual}
              - {article: "V", kind: defence, direction: one-way, obliged: [USA], beneficiaries: [JPN]}
              - {article: "VI", kind: basing, direction: mutual}
          - id: usa-nzl-pact
            name: A Pacific pact
            kind: alliance
            in-force: 1952-04-29
            organization: PAC
            source: s1
            parties:
              - {actor: USA, joined: 1952-04-29, how: founding}
              - {actor: NZL, joined: 1952-04-29, how: founding}
            suspensions:
              - {actor: USA, towards: NZL, from: 2019-09-17}
            provisions:
              - {article: "4", kind: defence, direction: mutual}
          - id: fra-deu-friendship
            name: A friendship treaty
            kind: other
            in-force: 1963-07-02
            source: s1
            parties:
              - {actor: FRA, joined: 1963-07-02, how: founding}
              - {actor: DEU, joined: 1963-07-02, how: founding}
            provisions:
              - {article: "1", kind: consultation, direction: mutual}
          - id: no-pledges
            name: A basing agreement
            kind: other
            in-force: 1990
            source: s1
            parties:
              - {actor: USA, joined: 1990, how: founding}
              - {actor: JPN, joined: 1990, how: founding}
            provisions:
              - {article: "1", kind: basing, direction: mutual}
        """;

    public static Atlas Atlas()
    {
        var result = TestData.Load(Yaml);
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
