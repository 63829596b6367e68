using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>The shipped facts of data/*/facts5.yaml (issue 9): why Great Britain, France and the Ottoman Empire allied
/// in March 1854 (ATOP 1160), why Britain made the Entente Cordiale and the Anglo-Russian Convention (now signings),
/// the Warsaw Pact as an instrument of Soviet control and the NATO Vilnius Summit of 2023. A moved date, a changed
/// kind or a source that no longer loads fails here.</summary>
public class Facts5Tests
{
    private static Atlas Atlas => BuiltInDataTests.Result.Atlas ?? throw new InvalidOperationException(string.Join('\n', BuiltInDataTests.Result.Problems.Take(20)));

    private static Event EventOf(string id) => Atlas.FindEvent(new EventId(id)) ?? throw new InvalidOperationException($"No event {id}.");

    private static void AllLoad(IEnumerable<SourceId> sources)
    {
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.NotNull(Atlas.FindSource(s)));
    }

    [Fact]
    public void CrimeanWarAlliance_FoundingReason_QuotesTheTreatyPreamble()
    {
        var about = new EntityRef(EntityKind.Treaty, "atop-1160", "Alliance of United Kingdom, France, Türkiye and 1 other (1854)");
        var reason = Assert.Single(Atlas.ReasonsAbout(about), r => r.Id.Value == "crimean-war-alliance-1854-defence-of-ottoman-empire");

        Assert.Equal(Change.Founding, reason.Change);
        Assert.Null(reason.Actor);
        Assert.Equal(PartialDate.Parse("1854-03-12"), reason.Date);
        Assert.Contains(reason.Stated, s => s.Quoted && s.Text.Contains("repelling the Aggression", StringComparison.Ordinal));
        Assert.Contains(reason.Stated, s => !s.Quoted && s.Text.Contains("against Russian aggression", StringComparison.Ordinal));
        AllLoad(reason.Sources);
        AllLoad(reason.Stated.SelectMany(s => s.Sources));
        Assert.Contains(new SourceId("f5-google-books-1854-treaty-constantinople-en"), Atlas.Treaty(new TreatyId("atop-1160")).Sources);
        Assert.Contains(new SourceId("atop-v4-01"), Atlas.Treaty(new TreatyId("atop-1160")).Sources);
    }

    [Theory]
    [InlineData("entente-cordiale-1904", "1904-04-08", "GBR,FRA", "Germany", "f5-wikipedia-entente-cordiale")]
    [InlineData("anglo-russian-convention-1907", "1907-08-31", "GBR,RUS", "Germany", "f5-iranica-great-britain-iv-1900-21")]
    public void BritishEntentes_AreSignings_ThatSayWhyBritainMadeThem(string id, string date, string actors, string why, string source)
    {
        var e = EventOf(id);

        Assert.Equal(EventKind.Signing, e.Kind);
        Assert.Equal(PartialDate.Parse(date), e.Date);
        Assert.Equal(actors.Split(','), e.Actors.Select(a => a.Value).ToArray());
        Assert.Null(Atlas.FindTreaty(new TreatyId(id)));
        Assert.Contains(why, e.Summary, StringComparison.Ordinal);
        Assert.Contains("no military obligation", e.Summary, StringComparison.Ordinal);
        Assert.Contains(new SourceId(source), e.Sources);
        AllLoad(e.Sources);
    }

    [Fact]
    public void WarsawPact_InstrumentOfSovietControl_IsAFoundingReasonWithContext()
    {
        var about = new EntityRef(EntityKind.Treaty, "warsaw-treaty-1955", "Warsaw Treaty");
        var reason = Assert.Single(Atlas.ReasonsAbout(about), r => r.Id.Value == "warsaw-pact-instrument-of-soviet-control");

        Assert.Equal(Change.Founding, reason.Change);
        Assert.Empty(reason.Stated);
        Assert.Contains(reason.Context, s => s.Text.Contains("communist dominance in Eastern Europe", StringComparison.Ordinal));
        AllLoad(reason.Sources);
        AllLoad(reason.Context.SelectMany(s => s.Sources));
    }

    [Fact]
    public void VilniusSummit_IsASummit_WithItsDecisionsForUkraine()
    {
        var e = EventOf("nato-vilnius-summit-2023");

        Assert.Equal(EventKind.Summit, e.Kind);
        Assert.Equal(PartialDate.Parse("2023-07-11"), e.Date);
        Assert.Equal(PartialDate.Parse("2023-07-12"), e.To);
        Assert.Equal(["NATO"], e.Actors.Select(a => a.Value).ToArray());
        Assert.Contains("Membership Action Plan", e.Summary, StringComparison.Ordinal);
        Assert.Contains("NATO-Ukraine Council", e.Summary, StringComparison.Ordinal);
        Assert.Contains(new SourceId("f5-nato-vilnius-summit-communique-2023"), e.Sources);
        AllLoad(e.Sources);
    }

    [Fact]
    public void Facts5Sources_AllLoad_WithKindAndReadDate()
    {
        var sources = Atlas.Sources.Where(s => s.Id.Value.StartsWith("f5-", StringComparison.Ordinal)).ToArray();

        Assert.Equal(12, sources.Length);
        Assert.DoesNotContain(sources, s => s.Kind == SourceKind.Weak);
        Assert.Contains(sources, s => s.Id.Value == "f5-nato-vilnius-summit-communique-2023" && s.Kind == SourceKind.Primary);
        Assert.All(sources, s => Assert.StartsWith("http", s.Url, StringComparison.Ordinal));
        Assert.All(sources, s => Assert.Equal(PartialDate.Parse("2026-12-02"), s.Read));
    }
}
