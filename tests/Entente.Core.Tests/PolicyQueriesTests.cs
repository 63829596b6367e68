using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Core.Tests;

/// <summary>Claims, second level: the queries claims assert about provisions, policies and invocations, run on a small atlas.</summary>
public class PolicyQueriesTests
{
    private static readonly SourceId S = new("s");
    private static readonly DateOnly On = new(2026, 11, 27);

    private static Atlas.Atlas Build()
    {
        Party Party(string actor) => new() { Treaty = new("FRT"), Actor = new(actor), Joined = PartialDate.Parse("1960-06-23"), How = JoinHow.Founding, Sources = [S] };
        return new Atlas.Atlas(
            new Dataset("fixture", PartialDate.Parse("2026-11-27")),
            [new Source { Id = S, Title = "t", Publisher = "p", Url = "https://example.org", Read = PartialDate.Parse("2026-11-27") }],
            [
                new Actor { Id = new("RUR"), Kind = ActorKind.State, Name = "Ruritania", Sources = [S] },
                new Actor { Id = new("FRE"), Kind = ActorKind.State, Name = "Freedonia", Sources = [S] },
                new Actor { Id = new("NEU"), Kind = ActorKind.State, Name = "Neutralia", Sources = [S] },
            ],
            [
                new Treaty
                {
                    Id = new("FRT"), Name = "Guarantee Treaty", Kind = TreatyKind.Alliance, InForce = PartialDate.Parse("1960-06-23"), Sources = [S],
                    Parties = [Party("RUR"), Party("FRE")],
                    Provisions =
                    [
                        new Provision { Treaty = new("FRT"), Article = "1", Kind = ProvisionKind.Defence, Direction = Direction.OneWay, Beneficiaries = [new("RUR")], Obliged = [new("FRE")], Sources = [S] },
                        new Provision { Treaty = new("FRT"), Article = "2", Kind = ProvisionKind.Consultation, Sources = [S] },
                    ],
                },
            ],
            [
                new Policy { Id = new("neu"), Actor = new("NEU"), Name = "Neutrality", Kind = PolicyKind.Neutrality, From = PartialDate.Parse("1955-10-26"), Sources = [S] },
                new Policy { Id = new("old"), Actor = new("NEU"), Name = "Old doctrine", Kind = PolicyKind.Doctrine, From = PartialDate.Parse("1900"), To = PartialDate.Parse("1950"), Sources = [S] },
            ],
            [],
            [
                new Event { Id = new("i1"), Date = PartialDate.Parse("2014-03-04"), Kind = EventKind.Invocation, Treaty = new("FRT"), Article = "2", Summary = "s", Sources = [S] },
                new Event { Id = new("i2"), Date = PartialDate.Parse("2030-01-01"), Kind = EventKind.Invocation, Treaty = new("FRT"), Article = "2", Summary = "s", Sources = [S] },
            ]);
    }

    [Fact]
    public void Execute_ProvisionsOfAOneWayTreaty_ReachOnlyTheBeneficiary()
    {
        var result = Assert.IsType<ProvisionsResult>(QueryExecutor.Execute(Build(), new ProvisionsQuery(new TreatyId("FRT"), ProvisionKind.Defence), On));

        var reach = Assert.Single(result.Provisions);
        Assert.True(reach.Asymmetric);
        Assert.Equal([new ActorId("RUR")], reach.Inside);
        Assert.Equal([new ActorId("FRE")], reach.Outside);
    }

    [Fact]
    public void Execute_Neutrality_PoliciesInForceAndDefenceTreatiesApart()
    {
        var atlas = Build();

        var neutral = Assert.IsType<NeutralityResult>(QueryExecutor.Execute(atlas, new NeutralityQuery(new ActorId("NEU")), On));
        var allied = Assert.IsType<NeutralityResult>(QueryExecutor.Execute(atlas, new NeutralityQuery(new ActorId("RUR")), On));
        var before = Assert.IsType<NeutralityResult>(QueryExecutor.Execute(atlas, new NeutralityQuery(new ActorId("NEU")) { When = TimeSpec.InYearOf(1950) }, On));

        Assert.True(neutral.IsNeutral);
        Assert.False(allied.IsNeutral);
        Assert.Equal("FRT", Assert.Single(allied.DefenceTreaties).Id.Value);
        Assert.False(before.Known);
    }

    [Fact]
    public void Execute_Policies_KeepsThoseNotInForceApart()
    {
        var result = Assert.IsType<PoliciesResult>(QueryExecutor.Execute(Build(), new PoliciesQuery(new ActorId("NEU"), null), On));

        Assert.Equal("neu", Assert.Single(result.InForce).Id.Value);
        Assert.Equal("old", Assert.Single(result.Other).Id.Value);
    }

    [Fact]
    public void Execute_Invocations_CountsOnlyThoseUpToTheDay()
    {
        var result = Assert.IsType<InvocationsResult>(QueryExecutor.Execute(Build(), new InvocationsQuery(new TreatyId("FRT"), "2"), On));

        Assert.Equal(1, result.Count);
    }

    [Theory]
    [InlineData("2", true)]
    [InlineData("II", true)]
    [InlineData("1", false)]
    public void Execute_ArticleByArabicOrRomanNumber_FindsTheProvision(string article, bool consultation)
    {
        var result = Assert.IsType<ArticleResult>(QueryExecutor.Execute(Build(), new ArticleQuery(article, new TreatyId("FRT"), null), On));

        Assert.Equal(consultation, result.Provision?.Kind == ProvisionKind.Consultation);
    }
}
