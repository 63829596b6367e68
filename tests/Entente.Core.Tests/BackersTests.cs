using Entente.Core.Model;
using Entente.Core.Reasoning;

namespace Entente.Core.Tests;

public sealed class BackersTests
{
    private static readonly SourceId S = new("s");

    /// <summary>
    /// AAA, BBB and CCC (until 1960) in a mutual defence pact (the organization ORG) since 1950; BBB pledged one-way to defend DDD; AAA and
    /// EEE pledged to consult; DDD in ORG's partnership programme, an access agreement with EEE and a forum with FFF.
    /// </summary>
    private static Atlas.Atlas Build()
    {
        Actor State(string id) => new() { Id = new(id), Kind = ActorKind.State, Name = $"State {id}", Sources = [S] };
        Party Party(string treaty, string actor, string? left = null) =>
            new() { Treaty = new(treaty), Actor = new(actor), Joined = PartialDate.Parse("1950"), How = JoinHow.Founding, Left = left is null ? null : PartialDate.Parse(left), Sources = [S] };
        Provision Provision(string treaty, string article, ProvisionKind kind, string[]? obliged = null, string[]? beneficiaries = null) => new()
        {
            Treaty = new(treaty),
            Article = article,
            Kind = kind,
            Direction = obliged is null ? Direction.Mutual : Direction.OneWay,
            Obliged = [.. (obliged ?? []).Select(a => new ActorId(a))],
            Beneficiaries = [.. (beneficiaries ?? []).Select(a => new ActorId(a))],
            Sources = [S],
        };
        Treaty Treaty(string id, Provision provision, params Party[] parties) => new()
        {
            Id = new(id),
            Name = $"Treaty {id}",
            Kind = TreatyKind.Alliance,
            InForce = PartialDate.Parse("1950"),
            Organization = id == "pact" ? new ActorId("ORG") : null,
            Parties = parties,
            Provisions = [provision],
            Sources = [S],
        };
        Partnership Partnership(string id, PartnershipKind kind, string? organization, params string[] actors) => new()
        {
            Id = new(id),
            Name = $"Partnership {id}",
            Kind = kind,
            Organization = organization is null ? null : new ActorId(organization),
            From = PartialDate.Parse("2000"),
            Sources = [S],
            Parties = [.. actors.Select(a => new Participation { Partnership = new(id), Actor = new(a), Sources = [S] })],
        };
        return new Atlas.Atlas(
            new Dataset("fixture", PartialDate.Parse("2026-11-27")),
            [new Source { Id = S, Title = "t", Publisher = "p", Url = "https://example.org", Read = PartialDate.Parse("2026-11-27") }],
            [State("AAA"), State("BBB"), State("CCC"), State("DDD"), State("EEE"), State("FFF"), State("GGG"),
                new Actor { Id = new("ORG"), Kind = ActorKind.Organization, Name = "Org", Sources = [S] }],
            [
                Treaty("pact", Provision("pact", "5", ProvisionKind.Defence), Party("pact", "AAA"), Party("pact", "BBB"), Party("pact", "CCC", "1960")),
                Treaty("guarantee", Provision("guarantee", "V", ProvisionKind.Defence, ["BBB"], ["DDD"]), Party("guarantee", "BBB"), Party("guarantee", "DDD")),
                Treaty("talks", Provision("talks", "2", ProvisionKind.Consultation), Party("talks", "AAA"), Party("talks", "EEE")),
            ],
            [],
            [
                Partnership("programme", PartnershipKind.Programme, "ORG", "DDD", "GGG"),
                Partnership("access", PartnershipKind.Agreement, null, "DDD", "EEE"),
                Partnership("forum", PartnershipKind.Forum, null, "DDD", "FFF"),
            ],
            []);
    }

    private static Dictionary<string, BackerRole> Roles(string target, string on) =>
        Backers.Of(Build(), new ActorId(target), PartialDate.Parse(on).FirstDay).ToDictionary(b => b.Actor.Value, b => b.Role);

    [Fact]
    public void Of_MutualPact_OtherPartiesDefendAndConsultersConsult()
    {
        var roles = Roles("AAA", "1955");

        Assert.Equal(new Dictionary<string, BackerRole> { ["BBB"] = BackerRole.Defends, ["CCC"] = BackerRole.Defends, ["EEE"] = BackerRole.Consults }, roles);
        Assert.False(Roles("AAA", "1970").ContainsKey("CCC"), "CCC left in 1960");
    }

    [Fact]
    public void Of_OneWayPledge_BacksTheBeneficiaryNotTheGuarantor()
    {
        Assert.Equal(BackerRole.Defends, Roles("DDD", "1970")["BBB"]);
        Assert.DoesNotContain("DDD", Roles("BBB", "1970").Keys);
    }

    [Fact]
    public void Of_Partnerships_OrganizationMembersAndAgreementPartiesAreInForumsAreNot()
    {
        var roles = Roles("DDD", "2010");

        Assert.Equal(BackerRole.Defends, roles["BBB"]); // strongest role wins over its partnership
        Assert.Equal(BackerRole.Partner, roles["AAA"]); // a member of ORG, which runs the programme
        Assert.Equal(BackerRole.Partner, roles["EEE"]); // the access agreement
        Assert.False(roles.ContainsKey("GGG"), "another participant in ORG's programme is ORG's partner, not DDD's");
        Assert.False(roles.ContainsKey("FFF"), "a forum makes no partners");
        Assert.False(roles.ContainsKey("CCC"), "CCC left ORG in 1960");
    }

    [Fact]
    public void Of_BeforeAnyTreaty_NoBackers() => Assert.Empty(Roles("AAA", "1949"));

    [Fact]
    public void Of_Basis_NamesTreatyAndArticle()
    {
        var backer = Backers.Of(Build(), new ActorId("DDD"), new DateOnly(2010, 1, 1)).Single(b => b.Actor.Value == "BBB");

        Assert.Equal([("guarantee", "V", BackerRole.Defends)], backer.Basis.Where(b => b.Article is not null).Select(b => (b.Id, b.Article, b.Role)));
    }

    [Fact]
    public void TiesOn_OneWayPledge_GuarantorAndBeneficiary()
    {
        var ties = Alliances.TiesOn(Build(), new DateOnly(1970, 1, 1)).Where(t => t.Treaty.Id.Value == "guarantee").ToDictionary(t => t.Actor.Value, t => t.Role);

        Assert.Equal(new Dictionary<string, TieRole> { ["BBB"] = TieRole.Guarantor, ["DDD"] = TieRole.Beneficiary }, ties);
    }

    [Fact]
    public void TiesOn_MutualPact_EveryPartyOnTheDate()
    {
        var ties = Alliances.TiesOn(Build(), new DateOnly(1970, 1, 1)).Where(t => t.Treaty.Id.Value == "pact").Select(t => (t.Actor.Value, t.Role));

        Assert.Equal([("AAA", TieRole.Mutual), ("BBB", TieRole.Mutual)], ties);
    }
}
