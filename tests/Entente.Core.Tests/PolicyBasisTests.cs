using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Core.Tests;

/// <summary>A policy's legal basis: the invariants its constructor keeps, and <see cref="PolicyBasisQuery"/> on a small atlas.</summary>
public class PolicyBasisTests
{
    private static readonly SourceId S = new("s");
    private static readonly DateOnly On = new(2026, 12, 3);

    [Fact]
    public void Constructor_StatuteOfConstitutionalRank_KeepsEveryValue()
    {
        var basis = new PolicyBasis(BasisKind.Statute, " Neutrality Act ", PartialDate.Parse("1955-10-26"), [S], forbidsAlliances: true, constitutionalRank: true, note: "n");

        Assert.Equal((BasisKind.Statute, "Neutrality Act", "1955-10-26", true, true, "n"),
            (basis.Kind, basis.Instrument, basis.Date.ToString(), basis.ForbidsAlliances, basis.ConstitutionalRank, basis.Note));
        Assert.True(basis.IsConstitutional);
        Assert.True(basis.IsLegal);
    }

    [Theory]
    [InlineData(BasisKind.Constitution)]
    [InlineData(BasisKind.Statute)]
    [InlineData(BasisKind.Treaty)]
    public void Constructor_InstrumentMissing_ThrowsNamingTheRule(BasisKind kind)
    {
        var e = Assert.Throws<ArgumentException>(() => new PolicyBasis(kind, "  ", null, [S]));

        Assert.Equal("instrument", e.ParamName);
        Assert.StartsWith($"instrument: is required for a {kind.ToString().ToLowerInvariant()} basis", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DeclarationWithoutInstrument_IsAllowed()
    {
        var basis = new PolicyBasis(BasisKind.Declaration, null, null, [S]);

        Assert.Null(basis.Instrument);
        Assert.True(basis.IsLegal);
        Assert.Null(basis.ForbidsAlliances);
    }

    [Fact]
    public void Constructor_PolicyNamingAnInstrument_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new PolicyBasis(BasisKind.Policy, "A law", null, [S]));

        Assert.Equal("instrument", e.ParamName);
        Assert.Contains("a policy basis rests on no instrument", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PolicyThatForbidsAlliances_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new PolicyBasis(BasisKind.Policy, null, null, [S], forbidsAlliances: true));

        Assert.Equal("forbidsAlliances", e.ParamName);
    }

    [Fact]
    public void Constructor_DateWithoutInstrument_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new PolicyBasis(BasisKind.Policy, null, PartialDate.Parse("2002"), [S]));

        Assert.Equal("date", e.ParamName);
        Assert.Contains("none is named", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BasisKind.Constitution, "a constitution has that rank already")]
    [InlineData(BasisKind.Treaty, "not a treaty")]
    public void Constructor_ConstitutionalRankOnAnythingButAStatute_Throws(BasisKind kind, string why)
    {
        var e = Assert.Throws<ArgumentException>(() => new PolicyBasis(kind, "Article 1", null, [S], constitutionalRank: true));

        Assert.Equal("constitutionalRank", e.ParamName);
        Assert.Contains(why, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoSource_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new PolicyBasis(BasisKind.Constitution, "Article 1(3)", null, []));

        Assert.Equal("sources", e.ParamName);
    }

    [Fact]
    public void IsConstitutional_ConstitutionArticle_TrueWithoutTheRankFlag()
    {
        Assert.True(new PolicyBasis(BasisKind.Constitution, "Article 1(3)", PartialDate.Parse("1987-01"), [S]).IsConstitutional);
        Assert.False(new PolicyBasis(BasisKind.Statute, "Defence Act", null, [S]).IsConstitutional);
    }

    // --- The query ---

    private static Atlas.Atlas Build()
    {
        Actor State(string id, string name) => new() { Id = new(id), Kind = ActorKind.State, Name = name, Sources = [S] };
        Policy Policy(string id, string actor, PolicyKind kind, string from, string? to, PolicyBasis? basis) => new()
        {
            Id = new(id),
            Actor = new(actor),
            Name = id,
            Kind = kind,
            From = PartialDate.Parse(from),
            To = to is null ? null : PartialDate.Parse(to),
            Basis = basis,
            Sources = [S],
        };
        return new Atlas.Atlas(
            new Dataset("fixture", PartialDate.Parse("2026-11-27")),
            [new Source { Id = S, Title = "t", Publisher = "p", Url = "https://example.org", Read = PartialDate.Parse("2026-11-27") }],
            [State("AAA", "Alpha"), State("BBB", "Beta"), State("CCC", "Gamma")],
            [],
            [
                Policy("aaa-neutrality", "AAA", PolicyKind.Neutrality, "1955-11-05", null,
                    new PolicyBasis(BasisKind.Statute, "Neutrality Act", PartialDate.Parse("1955-10-26"), [S], forbidsAlliances: true, constitutionalRank: true)),
                Policy("aaa-nuclear", "AAA", PolicyKind.Nuclear, "1978", null, null),
                Policy("bbb-neutrality", "BBB", PolicyKind.Neutrality, "2002", null, new PolicyBasis(BasisKind.Policy, null, null, [S], forbidsAlliances: false)),
                Policy("ccc-old", "CCC", PolicyKind.Neutrality, "1947", "2023-04-04", new PolicyBasis(BasisKind.Policy, null, null, [S])),
                Policy("ccc-unrecorded", "CCC", PolicyKind.Neutrality, "1990", null, null),
            ],
            [],
            []);
    }

    private static PolicyBasisResult Run(PolicyBasisQuery query) =>
        Assert.IsType<PolicyBasisResult>(QueryExecutor.Execute(Build(), query, On));

    [Fact]
    public void Execute_StatuteThatForbids_ReturnsThePolicyWithItsBasis()
    {
        var result = Run(new PolicyBasisQuery(new ActorId("AAA"), PolicyKind.Neutrality));

        var based = Assert.Single(result.Policies);
        Assert.Equal(("aaa-neutrality", BasisKind.Statute, true), (based.Policy.Id.Value, based.Basis!.Kind, based.Basis.ForbidsAlliances));
        Assert.True(result.ForbidsAlliances);
        Assert.Equal((On, "AAA", PolicyKind.Neutrality), (result.On, result.State.Value, result.Kind));
    }

    [Fact]
    public void Execute_NoKind_EveryPolicyInForceOldestFirstWithNullWhereNotRecorded()
    {
        var result = Run(new PolicyBasisQuery(new ActorId("AAA"), null));

        Assert.Equal(["aaa-neutrality", "aaa-nuclear"], result.Policies.Select(p => p.Policy.Id.Value));
        Assert.Null(result.Policies[1].Basis);
        Assert.Single(result.Recorded);
    }

    [Fact]
    public void Execute_BarePolicy_ForbidsAlliancesFalse()
    {
        var result = Run(new PolicyBasisQuery(new ActorId("BBB"), PolicyKind.Neutrality));

        Assert.Equal(BasisKind.Policy, Assert.Single(result.Policies).Basis!.Kind);
        Assert.False(result.ForbidsAlliances);
    }

    [Fact]
    public void Execute_EndedPolicy_OnlyWhileInForce()
    {
        var now = Run(new PolicyBasisQuery(new ActorId("CCC"), PolicyKind.Neutrality));
        var then = Run(new PolicyBasisQuery(new ActorId("CCC"), PolicyKind.Neutrality) { When = TimeSpec.OnDay(new DateOnly(2000, 1, 1)) });

        // Today only the policy with no recorded basis holds: nothing is known, so nothing is forbidden or allowed.
        var unrecorded = Assert.Single(now.Policies);
        Assert.Equal("ccc-unrecorded", unrecorded.Policy.Id.Value);
        Assert.Null(unrecorded.Basis);
        Assert.Null(now.ForbidsAlliances);
        Assert.Equal(["ccc-old", "ccc-unrecorded"], then.Policies.Select(p => p.Policy.Id.Value));
        Assert.Equal(new DateOnly(2000, 1, 1), then.On);
    }

    [Fact]
    public void Execute_StateWithoutPolicies_Empty()
    {
        var result = Run(new PolicyBasisQuery(new ActorId("ZZZ"), PolicyKind.Neutrality));

        Assert.Empty(result.Policies);
        Assert.Null(result.ForbidsAlliances);
    }
}
