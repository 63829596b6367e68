using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// Wrong verdicts found by checking real explainers of the CSTO (a historical dictionary, a current-affairs digest, 2022)
/// and of AUKUS (The Economist explains, 2023).
/// </summary>
public class CstoAukusExplainerTests
{
    private static readonly DateOnly On = new(2022, 5, 16);

    private static IReadOnlyList<CheckedClaim> Check(string text, DateOnly? on = null) => ClaimChecker.Check(Knowledge.Atlas, text, on ?? On).Claims;

    [Fact]
    public void Check_APledgeTheDataDoesNotCode_IsNeverContradicted() =>
        // The pledge is the Collective Security Treaty's; the Charter (named by "the CSTO") codes none. Absence is no proof.
        Assert.DoesNotContain(Check("The CSTO stipulates that an attack on one member of the group will be interpreted as an attack on all the members."),
            c => c.Verdict == Verdict.Contradicted);

    [Fact]
    public void Check_TookEffect_IsEntryIntoForce_AndNotTheSigning()
    {
        var claims = Check("The Collective Security Treaty was signed in 1992. Azerbaijan, Belarus, and Georgia signed the next year and the treaty took effect in 1994.");

        Assert.DoesNotContain(claims, c => c.Verdict == Verdict.Contradicted);
        Assert.Contains(claims, c => c.Span.Contains("took effect in 1994", StringComparison.Ordinal) && c.Verdict == Verdict.Supported);
    }

    [Fact]
    public void Check_OnePartysRatification_IsNotTheTreatysEntryIntoForce() =>
        Assert.DoesNotContain(Check("Uzbekistan returned to the CSTO in 2006, and its membership was ratified by the Uzbek parliament on 28 March 2008."),
            c => c.Kind == "date");

    [Fact]
    public void Check_APartnershipSigned_IsItsStart()
    {
        var claim = Assert.Single(Check("The three leaders announced a plan for the implementation of AUKUS, a pact the three countries signed in September 2021.", new DateOnly(2023, 3, 14)));

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }
}
