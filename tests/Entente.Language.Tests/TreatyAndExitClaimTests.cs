using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>A treaty's pledge named by its words ("committed to the peaceful resolution of disputes").</summary>
public class PeacefulSettlementClaimTests
{
    [Fact]
    public void Check_NatoCommittedToPeacefulResolution_SupportedByArticle1()
    {
        var claim = Knowledge.Claim("NATO aims to prevent conflict, with the website stating that it is ‘committed to the peaceful resolution of disputes’.", new DateOnly(2022, 3, 7), k => k == "peaceful-settlement");
        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Contains(claim.Facts, f => f.Statement.StartsWith("Article 1 of", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TreatyWithNoSuchProvisionCoded_NotCheckableNeverContradicted()
    {
        var report = ClaimChecker.Check(Knowledge.Atlas, "The Warsaw Pact members undertook to settle their disputes by peaceful means.", new DateOnly(2022, 3, 7));

        Assert.All(report.Claims.Where(c => c.Kind == "peaceful-settlement"), c => Assert.NotEqual(Verdict.Contradicted, c.Verdict));
    }
}

/// <summary>A step weighed, not taken: "announced that it would consider whether it would need to activate Article 4".</summary>
public class WeighedInvocationClaimTests
{
    [Fact]
    public void Check_PolandWeighingArticle4InNovember2022_SupportedByTheWeighingNotAnInvocation()
    {
        var claim = Knowledge.Claim("And the Polish government announced that it would consider whether it would need to activate Article 4 of the North Atlantic Treaty Organization (NATO).", new DateOnly(2022, 11, 16), k => k == "weighed-invocation");
        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Contains(claim.Facts, f => f.Statement.StartsWith("2022-11-15", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WeighingNotOnRecord_IsNeverSupported()
    {
        var report = ClaimChecker.Check(Knowledge.Atlas, "Norway announced that it would consider whether it would need to activate Article 4 of the North Atlantic Treaty.", new DateOnly(2022, 11, 16));

        Assert.All(report.Claims.Where(c => c.Kind == "weighed-invocation"), c => Assert.NotEqual(Verdict.Supported, c.Verdict));
    }
}

/// <summary>When members began to leave a body ("the member states began to withdraw in 1991").</summary>
public class BeganLeavingClaimTests
{
    private static CheckedClaim Began(string text) =>
        Assert.Single(ClaimChecker.Check(Knowledge.Atlas, text, new DateOnly(2022, 5, 17)).Claims, c => c.Kind == "began-leaving");

    [Fact]
    public void Check_WarsawPactMembersBeganToWithdrawIn1991_PartlySoAlbaniaAndTheGdrLeftBefore()
    {
        var claim = Began("The Warsaw Pact lasted until the end of the Cold War, and the member states began to withdraw in 1991.");

        Assert.Equal(Verdict.PartlySupported, claim.Verdict);
        Assert.Contains("Albania (13 September 1968", claim.Correction, StringComparison.Ordinal);
        Assert.Contains("East Germany (24 September 1990", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BeganIn1968_SupportedByAlbaniasWithdrawal()
    {
        Assert.Equal(Verdict.Supported, Began("The Warsaw Pact's members began to leave in 1968.").Verdict);
    }

    [Fact]
    public void Check_BeganInAYearNoMemberLeft_Contradicted()
    {
        var claim = Began("The Warsaw Pact's members began to leave in 1975.");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("the first to leave was Albania", claim.Correction, StringComparison.Ordinal);
    }
}

/// <summary>Attempts to leave a body said to have been stopped, against the announced exits never given effect and the withdrawals that were.</summary>
public class ThwartedExitsClaimTests
{
    [Fact]
    public void Check_AttemptsToBreakOutOfTheWarsawPactThwarted_PartlySoAlbaniaLeft()
    {
        var claim = Knowledge.Claim("The Warsaw Pact was a military alliance. Attempts to break out of the pact were brutally thwarted by Soviet military power.", new DateOnly(2022, 5, 17), k => k == "thwarted-exits");
        Assert.Equal(Verdict.PartlySupported, claim.Verdict);
        Assert.Contains("Albania", claim.Correction, StringComparison.Ordinal);
        Assert.Contains(claim.Facts, f => f.Statement.StartsWith("1956-11-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_AttemptsNotSaidToBeStopped_AssertNothingOfTheKind()
    {
        var report = ClaimChecker.Check(Knowledge.Atlas, "The Warsaw Pact was a military alliance. Attempts to break out of the pact were made.", new DateOnly(2022, 5, 17));

        Assert.DoesNotContain(report.Claims, c => c.Kind == "thwarted-exits");
    }
}
