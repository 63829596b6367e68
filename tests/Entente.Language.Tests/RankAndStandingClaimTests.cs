using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// "Finland became NATO's 31st member": a rank in the order of joining, never read as a count of members; and "the ANZUS
/// Treaty is still in force": a treaty's standing on the day of truth.
/// </summary>
public class RankAndStandingClaimTests
{
    private static readonly DateOnly On = new(2026, 12, 1);

    private static CheckedClaim Ranked(string text) => Knowledge.Claim(text, On, k => k == "member-rank");

    private static CheckedClaim Standing(string text) => Knowledge.Claim(text, On, k => k == "in-force");

    [Theory]
    [InlineData("Finland became NATO's 31st member in April 2023.")]
    [InlineData("NATO grew again. Sweden became the 32nd member of the alliance in March 2024.")]
    [InlineData("Spain was the 16th country to join NATO.")]
    [InlineData("In 1955, West Germany became the fifteenth member of NATO.")]
    [InlineData("Montenegro became NATO's twenty-ninth member.")]
    public void Check_TheRightRank_Supported(string text) => Assert.Equal(Verdict.Supported, Ranked(text).Verdict);

    [Fact]
    public void Check_ARankSharedByMembersWhoJoinedOnOneDay_Supported() =>
        Assert.Equal(Verdict.Supported, Ranked("Greece became the 14th member of NATO.").Verdict);

    [Fact]
    public void Check_AWrongRank_ContradictedWithTheMemberOfThatRank()
    {
        var claim = Ranked("Finland became NATO's 30th member in April 2023.");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("Finland was not the 30th member of NATO (it joined on 4 April 2023): the 30th was North Macedonia (27 March 2020)", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ARankBeyondTheMembers_Contradicted()
    {
        var claim = Ranked("Croatia became the 40th member of NATO.");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("only 32 states had joined NATO", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AnOrdinal_IsNoCountOfMembers()
    {
        var report = ClaimChecker.Check(Knowledge.Atlas, "Finland became NATO's 31st member in April 2023.", On);

        Assert.DoesNotContain(report.Claims, c => c.Kind == "member-count");
    }

    [Fact]
    public void Check_ATreatyStillInForce_Supported() =>
        Assert.Equal(Verdict.Supported, Standing("The ANZUS Treaty is still in force.").Verdict);

    [Fact]
    public void Check_ATreatyNoLongerInForceThatIs_Contradicted()
    {
        var claim = Standing("The Rio Treaty is no longer in force.");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("is in force on 1 December 2026", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ADissolvedOrganizationStillInForce_Contradicted()
    {
        var claim = Standing("The Warsaw Pact is still in force.");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("was dissolved on 1 July 1991", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ADissolvedOrganizationWhoseTreatyLivesOn_PartlySupported()
    {
        var claim = Standing("SEATO is still in force.");

        Assert.Equal(Verdict.PartlySupported, claim.Verdict);
        Assert.Contains("Southeast Asia Collective Defense Treaty, is still in force", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AnAtopAllianceNoSourceConfirmsSince_NotCheckable() =>
        Assert.Equal(Verdict.NotCheckable, Standing("The ATOP 4030 treaty is still in force.").Verdict);
}
