using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// Found by checking an encyclopedia-style history of the Warsaw Pact: a count of the year the clause names, another
/// state's announcement the record does not hold, and a state named after "dissolved".
/// </summary>
public class WarsawHistoryTests
{
    private static readonly DateOnly On = new(2024, 1, 1);

    private static IReadOnlyList<CheckedClaim> Check(string text) => ClaimChecker.Check(Knowledge.Atlas, text, On).Claims;

    [Fact]
    public void Check_ACountOfTheYearNamed_IsTheCountThatYear() =>
        Assert.Equal(Verdict.Supported, Knowledge.Claim("In 1991, the leaders of the six nations remaining in the Warsaw Pact formally agreed to dissolve the pact.", On, k => k == "member-count").Verdict);

    [Fact]
    public void Check_ACountOfTheYearNamed_StillContradictedWhenNoDayOfItHadThatMany() =>
        Assert.Equal(Verdict.Contradicted, Knowledge.Claim("In 1991, the leaders of the nine nations remaining in the Warsaw Pact formally agreed to dissolve the pact.", On, k => k == "member-count").Verdict);

    [Fact]
    public void Check_AnotherStatesAnnouncementNotOnRecord_IsNotCheckable()
    {
        var claims = Check("In 1990, Hungary declared that it would no longer take part in the pact's exercises. Poland and Czechoslovakia announced plans to withdraw from the Warsaw Pact as well.");

        Assert.DoesNotContain(claims, c => c.Verdict == Verdict.Contradicted && c.Span.Contains("Czechoslovakia", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_AStateNamedAfterDissolved_DidNotLeave()
    {
        var claims = Check("Before it was formally dissolved in 1991, the Warsaw Pact served as the Soviet Union's primary mechanism for control over Eastern Europe.");

        Assert.DoesNotContain(claims, c => c.Correction?.Contains("Soviet Union left", StringComparison.Ordinal) == true);
        Assert.Contains(claims, c => c.Verdict == Verdict.Supported);
    }

    [Fact]
    public void Check_ItAfterABodyNamedInTheSameSentence_IsThatBody()
    {
        // After a clause on the CSTO, "it" in the second clause is the Collective Security Treaty named in the first.
        var claims = Check("The CSTO was established in 2002. The Collective Security Treaty itself dates back to 1992, and it entered into force in 1994.");

        Assert.Contains(claims, c => c.Span == "it entered into force in 1994" && c.Verdict == Verdict.Supported);
    }
}
