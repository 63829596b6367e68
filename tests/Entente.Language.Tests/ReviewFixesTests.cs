using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// Found on reading the session's change again, each a reading that was too wide: "an independent review in 2019" read as
/// Ukraine's independence, "the Baltic Sea" as the Baltic states, and "requested consultations" as an application.
/// </summary>
public class ReviewFixesTests
{
    private static readonly DateOnly On = new(2024, 1, 1);

    [Fact]
    public void Check_IndependentAsAnAdjective_IsNoIndependenceClaim() =>
        Assert.DoesNotContain(ClaimChecker.Check(Knowledge.Atlas, "Ukraine commissioned an independent review of its army in 2019.", On).Claims, c => c.Kind == "independent");

    [Fact]
    public void Check_IndependentSince_StillAClaim() =>
        Assert.Equal(Verdict.Supported, Knowledge.Claim("Ukraine, independent since 1991, wants to join NATO.", On, k => k == "independent").Verdict);

    [Fact]
    public void Ask_TheBalticSea_IsNotTheBalticStates() =>
        Assert.DoesNotContain("among the Baltic states", Knowledge.Ask("Which countries on the Baltic Sea are in NATO?").Reading ?? "", StringComparison.Ordinal);

    [Fact]
    public void Check_ARequestForSomethingElse_IsNoApplication() =>
        Assert.Equal(Verdict.Supported, Knowledge.Claim("Poland requested consultations under Article 4 and joined NATO in 1999.", On, k => k == "joined").Verdict);
}
