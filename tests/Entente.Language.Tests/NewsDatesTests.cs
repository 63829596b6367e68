using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// Found by checking a news paragraph on Sweden's accession (March 2024) as a reader would: a date that belongs to another
/// clause, a document other than the treaty, and a month without a year in a text about its own present.
/// </summary>
public class NewsDatesTests
{
    private static readonly DateOnly On = new(2024, 3, 8);

    private static IReadOnlyList<CheckedClaim> Check(string text) => ClaimChecker.Check(Knowledge.Atlas, text, On).Claims;

    [Fact]
    public void Check_AnInvasionNamedAsTheTimeOfSomethingElse_TakesNoDateFromThatClause()
    {
        var claims = Check("Sweden and Finland applied to join NATO in May 2022, abandoning decades of military non-alignment after Russia's full-scale invasion of Ukraine.");

        Assert.DoesNotContain(claims, c => c.Verdict == Verdict.Contradicted);
        Assert.Contains(claims, c => c.Kind != "invasion" && c.Verdict == Verdict.Supported);
    }

    [Fact]
    public void Check_AnotherDocumentsSigning_IsNotTheBodysFounding()
    {
        var claims = Check("Sweden joined NATO on 7 March 2024. The accession protocol was signed by all 30 allies in July 2022.");

        Assert.DoesNotContain(claims, c => c.Verdict == Verdict.Contradicted);
    }

    [Fact]
    public void Check_AMonthWithoutAYear_InATextAboutItsPresent_IsTheLatestBeforeItsDate()
    {
        var claim = Knowledge.Claim("Finland became a member of NATO in April 2023. Turkey's parliament approved Sweden's bid in January.", On, k => k == "ratification");

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_AMonthWithoutAYear_InAHistory_IsOfTheYearNamedLast()
    {
        // Written in 2024 about 1968: "on 20 August" is 20 August 1968.
        var claim = Knowledge.Claim("The Prague Spring began in 1968. Warsaw Pact troops invaded Czechoslovakia on 20 August.", On, k => k == "invasion");

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_AnAttributiveNeutralityWord_HoldsAtItsClausesTime()
    {
        // Written the day after Finland joined NATO (4 April 2023), of May 2022, when it was still non-aligned.
        var claims = ClaimChecker.Check(Knowledge.Atlas, "Non-aligned Finland had asked to join NATO along with Sweden in May 2022.", new DateOnly(2023, 4, 5)).Claims;

        Assert.Contains(claims, c => c.Kind == "neutrality");
        Assert.DoesNotContain(claims, c => c.Verdict == Verdict.Contradicted);
    }

    [Fact]
    public void Check_AskedToJoin_IsAnApplication() =>
        Assert.Equal(Verdict.Supported, Knowledge.Claim("Finland had asked to join NATO in May 2022.", new DateOnly(2023, 4, 5), k => k == "applied").Verdict);
}
