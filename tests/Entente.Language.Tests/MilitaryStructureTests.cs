using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// "France left NATO's integrated military command in 1966": a member's withdrawal from the body's military structure, not
/// from the body. The claim was partly supported ("France never left NATO") and the question read as NATO's former members.
/// </summary>
public class MilitaryStructureTests
{
    private static readonly DateOnly On = new(2026, 11, 27);

    private static CheckedClaim Claim(string text) => Knowledge.Claim(text, On, k => k is "left-command" or "rejoined-command" or "left" or "joined");

    [Theory]
    [InlineData("France withdrew from NATO's integrated military command in 1966.", "left-command", Verdict.Supported)]
    [InlineData("France rejoined NATO's integrated military command in 2009.", "rejoined-command", Verdict.Supported)]
    [InlineData("Greece withdrew from NATO's military structure in 1974.", "left-command", Verdict.Supported)]
    [InlineData("Greece returned to the military structure of NATO in 1980.", "rejoined-command", Verdict.Supported)]
    [InlineData("France left the integrated command of NATO in 1967.", "left-command", Verdict.Contradicted)]
    public void Check_TheMilitaryStructure_AgainstTheWithdrawal(string text, string kind, Verdict verdict)
    {
        var claim = Claim(text);

        Assert.Equal(kind, claim.Kind);
        Assert.Equal(verdict, claim.Verdict);
    }

    [Fact]
    public void Check_LeavingTheBodyItself_StillPartly() =>
        Assert.Equal(Verdict.PartlySupported, Claim("France left NATO in 1966.").Verdict);

    [Theory]
    [InlineData("When did France rejoin NATO's integrated military command?", "France withdrew from the military structure of NATO on 1 July 1966, remaining a member, and returned in April 2009.")]
    [InlineData("When did Greece leave NATO's military structure?", "Greece withdrew from the military structure of NATO in August 1974, remaining a member, and returned on 20 October 1980.")]
    public void Ask_WhenAMemberLeftOrRejoinedTheMilitaryStructure(string question, string expected)
    {
        var answer = Knowledge.Ask(question);

        Assert.Equal(expected, answer.Text.Split('\n')[0]);
        Assert.DoesNotContain("Not used", answer.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhichCountryLeftTheMilitaryCommand_TheWithdrawalOfThatYear()
    {
        var answer = Knowledge.Ask("Which country left NATO's military command in 1966?");

        Assert.Contains("France withdrew its forces from NATO's integrated military command structure", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Greece", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AMemberThatNeverLeftTheStructure_SaysNoneIsRecorded()
    {
        var answer = Knowledge.Ask("When did Spain leave NATO's integrated command?");

        Assert.False(answer.Answered);
        Assert.StartsWith("Entente's data records no withdrawal by Spain from the military structure of NATO", answer.Text, StringComparison.Ordinal);
    }
}
