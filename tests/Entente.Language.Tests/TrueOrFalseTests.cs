namespace Entente.Language.Tests;

/// <summary>"True or false: …", "Is it true that …?": the statement checked as a claim, answered with its verdict.</summary>
public class TrueOrFalseTests
{
    [Theory]
    [InlineData("True or false: the Warsaw Pact was signed in 1955.", "True.")]
    [InlineData("Is it true that Sweden joined NATO in 2022?", "False. Sweden joined NATO on 7 March 2024")]
    [InlineData("Is it correct that Japan is a member of NATO?", "False.")]
    [InlineData("T/F: Finland joined NATO in 2023", "True.")]
    public void Ask_StatementAskedTrueOrFalse_IsCheckedAsAClaim(string question, string start)
    {
        var answer = Answers.Ask(Knowledge.Atlas, question, Knowledge.Today);

        Assert.True(answer.Answered);
        Assert.StartsWith(start, answer.Text, StringComparison.Ordinal);
        Assert.Contains("checked as a claim", answer.Reading, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Facts.SelectMany(f => f.Sources));
    }

    [Fact]
    public void Ask_StatementPartlyUncheckable_SaysWhatWasNotChecked()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Is it true that Sweden joined NATO in 2024 to counter the Russian threat?", Knowledge.Today);

        Assert.StartsWith("True.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Not checked: 'to counter the Russian threat'", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_StatementTheCheckerDoesNotSettle_IsReadAsAQuestionInstead()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Is it true that NATO has a president?", Knowledge.Today);

        Assert.DoesNotContain("checked as a claim", answer.Reading ?? "", StringComparison.Ordinal);
    }
}
