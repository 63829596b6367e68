using Entente.Core.Model;
using Entente.Core.Reasoning;

namespace Entente.Core.Tests;

/// <summary>A party whose participation is suspended in whole neither defends nor is defended while it lasts.</summary>
public class SuspensionTests
{
    private static readonly SourceId S = new("s");
    private static readonly TreatyId Pact = new("pact");

    private static Atlas.Atlas Build()
    {
        Actor State(string id) => new() { Id = new(id), Kind = ActorKind.State, Name = $"State {id}", Sources = [S] };
        Party Party(string actor) => new() { Treaty = Pact, Actor = new(actor), Joined = PartialDate.Parse("1950-01-01"), How = JoinHow.Founding, Sources = [S] };
        return new Atlas.Atlas(
            new Dataset("fixture", PartialDate.Parse("2026-11-27")),
            [new Source { Id = S, Title = "t", Publisher = "p", Url = "https://example.org", Read = PartialDate.Parse("2026-11-27") }],
            [State("AAA"), State("BBB"), State("CCC")],
            [new Treaty
            {
                Id = Pact, Name = "Pact", Kind = TreatyKind.Alliance, InForce = PartialDate.Parse("1950-01-01"), Sources = [S],
                Parties = [Party("AAA"), Party("BBB"), Party("CCC")],
                Suspensions = [new Suspension { Treaty = Pact, Actor = new("CCC"), From = PartialDate.Parse("2011-11-12"), To = PartialDate.Parse("2023-05-07"), Sources = [S] }],
                Provisions = [new Provision { Treaty = Pact, Article = "2", Kind = ProvisionKind.Defence, Direction = Direction.Mutual, Sources = [S] }],
            }],
            [], [], []);
    }

    [Fact]
    public void Attack_OnASuspendedParty_NoGuarantorAndEachExcludedWithTheSuspension()
    {
        var obligation = Assert.Single(Obligations.Attack(Build(), new ActorId("CCC"), new DateOnly(2015, 1, 1)).Obligations);

        Assert.Empty(obligation.Guarantors);
        Assert.Equal(["AAA", "BBB"], obligation.Excluded.Select(e => e.Actor.Value).Order(StringComparer.Ordinal));
        Assert.All(obligation.Excluded, e => Assert.Equal("State CCC's own participation has been suspended since 2011-11-12", e.Why));
    }

    [Theory]
    [InlineData("2011-11-11")]
    [InlineData("2023-05-07")]
    public void Attack_OnThePartyOutsideItsSuspension_DefendedAsAnyParty(string on)
    {
        var obligation = Assert.Single(Obligations.Attack(Build(), new ActorId("CCC"), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).Obligations);

        Assert.Equal(["AAA", "BBB"], obligation.Guarantors.Select(g => g.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Attack_OnAnotherParty_TheSuspendedPartyIsNoGuarantor()
    {
        var obligation = Assert.Single(Obligations.Attack(Build(), new ActorId("AAA"), new DateOnly(2015, 1, 1)).Obligations);

        Assert.Equal(["BBB"], obligation.Guarantors.Select(g => g.Value));
    }
}
