using Entente.Core.Model;
using Entente.Core.Reasoning;

namespace Entente.Core.Tests;

/// <summary>Coverage and the status after ATOP: typed results, never a plain yes or no on missing data.</summary>
public class AfterAtopTests
{
    private static readonly SourceId S = new("s");

    private static Atlas.Atlas Build(AfterAtopStatus? status)
    {
        Actor State(string id) => new() { Id = new(id), Kind = ActorKind.State, Name = $"State {id}", Sources = [S] };
        Party Party(string actor) => new() { Treaty = new("atop-1"), Actor = new(actor), Joined = PartialDate.Parse("1990"), How = JoinHow.Founding, Sources = [S] };
        var coverage = new CoverageSpell(CoverageDepth.Atop, new Interval(PartialDate.Parse("1815"), PartialDate.Parse("2017")), true, "ATOP", [S]);
        return new Atlas.Atlas(
            new Dataset("fixture", PartialDate.Parse("2026-11-27"), [coverage]),
            [new Source { Id = S, Title = "t", Publisher = "p", Url = "https://example.org", Read = PartialDate.Parse("2026-11-27") }],
            [State("AAA"), State("BBB"), State("CCC")],
            [new Treaty
            {
                Id = new("atop-1"), Name = "Pact", Kind = TreatyKind.Alliance, Signed = PartialDate.Parse("1990"), Sources = [S],
                AfterAtop = status is { } s ? new AfterAtop(s, null, []) : null,
                Parties = [Party("AAA"), Party("BBB")],
                Provisions = [new Provision { Treaty = new("atop-1"), Article = "ATOP defence", Kind = ProvisionKind.Defence, Direction = Direction.Mutual, Sources = [S] }],
            }],
            [], [], []);
    }

    [Fact]
    public void Attack_AfterAtopsEnd_NotConfirmed_FlaggedAndNotADefender()
    {
        var analysis = Obligations.Attack(Build(AfterAtopStatus.NotConfirmed), new ActorId("AAA"), new DateOnly(2020, 1, 1));

        Assert.True(Assert.Single(analysis.Unconfirmed).UnconfirmedSinceAtop);
        Assert.Empty(analysis.Defenders);
        Assert.Equal(DataCoverageLevel.NotCovered, analysis.DataCoverage.Level);
    }

    [Fact]
    public void Attack_BeforeAtopsEnd_NotConfirmed_APlainDefender()
    {
        var analysis = Obligations.Attack(Build(AfterAtopStatus.NotConfirmed), new ActorId("AAA"), new DateOnly(2016, 1, 1));

        Assert.Equal(["BBB"], analysis.Defenders.Select(d => d.Value));
        Assert.Empty(analysis.Unconfirmed);
        Assert.True(analysis.DataCoverage.AllowsNo);
    }

    [Fact]
    public void Attack_AfterAtopsEnd_Confirmed_APlainDefender()
    {
        var analysis = Obligations.Attack(Build(AfterAtopStatus.Confirmed), new ActorId("AAA"), new DateOnly(2020, 1, 1));

        Assert.Equal(["BBB"], analysis.Defenders.Select(d => d.Value));
    }

    [Fact]
    public void Attack_NoTreatyOnAnUncoveredDate_NoneButNotCovered()
    {
        var analysis = Obligations.Attack(Build(null), new ActorId("CCC"), new DateOnly(2020, 1, 1));

        Assert.True(analysis.NoneButNotCovered);
        Assert.Equal(new DateOnly(2016, 12, 31), analysis.DataCoverage.AtopEnd);
    }
}
