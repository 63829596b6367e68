using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// What a claim is about when its sentence leaves part of it to the text around: a relative clause naming another state,
/// an article numbered without its treaty, an organization founded by a treaty that came into force a year later.
/// </summary>
public class ClaimContextTests
{
    private static readonly DateOnly On = new(2026, 11, 27);

    private static IReadOnlyList<CheckedClaim> All(string text) => ClaimChecker.Check(Knowledge.Atlas, text, On).Claims;

    [Fact]
    public void Check_AStateInARelativeClause_IsNotTheOneThatJoined()
    {
        // Read as "Russia joined NATO in April 2023" and called contradicted.
        var claims = All("NATO grew. Finland, which shares a 1,340 km border with Russia, joined in April 2023.");

        Assert.DoesNotContain(claims, c => c.Span.StartsWith("Russia", StringComparison.Ordinal) || c.Verdict == Verdict.Contradicted);
    }

    [Fact]
    public void Check_AnArticleNumberOfTheTreatyBefore_OfAnotherKind_IsNotContradicted()
    {
        // ANZUS's Article V defines the area; the text means NATO's Article 5, which the sentence does not name.
        var claims = All("The ANZUS treaty was signed in San Francisco in 1951. Under Article 5, an attack on one member is an attack on all.");

        Assert.DoesNotContain(claims, c => c.Verdict == Verdict.Contradicted);
    }

    [Fact]
    public void Check_AnArticleOfTheTreatyNamed_StillChecked()
    {
        var claim = Knowledge.Claim("Under Article 5 of the North Atlantic Treaty, an attack on one member is an attack on all.", On, k => k == "article");

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_FoundedInTheYearItsCharterWasSigned_PartlySo()
    {
        var claim = Knowledge.Claim("The CSTO was founded in 2002.", On, k => k == "date");

        Assert.Equal(Verdict.PartlySupported, claim.Verdict);
        Assert.Contains("was signed on 7 October 2002; the CSTO came into being on 18 September 2003", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FoundedInAYearOfNeither_StillContradicted() =>
        Assert.Equal(Verdict.Contradicted, Knowledge.Claim("The CSTO was founded in 1999.", On, k => k == "date").Verdict);
}
