using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// "AUKUS is not a military alliance", "The ANZUS Treaty has no mutual defence clause": whether a body binds its parties
/// to defend each other, as said or denied, judged by the same alliance query as "Is AUKUS an alliance?" (a partnership
/// or an organization) or by the treaty's defence provisions. A denial must never be supported by the clause it denies.
/// </summary>
public class AllianceClaimTests
{
    private static readonly DateOnly On = new(2024, 1, 1);

    private static CheckedClaim Claim(string text) => Knowledge.Claim(text, On, k => k is "is-alliance" or "mutual-defence" or "collective-defence");

    private static IReadOnlyList<CheckedClaim> All(string text) => ClaimChecker.Check(Knowledge.Atlas, text, On).Claims;

    [Theory]
    [InlineData("The ANZUS Treaty has no mutual defence clause.", "Article IV")]
    [InlineData("The North Atlantic Treaty does not contain a mutual defence clause.", "Article 5")]
    [InlineData("The ANZUS Treaty lacks a collective defence clause.", "Article IV")]
    public void Check_ADeniedClauseTheTreatyHas_ContradictedNamingTheArticle(string text, string article)
    {
        var claim = Claim(text);

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains($"has a defence clause: {article}", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TheClauseSaid_StillSupported() =>
        Assert.Equal(Verdict.Supported, Claim("The North Atlantic Treaty contains a mutual defence clause.").Verdict);

    [Theory]
    [InlineData("AUKUS is not a military alliance.", Verdict.Supported)]
    [InlineData("The Quad has no collective defence arrangement.", Verdict.Supported)]
    [InlineData("The Quad is not an alliance.", Verdict.Supported)]
    [InlineData("AUKUS is a defence pact.", Verdict.Contradicted)]
    [InlineData("NATO is a military alliance.", Verdict.Supported)]
    [InlineData("NATO is not a military alliance.", Verdict.Contradicted)]
    [InlineData("The CSTO is a military alliance of post-Soviet states.", Verdict.Supported)]
    [InlineData("SEATO was a collective defence organization.", Verdict.Supported)]
    public void Check_WhatKindOfBody_ByTheAllianceQuery(string text, Verdict verdict) => Assert.Equal(verdict, Claim(text).Verdict);

    [Fact]
    public void Check_AnOrganizationWhoseTreatyIsNotItsCharter_JudgedAsTheBody()
    {
        // The CSTO's Charter has no defence article; the 1992 treaty it rests on has. Judged by the provisions of the Charter
        // alone, "a military alliance" was contradicted.
        var claim = Claim("Armenia said it would leave the CSTO, a military alliance led by Russia.");

        Assert.Equal("is-alliance", claim.Kind);
        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_APartnershipDeniedToBeAnAlliance_CorrectionSaysSo()
    {
        var claim = Claim("AUKUS is a military alliance.");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("is not an alliance: no treaty binds its members to defend each other", claim.Correction, StringComparison.Ordinal);
    }

    [Theory]
    // The subject is a state: the sentence says nothing about the body the text named before.
    [InlineData("NATO was founded in 1949. Japan is not part of any military alliance.")]
    [InlineData("NATO was founded in 1949. Ireland has no mutual defence obligations.")]
    public void Check_AStateWithoutAnAlliance_NotReadAsTheBodyBefore(string text) =>
        Assert.DoesNotContain(All(text), c => c.Span.StartsWith("Japan", StringComparison.Ordinal) || c.Span.StartsWith("Ireland", StringComparison.Ordinal));

    [Fact]
    public void Check_TheCountOfABodyBetweenOneStateAndOthers_CountsTheStateToo()
    {
        // "between the Soviet Union and seven states": eight members, not seven.
        var claim = Knowledge.Claim("The Warsaw Pact was a military alliance between the Soviet Union and seven states.", On, k => k == "member-count");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.StartsWith("Soviet Union and seven states", claim.Span, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_IsTheCstoAMilitaryAlliance_AnsweredFromItsDescription()
    {
        // Crashed: the description says it is one, and no treaty of the organization in the data codes the article.
        var answer = Knowledge.Ask("Is the CSTO a military alliance?");

        Assert.True(answer.Answered);
        Assert.StartsWith("Yes. The CSTO binds its parties to defend each other.", answer.Text, StringComparison.Ordinal);
    }
}
