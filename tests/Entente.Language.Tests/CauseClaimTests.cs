using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>Causes given for a body's founding, checked against the sourced reasons for it; question words that ask for a thing.</summary>
public class CauseClaimTests
{
    private static CheckedClaim? Claim(string text, string on = "2020-01-01") =>
        Answers.Check(Knowledge.Atlas, text, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).Claims.SingleOrDefault();

    [Theory]
    [InlineData("An important event that led to the formation of the Warsaw Pact was West Germany's admission to NATO.")]
    [InlineData("The Warsaw Pact was formed in response to West Germany joining NATO.")]
    [InlineData("The main reason for the creation of the Warsaw Pact was NATO.")]
    public void Check_CauseTheRecordedReasonsName_IsSupportedWithThem(string text)
    {
        var claim = Claim(text)!;

        Assert.Equal("founding-cause", claim.Kind);
        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Contains(claim.Facts, f => f.Statement.StartsWith("Reason for the founding of the Warsaw Treaty Organization", StringComparison.Ordinal) && f.Statement.Contains("West Germany", StringComparison.Ordinal));
        Assert.NotEmpty(claim.Sources);
    }

    [Theory]
    [InlineData("The Warsaw Pact was formed in response to the Marshall Plan.")]
    [InlineData("The Warsaw Pact was created in response to the Cuban revolution of Fidel Castro.")]
    public void Check_CauseTheReasonsDoNotName_IsNotCheckable_NeverContradicted(string text)
    {
        var claim = Claim(text)!;

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Contains("do not name this cause", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NegatedOrHypotheticalCause_AssertsNoCause()
    {
        Assert.Null(Claim("If West Germany had not joined NATO, nothing would have led to the formation of the Warsaw Pact."));
    }

    [Fact]
    public void Execute_WhyFounded_GivesTheFoundingReasonsOnly()
    {
        var why = (WhyResult)QueryExecutor.Execute(Knowledge.Atlas, new WhyQuery(new EntityRef(EntityKind.Actor, "WARSAW-PACT", "Warsaw Treaty Organization"), DateKind.Founded), new DateOnly(2020, 1, 1))!;

        Assert.True(why.Fitting);
        Assert.NotEmpty(why.Reasons);
        Assert.All(why.Reasons, r => Assert.Equal(Change.Founding, r.Change));
        Assert.Contains(why.Statements, st => st.Text.Contains("West Germany", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("What will it cost for Finland to be a member of NATO?")]
    [InlineData("What did the NATO summit change for Ukraine?")]
    public void Ask_WhatQuestionAboutAMembership_IsNotAnsweredYesOrNo(string question)
    {
        var answer = Knowledge.Ask(question);

        Assert.False(answer.Answered);
        Assert.DoesNotContain("Yes", answer.Text, StringComparison.Ordinal);
    }
}
