using System.Globalization;
using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>The shipped facts of data/*/facts3.yaml (issue 9): neutrality and its legal basis, New Zealand's nuclear-free
/// law, NATO's Membership Action Plan and aspirants, NATO's working in the glossary, reasons and office holders. A moved
/// date, a dropped participant or a policy recorded as constitutional that is not fails here.</summary>
public class FactsThreeTests
{
    private static Atlas Atlas => BuiltInDataTests.Result.Atlas ?? throw new InvalidOperationException(string.Join('\n', BuiltInDataTests.Result.Problems.Take(20)));

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static Policy PolicyOf(string id) => Atlas.FindPolicy(new PolicyId(id)) ?? throw new InvalidOperationException($"No policy {id}.");

    private static Partnership PartnershipOf(string id) => Atlas.FindPartnership(new PartnershipId(id)) ?? throw new InvalidOperationException($"No partnership {id}.");

    private static string[] PartiesOn(string partnership, string day)
    {
        var p = PartnershipOf(partnership);
        return p.Parties.Where(x => p.PeriodOf(x).Contains(Day(day))).Select(x => x.Actor.Value).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void IrelandPolicies_NoneIsConstitutional_NeutralityIsAPolicyAndTheTripleLockALaw()
    {
        var policies = Atlas.PoliciesOf(new ActorId("IRL"));

        Assert.DoesNotContain(policies, p => p.Kind == PolicyKind.Constitutional);
        Assert.Equal(PolicyKind.Neutrality, Assert.Single(policies, p => p.Id.Value == "irl-military-neutrality").Kind);
        var lockPolicy = Assert.Single(policies, p => p.Id.Value == "irl-triple-lock");
        Assert.Equal(PolicyKind.Law, lockPolicy.Kind);
        Assert.Null(lockPolicy.To);
        var described = Atlas.DescriptionOf(EntityKind.Policy, "irl-military-neutrality");
        Assert.NotNull(described);
        Assert.Contains("not a provision of the Constitution", described.What, StringComparison.Ordinal);
        Assert.Contains("Horgan", described.What, StringComparison.Ordinal);
    }

    [Fact]
    public void NewZealandNuclearFreeAct_RoyalAssent_1987_06_08_AfterThe1984Election()
    {
        var act = PolicyOf("nzl-nuclear-free-zone");

        Assert.Equal(PolicyKind.Nuclear, act.Kind);
        Assert.Equal(PartialDate.Parse("1987-06-08"), act.From);
        Assert.Contains(act.History, s => s.Date == PartialDate.Parse("1984-07-14"));
        Assert.Contains(act.History, s => s.Date == PartialDate.Parse("1985-02") && s.What.Contains("Buchanan", StringComparison.Ordinal));
    }

    [Fact]
    public void CostaRicaArticle12_ConstitutionalFrom1949_ArmyEliminatedOn1December1948()
    {
        var article = PolicyOf("cri-army-abolished");

        Assert.Equal(PolicyKind.Constitutional, article.Kind);
        Assert.Equal(PartialDate.OfYear(1949), article.From);
        Assert.Contains(article.History, s => s.Date == PartialDate.Parse("1948-12-01"));
        Assert.StartsWith("Se proscribe el Ejército como institución permanente.", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2003-01-01", "ALB,BGR,EST,LTU,LVA,MKD,ROU,SVK,SVN")]
    [InlineData("2005-01-01", "ALB,MKD")]
    [InlineData("2012-01-01", "MKD,MNE")]
    [InlineData("2019-01-01", "BIH,MKD")]
    [InlineData("2021-01-01", "BIH")]
    public void MembershipActionPlan_OnDay_HasItsParticipants(string day, string expected)
    {
        Assert.Equal(expected.Split(','), PartiesOn("nato-membership-action-plan", day));
    }

    [Fact]
    public void MembershipActionPlan_UkraineAndGeorgia_NeverParticipants()
    {
        var parties = PartnershipOf("nato-membership-action-plan").Parties.Select(p => p.Actor.Value).ToArray();

        Assert.DoesNotContain("UKR", parties);
        Assert.DoesNotContain("GEO", parties);
    }

    [Theory]
    [InlineData("2019-01-01", "BIH,GEO,MKD,UKR")]
    [InlineData("2020-03-27", "BIH,GEO,UKR")]
    public void AspirantCountries_OnDay_AreTheDeclaredAspirants(string day, string expected)
    {
        Assert.Equal(expected.Split(','), PartiesOn("nato-aspirant-countries", day));
    }

    [Fact]
    public void WashingtonDeclaration2012_IsANonBindingAgreementWithoutADefencePledge()
    {
        var declaration = PartnershipOf("us-nz-washington-declaration-2012");

        Assert.Equal(PartnershipKind.Agreement, declaration.Kind);
        Assert.Equal(PartialDate.Parse("2012-06-19"), declaration.From);
        Assert.Equal(["NZL", "USA"], declaration.Parties.Select(p => p.Actor.Value).Order(StringComparer.Ordinal));
        Assert.False(Atlas.DescriptionOf(EntityKind.Partnership, "us-nz-washington-declaration-2012")?.DefencePledge);
    }

    [Theory]
    [InlineData("consensus rule", "consensus-decision-making", "no voting at NATO")]
    [InlineData("How to join NATO", "nato-accession-process", "North Atlantic Council")]
    [InlineData("NATO AWACS", "nato-forces", "AWACS")]
    [InlineData("NATO's armed forces", "nato-forces", "no armed forces of its own")]
    public void Glossary_NatoPhrase_FindsItsTerm(string phrase, string id, string saying)
    {
        var term = Atlas.FindTerm(phrase);

        Assert.NotNull(term);
        Assert.Equal(id, term.Id.Value);
        Assert.Contains(saying, term.What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IRL", "ireland-stays-out-of-north-atlantic-treaty-1949", "1949-02-08")]
    [InlineData("AUT", "austria-neutral-outside-nato-1955", "1955-10-26")]
    [InlineData("DEU", "west-germany-joins-nato-1955", "1955-05-06")]
    public void Reasons_ForAStateAndNato_AreRecordedOnTheirDay(string state, string id, string date)
    {
        var reason = Assert.Single(Atlas.ReasonsFor(new ActorId(state)), r => r.Id.Value == id);

        Assert.Equal("north-atlantic-treaty", reason.About);
        Assert.Equal(PartialDate.Parse(date), reason.Date);
    }

    [Theory]
    [InlineData("USA", "Director of the Central Intelligence Agency", "2010-06-01", "Leon Panetta")]
    [InlineData("USA", "Director of the Central Intelligence Agency", "1962-10-22", "John A. McCone")]
    [InlineData("USA", "Director of the Central Intelligence Agency", "2009-02-12", "Michael V. Hayden")]
    [InlineData("POL", "Prime Minister", "2022-02-24", "Mateusz Morawiecki")]
    [InlineData("POL", "Prime Minister", "2023-12-13", "Donald Tusk")]
    [InlineData("POL", "President", "2022-02-24", "Andrzej Duda")]
    [InlineData("POL", "President", "2025-08-06", "Karol Nawrocki")]
    [InlineData("IRL", "Taoiseach", "2025-06-01", "Micheál Martin")]
    [InlineData("AUT", "Federal Chancellor", "2025-06-01", "Christian Stocker")]
    public void OfficeOfState_OnDay_HasItsHolder(string state, string title, string day, string holder)
    {
        var office = Assert.Single(Atlas.OfficesOf(new ActorId(state)), o => o.Title == title);

        Assert.Equal(holder, office.Holders.SingleOrDefault(h => h.Period.Contains(Day(day)))?.Name);
    }

    [Theory]
    [InlineData("USA", "Director of the Central Intelligence Agency", "2012-01-01")] // Panetta's successors are not entered
    [InlineData("IRL", "Taoiseach", "2024-06-01")] // Taoisigh before Martin's second term are not entered
    public void OfficeOfState_DayWithoutASourcedHolder_HasNoHolder(string state, string title, string day)
    {
        var office = Assert.Single(Atlas.OfficesOf(new ActorId(state)), o => o.Title == title);

        Assert.DoesNotContain(office.Holders, h => h.Period.Contains(Day(day)));
    }
}
