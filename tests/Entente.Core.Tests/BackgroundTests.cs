using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Core.Tests;

/// <summary>The atlas's what-and-why accessors, on a small atlas built here: an organization, the treaty that
/// creates it, and facts about both.</summary>
public class BackgroundTests
{
    private static readonly SourceId S = new("s");
    private static readonly ActorId Org = new("ORG");
    private static readonly TreatyId Pact = new("pact");

    private static Atlas.Atlas Build(Background background)
    {
        Actor State(string id) => new() { Id = new(id), Kind = ActorKind.State, Name = id, Sources = [S] };
        return new Atlas.Atlas(
            new Dataset("fixture", PartialDate.Parse("2026-11-27")),
            [new Source { Id = S, Title = "t", Publisher = "p", Url = "https://example.org", Read = PartialDate.Parse("2026-11-27") }],
            [State("FRA"), State("ALB"), new Actor { Id = Org, Kind = ActorKind.Organization, Name = "The Pact Organization", Sources = [S] }],
            [new Treaty { Id = Pact, Name = "The Pact", Kind = TreatyKind.Alliance, InForce = PartialDate.Parse("1955-06-05"), Organization = Org, Sources = [S] }],
            [], [], [], background: background);
    }

    private static Description Describe(EntityKind kind, string id, string what) =>
        new() { Kind = kind, Id = id, Nature = Nature.CollectiveDefenceAlliance, DefencePledge = true, What = what, Sources = [S] };

    private static Reason Reason(string id, ActorId? actor, EntityKind kind, string about, string date, Change change = Change.Withdrawal) => new()
    {
        Id = new(id),
        Actor = actor,
        AboutKind = kind,
        About = about,
        Change = change,
        Date = PartialDate.Parse(date),
        Context = [new Statement("A historian", null, null, "Because.", false, [S])],
        Sources = [S],
    };

    [Fact]
    public void DescriptionOf_OrganizationWithoutItsOwn_FallsBackToItsTreaty()
    {
        var atlas = Build(new Background { Descriptions = [Describe(EntityKind.Treaty, "pact", "The treaty.")] });

        Assert.Equal("The treaty.", atlas.DescriptionOf(new EntityRef(EntityKind.Actor, "ORG", "The Pact Organization"))?.What);
    }

    [Fact]
    public void DescriptionOf_OrganizationWithItsOwn_PrefersIt()
    {
        var atlas = Build(new Background { Descriptions = [Describe(EntityKind.Treaty, "pact", "The treaty."), Describe(EntityKind.Actor, "ORG", "The organization.")] });

        Assert.Equal("The organization.", atlas.DescriptionOf(EntityKind.Actor, "ORG")?.What);
        Assert.Equal("The treaty.", atlas.DescriptionOf(EntityKind.Treaty, "pact")?.What);
    }

    [Fact]
    public void DescriptionOf_SomethingNotDescribed_IsNull()
    {
        Assert.Null(Build(Background.None).DescriptionOf(EntityKind.Partnership, "nothing"));
    }

    [Fact]
    public void ReasonsFor_AskedOfTheOrganization_FindsReasonsRecordedOnItsTreaty()
    {
        var atlas = Build(new Background
        {
            Reasons = [Reason("alb-1968", new("ALB"), EntityKind.Treaty, "pact", "1968-09-13"), Reason("fra-1966", new("FRA"), EntityKind.Actor, "ORG", "1966-03-07")],
        });

        var albania = atlas.ReasonsFor(new ActorId("ALB"), new EntityRef(EntityKind.Actor, "ORG", "The Pact Organization"));
        var france = atlas.ReasonsFor(new ActorId("FRA"), new EntityRef(EntityKind.Treaty, "pact", "The Pact"));

        Assert.Equal("alb-1968", Assert.Single(albania).Id.Value);
        Assert.Equal("fra-1966", Assert.Single(france).Id.Value);
    }

    [Fact]
    public void ReasonsAbout_ListsFoundingAndExitsInDateOrder()
    {
        var atlas = Build(new Background
        {
            Reasons = [Reason("alb-1968", new("ALB"), EntityKind.Treaty, "pact", "1968-09-13"), Reason("founding", null, EntityKind.Treaty, "pact", "1955-05-14", Change.Founding)],
        });

        Assert.Equal(["founding", "alb-1968"], atlas.ReasonsAbout(new EntityRef(EntityKind.Actor, "ORG", "ORG")).Select(r => r.Id.Value));
    }

    [Theory]
    [InlineData("1952-03-31", "London")]
    [InlineData("1952-04-01", "Paris")]
    [InlineData("2030-01-01", "Paris")]
    [InlineData("1948-12-31", null)]
    public void HeadquartersOf_OnADay(string day, string? place)
    {
        var atlas = Build(new Background
        {
            Headquarters =
            [
                new Headquarters(Org, "Paris", null, null, PartialDate.Parse("1952-04-01"), null, [S]),
                new Headquarters(Org, "London", null, null, PartialDate.Parse("1949"), PartialDate.Parse("1952-04-01"), [S]),
            ],
        });

        Assert.Equal(place, atlas.HeadquartersOf(Org, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))?.Place);
        Assert.Equal(["London", "Paris"], atlas.HeadquartersHistory(Org).Select(h => h.Place));
    }

    [Theory]
    [InlineData("2024-09-30", "Stoltenberg")]
    [InlineData("2024-10-01", "Rutte")]
    [InlineData("2010-01-01", null)]
    public void LeaderOf_OnlyTheLeadingOffice_OnADay(string day, string? name)
    {
        var atlas = Build(new Background
        {
            Offices =
            [
                new Office(Org, "Deputy", false, [new OfficeHolder("Deputy person", null, PartialDate.Parse("2000"), null, null, [S])], [S]),
                new Office(Org, "Secretary General", true,
                [
                    new OfficeHolder("Stoltenberg", null, PartialDate.Parse("2014-10-01"), PartialDate.Parse("2024-10-01"), null, [S]),
                    new OfficeHolder("Rutte", null, PartialDate.Parse("2024-10-01"), null, null, [S]),
                ], [S]),
            ],
        });

        Assert.Equal(name, atlas.LeaderOf(Org, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))?.Holder.Name);
        Assert.Equal(2, atlas.OfficesOf(Org).Count);
    }

    [Fact]
    public void AbsencesOf_OnlyTheTreatyAsked()
    {
        var atlas = Build(new Background { Absences = [new Absence(Pact, Absent.Expulsion, "No clause.", [S]), new Absence(new("other"), Absent.Suspension, "None.", [S])] });

        Assert.Equal(Absent.Expulsion, Assert.Single(atlas.AbsencesOf(Pact)).What);
    }
}
