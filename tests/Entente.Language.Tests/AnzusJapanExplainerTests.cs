using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// Claims missed or misjudged in real explainers of ANZUS (Los Angeles Times, 1985; an encyclopedia entry) and of the
/// U.S.–Japan treaty (a wiki mirror): a month abbreviated ("Sept. 1, 1951"), the parties named before the date, a
/// suspension of obligations, a second date in one sentence, and "first signed" of a treaty that replaced another.
/// </summary>
public class AnzusJapanExplainerTests
{
    private static readonly DateOnly On = new(2021, 8, 31);

    private static IReadOnlyList<CheckedClaim> Check(string text) => ClaimChecker.Check(Knowledge.Atlas, text, On).Claims;

    [Theory]
    [InlineData("The ANZUS treaty was signed Sept. 1, 1951, in San Francisco.", "ANZUS treaty was signed Sept. 1, 1951")]
    [InlineData("The ANZUS treaty was signed in Sept. 1951.", "ANZUS treaty was signed in Sept. 1951")]
    [InlineData("ANZUS Pact, security treaty between Australia, New Zealand, and the United States that was signed in San Francisco on Sept. 1, 1951.", "ANZUS Pact, security treaty between Australia, New Zealand, and the United States that was signed in San Francisco on Sept. 1, 1951")]
    public void Check_TheSigningDate_AsWritten(string text, string span)
    {
        var claim = Assert.Single(Check(text));

        Assert.Equal(span, claim.Span);
        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_AnAbbreviatedMonth_IsNoSentenceEnd() =>
        Assert.Equal(1, ClaimChecker.Check(Knowledge.Atlas, "The ANZUS treaty was signed Sept. 1, 1951, in San Francisco.", On).Sentences);

    [Theory]
    [InlineData("The United States formally suspended its treaty obligations to New Zealand under ANZUS in 1986.", Verdict.Supported)]
    [InlineData("The United States suspended its ANZUS obligations to New Zealand in 1984.", Verdict.Contradicted)]
    [InlineData("Cuba was suspended from the Rio Treaty in 1962.", Verdict.Supported)]
    public void Check_ASuspension_AgainstTheFirstRecorded(string text, Verdict expected) =>
        Assert.Equal(expected, Assert.Single(Check(text), c => c.Kind == "suspended").Verdict);

    [Fact]
    public void Check_AFreezeTheEventFrameJudged_IsOneClaim() =>
        Assert.Single(Check("Armenia froze its participation in the CSTO in February 2024."));

    [Fact]
    public void Check_TwoDatesOfOneTreaty_TwoClaims()
    {
        var claims = Check("The ANZUS Treaty was signed on 1 September 1951 and came into force on 29 April 1953.");

        Assert.Equal(2, claims.Count);
        Assert.Equal(Verdict.Supported, claims[0].Verdict);
        Assert.Equal(Verdict.Contradicted, claims[1].Verdict);
        Assert.Contains("29 April 1952", claims[1].Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FirstSigned_IsTheTreatyItReplaced()
    {
        // The 1960 treaty replaced the Security Treaty of 8 September 1951.
        var claim = Assert.Single(Check("The Treaty of Mutual Cooperation and Security between the United States and Japan was first signed in 1951."));

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal(Verdict.Contradicted, Assert.Single(Check("The Treaty of Mutual Cooperation and Security between the United States and Japan was signed in 1951.")).Verdict);
    }
}
