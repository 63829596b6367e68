using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>Claims of a neutrality's standing in law ("legally bound to neutrality", "neutrality in its constitution"), against each state's recorded basis.</summary>
public class NeutralityBasisClaimTests
{
    private static CheckedClaim Basis(string text) => Knowledge.Claim(text, new DateOnly(2025, 3, 15), k => k.StartsWith("neutrality-", StringComparison.Ordinal));

    [Fact]
    public void Check_TheThreeLegallyBound_PartlySoBecauseIrelandsIsAPolicy()
    {
        var claim = Basis("Austria, Ireland and Malta are the odd ones out: Aside from Cyprus, they are the only countries inside the EU but outside of NATO. This is because the three are legally bound to neutrality, which forbids them from joining military alliances.");

        Assert.Equal(Verdict.PartlySupported, claim.Verdict);
        Assert.Contains("True of Austria and Malta", claim.Correction, StringComparison.Ordinal);
        Assert.Contains("Ireland", claim.Correction, StringComparison.Ordinal);
        Assert.NotEmpty(claim.Sources);
    }

    [Fact]
    public void Check_AustriaBoundByLaw_Supported()
    {
        Assert.Equal(Verdict.Supported, Basis("Austria is legally bound to neutrality.").Verdict);
    }

    [Fact]
    public void Check_IrelandNeutralityInItsConstitution_Contradicted()
    {
        var claim = Basis("The Republic of Ireland became independent in the interwar years, adding neutrality to its constitution.");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Equal("adding neutrality to its constitution", claim.Span);
    }

    [Fact]
    public void Check_MaltaNeutralityInItsConstitution_Supported()
    {
        Assert.Equal(Verdict.Supported, Basis("Malta enshrined neutrality in its constitution in 1987.").Verdict);
    }
}

/// <summary>Questions of a neutrality's standing in law, read to the same query the claims use.</summary>
public class NeutralityBasisQuestionTests
{
    [Theory]
    [InlineData("Is Austria legally bound to neutrality?", "AUT")]
    [InlineData("Is Irish neutrality in the constitution?", "IRL")]
    [InlineData("Is Malta's neutrality enshrined in its constitution?", "MLT")]
    public void Read_NeutralityInLaw_IsThePolicyBasisQuery(string question, string state)
    {
        var q = Assert.IsType<Core.Queries.PolicyBasisQuery>(Reading.Parser.Read(Knowledge.Atlas, question).Query);

        Assert.Equal(state, q.State.Value);
    }

    [Fact]
    public void Ask_IrishNeutralityInTheConstitution_SaysItIsPolicyWithNoLegalBasis()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Is Irish neutrality in the constitution?", Knowledge.Today);

        Assert.Contains("no constitutional or statutory basis", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Sources);
    }

    [Theory]
    [InlineData("Is Austria legally bound to neutrality?", "Yes.")]
    [InlineData("Is Ireland legally bound to neutrality?", "No.")]
    [InlineData("Is Malta's neutrality enshrined in its constitution?", "Yes.")]
    public void Ask_YesNoOfLegalStanding_LeadsWithTheAnswer(string question, string lead)
    {
        Assert.StartsWith(lead, Answers.Ask(Knowledge.Atlas, question, Knowledge.Today).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_OpenQuestionOfLegalStanding_HasNoYesOrNo()
    {
        var text = Answers.Ask(Knowledge.Atlas, "What does Austria's neutrality rest on in law?", Knowledge.Today).Text;

        Assert.False(text.StartsWith("Yes", StringComparison.Ordinal) || text.StartsWith("No", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PlainNeutralityQuestion_StaysTheNeutralityQuery()
    {
        Assert.IsType<Core.Queries.NeutralityQuery>(Reading.Parser.Read(Knowledge.Atlas, "Is Switzerland neutral?").Query);
    }
}
