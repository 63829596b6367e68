using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// "When did Ukraine become independent?" and "Ukraine declared independence in 1991": one query (DateKind.Independent)
/// over the independence record (data/states/independence.yaml, helper indep). A claim on another step the record gives
/// is partly so; one earlier than the record (Estonia's first independence of 1918) is not checkable, never contradicted.
/// </summary>
public class IndependenceTests
{
    private static readonly DateOnly On = new(2025, 3, 15);

    private static CheckedClaim Claim(string text) => Knowledge.Claim(text, On, k => k == "independent");

    [Theory]
    [InlineData("When did Ukraine become independent?", "Ukraine became independent of the Soviet Union on 24 August 1991")]
    [InlineData("What year did Finland gain its independence?", "Finland became independent")]
    public void Ask_WhenIndependent_FromTheRecord(string question, string expected)
    {
        var answer = Knowledge.Ask(question);

        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains("became independent", answer.Reading, StringComparison.Ordinal);
        Assert.DoesNotContain("Not used", answer.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_NoRecord_NotKnown()
    {
        var answer = Knowledge.Ask("When did Egypt become independent?");

        Assert.False(answer.Answered);
        Assert.Contains("does not record when Egypt became independent", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ukraine declared independence in 1991.", Verdict.Supported)]
    [InlineData("Finland declared independence in 1917.", Verdict.Supported)]
    [InlineData("The Republic of Ireland became independent in the interwar years.", Verdict.Supported)]
    [InlineData("Ukraine, independent since 1992, wants to join NATO.", Verdict.Contradicted)]
    [InlineData("Ireland became independent in 1949.", Verdict.PartlySupported)]
    [InlineData("Estonia became independent in 1918.", Verdict.NotCheckable)]
    public void Check_Independence_JudgedByTheSameQuery(string text, Verdict expected) =>
        Assert.Equal(expected, Claim(text).Verdict);
}
