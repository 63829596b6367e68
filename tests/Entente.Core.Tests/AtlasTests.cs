using Entente.Core.Model;

namespace Entente.Core.Tests;

public class AtlasTests
{
    private static readonly Atlas.Atlas Atlas = AtlasFixture.Build();
    private static readonly ActorId Org = new("ORG");

    [Theory]
    [InlineData("2024-03-06", new[] { "FIN" })]
    [InlineData("2024-03-07", new[] { "FIN", "SWE" })]
    [InlineData("2024-03-08", new[] { "FIN", "SWE" })]
    [InlineData("1966-06-30", new[] { "FRA" })]
    [InlineData("1966-07-01", new string[0])]
    public void MembersOn_BoundaryDays(string day, string[] expected)
    {
        var members = Atlas.MembersOn(Org, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, members.Select(m => m.Actor.Value));
    }

    [Fact]
    public void Actors_ComeInTheOrderTheAtlasWasGiven_NotInHashOrder()
    {
        // A frozen dictionary's order follows string hashes, randomized per process (small ones keep insertion order, so
        // 300 are used); lists in answers must not move from one run to the next.
        var ids = Enumerable.Range(0, 300).Select(i => $"S{(i * 7919) % 1000:D3}").ToArray();
        var source = new Source { Id = AtlasFixture.S, Title = "t", Publisher = "p", Url = "https://example.org", Read = PartialDate.Parse("2026-11-27") };
        var many = new Core.Atlas.Atlas(new Dataset("many", PartialDate.Parse("2026-11-27")), [source],
            ids.Select(id => new Actor { Id = new(id), Kind = ActorKind.State, Name = "State " + id, Sources = [AtlasFixture.S] }), [], [], [], []);

        Assert.Equal(ids, many.Actors.Select(a => a.Id.Value));
    }

    [Fact]
    public void MembersOn_BeforeTheOrganizationExisted_IsEmpty()
    {
        Assert.Empty(Atlas.MembersOn(Org, new DateOnly(1949, 8, 23)));
    }

    [Theory]
    [InlineData("FIN", "2023-04-03", false)]
    [InlineData("FIN", "2023-04-04", true)]
    [InlineData("FIN", "2023-04-05", true)]
    [InlineData("FRA", "1966-06-30", true)]
    [InlineData("FRA", "1966-07-01", false)]
    [InlineData("KOR", "2024-01-01", false)]
    public void IsMember_DayBeforeOfAndAfter(string actor, string day, bool expected)
    {
        Assert.Equal(expected, Atlas.IsMember(new ActorId(actor), Org, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, Atlas.IsParty(new ActorId(actor), new TreatyId("pact"), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AffiliationsOf_MarksOnlyWhatHoldsOnTheDate()
    {
        var france = Assert.Single(Atlas.AffiliationsOf(new ActorId("FRA"), new DateOnly(2000, 1, 1)));

        Assert.False(france.Current);
        Assert.Equal("1949-08-24–1966-07-01", france.Period.ToString());
        Assert.Equal("The Pact Organization (The Pact)", france.Name);
    }

    [Fact]
    public void IsAfterReview_TheDayAfterTheReviewDate()
    {
        Assert.False(Atlas.IsAfterReview(new DateOnly(2026, 11, 27)));
        Assert.True(Atlas.IsAfterReview(new DateOnly(2026, 11, 28)));
    }
}
