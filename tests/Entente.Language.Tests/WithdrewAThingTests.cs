namespace Entente.Language.Tests;

/// <summary>
/// "France withdrew financial support for SEATO in 1975" was contradicted as France leaving SEATO (it never did): what a
/// state withdraws — support, an ambassador, an application — is not its membership. Its membership, participation or
/// forces (from a military command) still count.
/// </summary>
public class WithdrewAThingTests
{
    private static readonly DateOnly On = new(2020, 1, 1);

    private static Claims.ClaimReport Check(string text) => Claims.ClaimChecker.Check(Knowledge.Atlas, text, On);

    [Theory]
    [InlineData("France withdrew financial support for SEATO in 1975.")]
    [InlineData("Georgia withdrew its ambassador from Russia in 2008.")]
    public void Check_AThingWithdrawn_IsNoLeaving(string text) =>
        Assert.DoesNotContain(Check(text).Claims, c => c.Kind is "left" or "left-command");

    [Theory]
    [InlineData("Pakistan withdrew from SEATO in 1973.", "left")]
    [InlineData("Albania withdrew in 1968 from the Warsaw Pact.", "left")]
    [InlineData("France withdrew its forces from NATO's integrated military command in 1966.", "left-command")]
    public void Check_AStateWithdrawing_StillLeaves(string text, string kind)
    {
        var claim = Assert.Single(Check(text).Claims, c => c.Kind == kind);

        Assert.Equal(Claims.Verdict.Supported, claim.Verdict);
    }
}
