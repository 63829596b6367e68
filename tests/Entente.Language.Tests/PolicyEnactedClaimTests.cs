using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>The day a law is said to have been passed ("the anti-nuclear law was passed … on June 1, 1987"), against the policy's start and history.</summary>
public class PolicyEnactedClaimTests
{
    private static CheckedClaim Enacted(string text) => Knowledge.Claim(text, new DateOnly(2012, 6, 20), k => k == "non-nuclear");

    [Fact]
    public void Check_WrongDayOfTheYear_ContradictedWithTheDayOfAssent()
    {
        var claim = Enacted("New Zealand left ANZUS in the 1980s. He was at university when the anti-nuclear law was passed a couple of years later, on June 1, 1987.");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("8 June 1987, not 1 June 1987", claim.Correction, StringComparison.Ordinal);
        Assert.StartsWith("the anti-nuclear law", claim.Span, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TheDayOfAssent_Supported()
    {
        var claim = Enacted("New Zealand's anti-nuclear law was passed on 8 June 1987.");

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_ADayOfAnotherYear_IsNotJudgedAgainstThisLaw()
    {
        var claim = Enacted("New Zealand's anti-nuclear law was passed on 4 May 1990.");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
    }
}

/// <summary>"its" before a policy phrase points to the subject of the clause before it, not the last state named.</summary>
public class PossessivePolicyClaimTests
{
    [Fact]
    public void Check_ItsBanAfterAListOfStates_IsTheSubjectsPolicy()
    {
        var report = ClaimChecker.Check(Knowledge.Atlas, "It is the first agreement since New Zealand was expelled from the Anzus Alliance with Australia and the United States in the mid-1980s for its ban on nuclear-armed and powered ships.", new DateOnly(2012, 6, 20));

        var claim = Assert.Single(report.Claims, c => c.Kind == "non-nuclear");
        Assert.Equal("for its ban on nuclear-armed and powered ships", claim.Span);
        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Contains(claim.Facts, f => f.Statement.Contains("New Zealand", StringComparison.Ordinal));
    }
}
