using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>The shipped descriptions and reasons: the facts the Why-and-What issue names, each sourced.</summary>
public class BuiltInBackgroundTests
{
    private static Atlas Atlas => BuiltInDataTests.Result.Atlas ?? throw new InvalidOperationException(string.Join('\n', BuiltInDataTests.Result.Problems.Take(20)));
    private static readonly ActorId Nato = new("NATO");

    [Theory]
    [InlineData("1951-06-01", "London")]
    [InlineData("1952-04-01", "Paris")]
    [InlineData("1967-10-15", "Paris")]
    [InlineData("1967-10-16", "Brussels")]
    [InlineData("2026-11-27", "Brussels")]
    public void NatoHeadquarters_OnEachSeatsBoundary(string day, string place)
    {
        Assert.Equal(place, Atlas.HeadquartersOf(Nato, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))?.Place);
    }

    [Theory]
    [InlineData("2024-09-30", "Jens Stoltenberg")]
    [InlineData("2024-10-01", "Mark Rutte")]
    [InlineData("1960-01-01", "Paul-Henri Spaak")]
    [InlineData("1995-10-19", "Willy Claes")]
    [InlineData("1997-01-01", "Javier Solana")]
    [InlineData("2001-09-12", "Lord Robertson (George Robertson)")]
    [InlineData("2009-07-31", "Jaap de Hoop Scheffer")]
    [InlineData("2009-08-01", "Anders Fogh Rasmussen")]
    public void NatoSecretaryGeneral_OnADay(string day, string name)
    {
        var leader = Atlas.LeaderOf(Nato, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(name, leader?.Holder.Name);
        Assert.Equal("Secretary General", leader?.Office.Title);
    }

    [Fact]
    public void CstoSecretaryGeneral_In2024_IsTasmagambetov()
    {
        var leader = Atlas.LeaderOf(new ActorId("CSTO"), new DateOnly(2024, 6, 1));

        Assert.Equal("Imangali Tasmagambetov", leader?.Holder.Name);
    }

    [Fact]
    public void NatoSecretaryGeneral_BetweenWoernerAndClaes_IsNotKnownRatherThanWrong()
    {
        Assert.Null(Atlas.LeaderOf(Nato, new DateOnly(1994, 9, 1)));
    }

    [Theory]
    [InlineData("ALB", "WARSAW-PACT", Change.Withdrawal)]
    [InlineData("HUN", "WARSAW-PACT", Change.Declaration)]
    [InlineData("FRA", "NATO", Change.PartialWithdrawal)]
    [InlineData("GRC", "NATO", Change.Return)]
    [InlineData("PAK", "SEATO", Change.Withdrawal)]
    [InlineData("IRQ", "CENTO", Change.Withdrawal)]
    [InlineData("UZB", "CSTO", Change.Suspension)]
    [InlineData("ARM", "CSTO", Change.Freeze)]
    [InlineData("SWE", "NATO", Change.DelayedAccession)]
    public void IssueExamples_HaveAReasonInTheOrganization(string state, string organization, Change change)
    {
        var reasons = Atlas.ReasonsFor(new ActorId(state), new EntityRef(EntityKind.Actor, organization, organization));

        Assert.Contains(reasons, r => r.Change == change);
    }

    [Theory]
    [InlineData("MEX")]
    [InlineData("BOL")]
    [InlineData("ECU")]
    [InlineData("NIC")]
    [InlineData("VEN")]
    public void RioTreatyDenunciations_CarryAStatedReason(string state)
    {
        var reasons = Atlas.ReasonsFor(new ActorId(state), new EntityRef(EntityKind.Treaty, "rio-treaty", "Rio Treaty"));

        Assert.Contains(reasons, r => r.Change == Change.Denunciation && r.Stated.Count > 0);
    }

    [Fact]
    public void EveryCuratedTreatyOrganizationAndPartnership_IsDescribed()
    {
        var missing = Atlas.Actors.Where(a => a.Kind == ActorKind.Organization).Select(a => (EntityKind.Actor, a.Id.Value))
            .Concat(Atlas.Treaties.Where(t => !DataSetLoader.IsAtopLevel(t)).Select(t => (EntityKind.Treaty, t.Id.Value)))
            .Concat(Atlas.Partnerships.Select(p => (EntityKind.Partnership, p.Id.Value)))
            .Where(x => Atlas.DescriptionOf(x.Item1, x.Item2) is null)
            .ToArray();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("aukus")]
    [InlineData("quad")]
    [InlineData("us-major-non-nato-ally")]
    [InlineData("russia-iran-comprehensive-strategic-partnership")]
    [InlineData("shanghai-cooperation-organisation")]
    public void ArrangementsMistakenForAlliances_CarryNoDefencePledge(string partnership)
    {
        var description = Atlas.DescriptionOf(EntityKind.Partnership, partnership);

        Assert.False(description?.DefencePledge ?? true);
    }

    [Fact]
    public void NorthAtlanticTreaty_RecordsNoExpulsionClauseAndNothingOnAnAttackByAParty()
    {
        var absent = Atlas.AbsencesOf(new TreatyId("north-atlantic-treaty")).Select(a => a.What).ToArray();

        Assert.Contains(Absent.Expulsion, absent);
        Assert.Contains(Absent.AttackByParty, absent);
    }

    [Fact]
    public void EveryBackgroundFact_CitesAKnownSource()
    {
        var background = Atlas.Background;
        var cited = background.Descriptions.SelectMany(d => d.Sources.Concat(d.Purpose?.Sources ?? []).Concat(d.End?.Sources ?? []))
            .Concat(background.Reasons.SelectMany(r => r.Sources.Concat(r.Stated.Concat(r.Context).SelectMany(s => s.Sources))))
            .Concat(background.Headquarters.SelectMany(h => h.Sources))
            .Concat(background.Offices.SelectMany(o => o.Sources.Concat(o.Holders.SelectMany(h => h.Sources))))
            .Concat(background.Absences.SelectMany(a => a.Sources)).ToArray();

        Assert.NotEmpty(cited);
        Assert.All(cited, id => Assert.NotNull(Atlas.FindSource(id)));
    }
}
