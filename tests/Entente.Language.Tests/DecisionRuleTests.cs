using Entente.Core.Queries;
using Entente.Language.Claims;
using Entente.Language.Reading;

namespace Entente.Language.Tests;

/// <summary>How a body decides, asked ("How does NATO make decisions?") and claimed ("while reaching unanimous decisions").</summary>
public class DecisionRuleTests
{
    private static CheckedClaim Rule(string text) => Knowledge.Claim(text, new DateOnly(2022, 11, 16), k => k == "decision-rule");

    [Theory]
    [InlineData("Article 4 of the NATO Treaty lets any member ask the others to start formal consultations, while reaching unanimous decisions.")]
    [InlineData("NATO takes its decisions by consensus.")]
    public void Check_UnanimityOrConsensusOfNato_Supported(string text)
    {
        var claim = Rule(text);

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.NotEmpty(claim.Sources);
    }

    [Fact]
    public void Check_MajorityVoteOfNato_ContradictedWithTheRule()
    {
        var claim = Rule("NATO takes its decisions by majority vote.");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("consensus", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BodyWithNoRuleOnRecord_NotCheckable()
    {
        Assert.Equal(Verdict.NotCheckable, Rule("CENTO took its decisions by consensus.").Verdict);
    }

    [Theory]
    [InlineData("The EU takes its foreign policy decisions by unanimity.", Verdict.Supported)]
    [InlineData("The EU takes its foreign policy decisions by majority vote.", Verdict.Contradicted)]
    [InlineData("The EU adopts its legislation by qualified majority.", Verdict.Supported)]
    [InlineData("The EU decides by majority vote.", Verdict.PartlySupported)]
    public void Check_BodyWithARulePerKindOfDecision_JudgedByTheRuleItsWordsName(string text, Verdict verdict)
    {
        Assert.Equal(verdict, Rule(text).Verdict);
    }

    [Theory]
    [InlineData("How does NATO make decisions?")]
    [InlineData("Are NATO decisions unanimous?")]
    public void Ask_HowNatoDecides_IsTheDecisionRuleQuery(string question)
    {
        var q = Assert.IsType<DecisionRuleQuery>(Parser.Read(Knowledge.Atlas, question).Query);
        Assert.Equal("NATO", q.Organization.Value);

        var answer = Answers.Ask(Knowledge.Atlas, question, Knowledge.Today);
        Assert.Contains("by consensus", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Sources);
    }

    [Fact]
    public void Ask_BodyWithNoRuleOnRecord_SaysSoAndIsNotAnswered()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "How did CENTO make decisions?", Knowledge.Today);

        Assert.False(answer.Answered);
        Assert.Contains("does not record how", answer.Text, StringComparison.Ordinal);
    }
}
