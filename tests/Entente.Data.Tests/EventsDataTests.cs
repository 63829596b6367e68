using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>
/// The events the claim checker judges articles against (issue 9): invasions with their invaders and targets,
/// announcements that were never given effect, summits and signings, as the built-in data records them.
/// </summary>
public class EventsDataTests
{
    private static Core.Atlas.Atlas Atlas =>
        BuiltInDataTests.Result.Atlas ?? throw new InvalidOperationException(string.Join('\n', BuiltInDataTests.Result.Problems.Take(20)));

    private static Event EventOf(string id) =>
        Atlas.FindEvent(new EventId(id)) ?? throw new InvalidOperationException($"no event '{id}' in the built-in data");

    private static ActorId[] Ids(params string[] ids) => [.. ids.Select(i => new ActorId(i))];

    [Fact]
    public void InvasionOfCzechoslovakia1968_ActorsAreTheFourWhoseForcesCrossed_NotRomaniaNorEastGermany()
    {
        var invasion = EventOf("warsaw-pact-invasion-of-czechoslovakia-1968");

        Assert.Equal(EventKind.Invasion, invasion.Kind);
        Assert.Equal("1968-08-20", invasion.Date.ToString());
        Assert.Equal(Ids("BGR", "HUN", "POL", "SUN"), invasion.Actors.OrderBy(a => a.Value, StringComparer.Ordinal));
        Assert.DoesNotContain(new ActorId("ROU"), invasion.Actors);
        Assert.DoesNotContain(new ActorId("DDR"), invasion.Actors);
        Assert.Equal(Ids("CSK"), invasion.Targets);
        Assert.Contains("Operation Danube", invasion.Names);
    }

    [Fact]
    public void NagysDeclaration_IsAnAnnouncementOfWithdrawalOn19561101_NotAWithdrawal()
    {
        var declaration = EventOf("warsaw-pact-hungary-declares-withdrawal-1956");

        Assert.Equal(EventKind.Announcement, declaration.Kind);
        Assert.Equal(EventKind.Withdrawal, declaration.Announces);
        Assert.Equal("1956-11-01", declaration.Date.ToString());
        Assert.Equal(Ids("HUN"), declaration.Actors);
        Assert.DoesNotContain(Atlas.Events, e => e.Kind == EventKind.Withdrawal && e.Actors.Contains(new ActorId("HUN")) && e.Treaty?.Value == "warsaw-treaty-1955");
    }

    [Fact]
    public void SovietInvasionOfHungary_On19561104_ByTheSovietUnionAlone()
    {
        var invasion = EventOf("warsaw-pact-soviet-intervention-hungary-1956");

        Assert.Equal(EventKind.Invasion, invasion.Kind);
        Assert.Equal("1956-11-04", invasion.Date.ToString());
        Assert.Equal(Ids("SUN"), invasion.Actors);
        Assert.Equal(Ids("HUN"), invasion.Targets);
    }

    [Fact]
    public void EveryInvasionAndAttack_HasATargetThatIsNotAnActor()
    {
        var armed = Atlas.Events.Where(e => e.Kind is EventKind.Invasion or EventKind.Attack).ToList();

        Assert.InRange(armed.Count, 15, int.MaxValue);
        Assert.All(armed, e => Assert.NotEmpty(e.Targets));
        Assert.All(armed, e => Assert.DoesNotContain(e.Targets, e.Actors.Contains));
        Assert.All(armed.Where(e => e.Kind == EventKind.Invasion), e => Assert.NotEmpty(e.Actors));
    }

    [Fact]
    public void EveryAnnouncement_SaysWhichChangeItDeclares()
    {
        var announcements = Atlas.Events.Where(e => e.Kind == EventKind.Announcement).ToList();

        Assert.InRange(announcements.Count, 5, int.MaxValue);
        Assert.All(announcements, e => Assert.NotNull(e.Announces));
        Assert.All(announcements, e => Assert.NotEmpty(e.Actors));
    }

    [Fact]
    public void RussianInvasionOfUkraine_On20220224_AgainstUkraine()
    {
        var invasion = EventOf("russia-invades-ukraine-2022");

        Assert.Equal(EventKind.Invasion, invasion.Kind);
        Assert.Equal("2022-02-24", invasion.Date.ToString());
        Assert.Equal(Ids("RUS"), invasion.Actors);
        Assert.Equal(Ids("UKR"), invasion.Targets);
    }

    [Fact]
    public void PrzewodowExplosion_IsNoAttackOnPoland()
    {
        var explosion = EventOf("przewodow-missile-explosion-2022");

        Assert.Equal("2022-11-15", explosion.Date.ToString());
        Assert.NotEqual(EventKind.Attack, explosion.Kind);
        Assert.DoesNotContain(Atlas.Events, e => e.Kind is EventKind.Attack or EventKind.Invasion && e.Targets.Contains(new ActorId("POL")) && e.Date.Year == 2022);
    }

    [Fact]
    public void PolandIn1939_InvadedByGermanyThenTheSovietUnion()
    {
        var invasions = Atlas.Events
            .Where(e => e.Kind == EventKind.Invasion && e.Targets.Contains(new ActorId("POL")) && e.Date.Year == 1939)
            .OrderBy(e => e.Date.ToString(), StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["1939-09-01", "1939-09-17"], invasions.Select(e => e.Date.ToString()));
        Assert.Equal(Ids("DEU"), invasions[0].Actors);
        Assert.Equal(Ids("SUN"), invasions[1].Actors);
    }

    [Fact]
    public void WashingtonDeclaration2012_IsASigningByTheUnitedStatesAndNewZealand_NoTreaty()
    {
        var signing = EventOf("washington-declaration-us-nz-signed-2012");

        Assert.Equal(EventKind.Signing, signing.Kind);
        Assert.Equal("2012-06-19", signing.Date.ToString());
        Assert.Equal(Ids("NZL", "USA"), signing.Actors.OrderBy(a => a.Value, StringComparer.Ordinal));
        Assert.Null(signing.Treaty);
        Assert.Contains("the Washington Declaration on Defense Cooperation", signing.Names);
    }

    [Theory]
    [InlineData("nato-wales-summit-2014", "2014-09-04")]
    [InlineData("nato-madrid-summit-2022", "2022-06-29")]
    [InlineData("nato-hague-summit-2025", "2025-06-25")]
    public void NatoSummits_AreSummitsOfNatoOnTheirFirstDay(string id, string date)
    {
        var summit = EventOf(id);

        Assert.Equal(EventKind.Summit, summit.Kind);
        Assert.Equal(date, summit.Date.ToString());
        Assert.Equal(Ids("NATO"), summit.Actors);
        Assert.Empty(summit.Targets);
    }
}
