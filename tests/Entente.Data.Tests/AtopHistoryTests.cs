using Entente.Core.Model;
using Entente.Core.Reasoning;
using Entente.Data.Atop;

namespace Entente.Data.Tests;

/// <summary>ATOP's alliances added to the curated atlas (--atop), for dates before the curated data begins.</summary>
public class AtopHistoryTests
{
    private static readonly string AtopPath = SharedData.Path("atop-4.01", "atop-member-level.csv");

    // The built-in data now holds ATOP's alliances itself (data/atop): the extension is tried on the curated files alone,
    // without the reasons that explain an ATOP-level alliance (they name a treaty only data/atop defines).
    private static readonly Lazy<Core.Atlas.Atlas> Curated = new(() =>
        DataSetLoader.Load([.. DataFile.BuiltIn().Where(f => (!f.Name.StartsWith("data/atop/", StringComparison.Ordinal) || f.Name == "data/atop/sources.yaml")
            && !(f.Name.StartsWith("data/reasons/", StringComparison.Ordinal) && f.Text.Contains("treaty: atop-", StringComparison.Ordinal)))]).Atlas!);

    private static readonly Lazy<Core.Atlas.Atlas> Extended = new(() => AtopHistory.Extend(
        Curated.Value, AtopMemberFile.Read(AtopPath), AtopPath, CowStateSystem.Read(SharedData.Path("cow-states-2016", "states2016.csv"))));

    [Fact]
    public void Extend_FrancoRussianAlliance_FranceAttackedIn1914_RussiaObliged()
    {
        var analysis = Obligations.Attack(Extended.Value, new ActorId("FRA"), new DateOnly(1914, 8, 1));

        var defence = analysis.Obligations.Where(o => o.IsDefence && o.Guarantors.Count > 0).ToArray();
        // The military convention (atopid 1385) is curated, so the extension leaves it to the curated treaty.
        Assert.Contains(defence, o => o.Treaty.Atop.Contains(1385) && o.Guarantors.Contains(new ActorId("RUS")));
    }

    [Fact]
    public void Extend_Code365_MapsToRussiaBefore1922AndTheUssrAfter()
    {
        var atlas = Extended.Value;

        var russia = atlas.PartiesOf(new ActorId("RUS")).Where(p => p.Treaty.Value.StartsWith("atop-", StringComparison.Ordinal)).ToArray();
        var ussr = atlas.PartiesOf(new ActorId("SUN")).Where(p => p.Treaty.Value.StartsWith("atop-", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(russia);
        Assert.NotEmpty(ussr);
        Assert.All(ussr, p => Assert.True(p.Joined.FirstDay >= new DateOnly(1922, 12, 30) && (p.Left is not { } l || l.FirstDay <= new DateOnly(1991, 12, 26)), $"{p.Treaty} {p.Period}"));
        Assert.DoesNotContain(russia, p => p.Period.Contains(new DateOnly(1950, 1, 1)));
    }

    [Fact]
    public void Extend_StatesTheCuratedDataLacks_StandInsNamedFromCow_WithoutStealingNames()
    {
        var atlas = Extended.Value;

        Assert.Equal("Germany (COW 255)", atlas.FindActor(new ActorId("COW255"))!.Name);
        Assert.Equal("Bavaria", atlas.FindActor(new ActorId("COW245"))!.Name);
        Assert.Equal("DEU", atlas.Names.Resolve("Germany").Found?.Id);
    }

    [Fact]
    public void Extend_EveryFactCitesTheFile_AndSaysWhereTheDataEnds()
    {
        // The political agreement of 1891 (atopid 1380): no curated treaty names it.
        var treaty = Extended.Value.Treaty(new TreatyId("atop-1380"));

        Assert.Equal("From the ATOP file; it covers 1815–2016, so nothing after 2016 is covered.", treaty.Note);
        Assert.All(treaty.Parties, p => Assert.Equal("atop-member-file", Assert.Single(p.Sources).Value));
        Assert.StartsWith("file:", Extended.Value.Source(new SourceId("atop-member-file")).Url, StringComparison.Ordinal);
        Assert.Contains(treaty.Parties, p => p.Actor.Value == "FRA" && p.Joined.ToString() == "1891-08-27");
    }

    [Fact]
    public void Extend_AllianceACuratedTreatyNames_NotAddedTwice()
    {
        Assert.Null(Extended.Value.FindTreaty(new TreatyId("atop-3180")));
        Assert.Equal(Curated.Value.Treaties.Count() + AtopMemberFile.Read(AtopPath).Members.Select(m => m.AtopId).Distinct().Count() - Curated.Value.Treaties.SelectMany(t => t.Atop).Distinct().Count(),
            Extended.Value.Treaties.Count());
    }
}
