using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Core.Tests;

/// <summary>Events asked by kind, actor, target and body: the executor keeps those that fit and sets apart those by others.</summary>
public class HappeningsQueryTests
{
    private static readonly SourceId S = AtlasFixture.S;
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static Event Invasion(string id, string date, string[] by, string[] against, string? treaty = null) => new()
    {
        Id = new(id),
        Date = PartialDate.Parse(date),
        Kind = EventKind.Invasion,
        Actors = [.. by.Select(a => new ActorId(a))],
        Targets = [.. against.Select(a => new ActorId(a))],
        Treaty = treaty is null ? null : new TreatyId(treaty),
        Summary = id,
        Sources = [S],
    };

    private static Atlas.Atlas AtlasWith(params Event[] events)
    {
        var f = AtlasFixture.Build();
        return new Atlas.Atlas(f.Dataset, f.Sources, f.Actors, f.Treaties, [], [], events);
    }

    private static HappeningsResult Run(Atlas.Atlas atlas, HappeningsQuery q) => Assert.IsType<HappeningsResult>(QueryExecutor.Execute(atlas, q, Today));

    [Fact]
    public void Constructor_NoKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => new HappeningsQuery([]));
    }

    [Fact]
    public void Execute_TargetAndYear_KeepsOnlyThatYearsInvasionOfIt()
    {
        var atlas = AtlasWith(Invasion("a", "1968-08-20", ["FRA", "SWE"], ["FIN"]), Invasion("b", "1956-11-04", ["FRA"], ["FIN"]), Invasion("c", "1968-05-01", ["FRA"], ["KOR"]));

        var r = Run(atlas, new HappeningsQuery([EventKind.Invasion]) { Against = [new("FIN")], When = TimeSpec.InYearOf(1968) });

        Assert.Equal(["a"], r.Events.Select(e => e.Id.Value));
        Assert.Empty(r.Others);
    }

    [Fact]
    public void Execute_ActorWhoDidNotTakePart_SetsTheEventApart()
    {
        var atlas = AtlasWith(Invasion("a", "1968-08-20", ["FRA", "SWE"], ["FIN"]));

        var r = Run(atlas, new HappeningsQuery([EventKind.Invasion]) { By = [new("KOR")], Against = [new("FIN")] });

        Assert.Empty(r.Events);
        Assert.Equal(["a"], r.Others.Select(e => e.Id.Value));
    }

    [Fact]
    public void Execute_OrganizationAsActor_MatchesAnEventUnderItsTreaty()
    {
        var atlas = AtlasWith(Invasion("a", "1968-08-20", ["FRA", "SWE"], ["FIN"], treaty: "pact"));

        var r = Run(atlas, new HappeningsQuery([EventKind.Invasion]) { By = [new("ORG")], Against = [new("FIN")] });

        Assert.Equal(["a"], r.Events.Select(e => e.Id.Value));
    }

    [Fact]
    public void Execute_EventAfterTheDateOfTruth_IsNotYetOnRecord()
    {
        var atlas = AtlasWith(Invasion("a", "2022-02-24", ["FRA"], ["FIN"]));

        var r = Run(atlas, new HappeningsQuery([EventKind.Invasion]) { Against = [new("FIN")], When = TimeSpec.OnDay(new DateOnly(2021, 1, 1)) });

        Assert.Empty(r.Events);
    }

    [Fact]
    public void Execute_AnnouncementOfAnotherChange_IsAmongTheOthers()
    {
        var freeze = new Event
        {
            Id = new("f"),
            Date = PartialDate.Parse("2024-02-22"),
            Kind = EventKind.Announcement,
            Announces = EventKind.Suspension,
            Actors = [new("FIN")],
            Treaty = new("pact"),
            Summary = "f",
            Sources = [S],
        };
        var atlas = AtlasWith(freeze);

        var leave = Run(atlas, new HappeningsQuery([EventKind.Announcement]) { By = [new("FIN")], About = new EntityRef(EntityKind.Actor, "ORG", "The Pact Organization"), Announces = EventKind.Withdrawal });
        var any = Run(atlas, new HappeningsQuery([EventKind.Announcement]) { By = [new("FIN")], About = new EntityRef(EntityKind.Actor, "ORG", "The Pact Organization") });

        Assert.Empty(leave.Events);
        Assert.Equal(["f"], leave.Others.Select(e => e.Id.Value));
        Assert.Equal(["f"], any.Events.Select(e => e.Id.Value));
    }
}
