namespace Entente.Language.Tests;

/// <summary>Bad input gets a plain "cannot answer", a reason and suggestions — never a guess, never an exception.</summary>
public class BadQuestionTests
{
    [Theory]
    [InlineData("", "The question is empty.")]
    [InlineData("   ", "The question is empty.")]
    [InlineData("?!?!", "The question has no words in it.")]
    [InlineData("Quelle est la capitale du Japon ?", "Entente could not read this question: no question it can answer fits these words. Words not understood: 'Quelle', 'est', 'capitale'.")]
    [InlineData("日本はなぜNATOに加盟していないのですか", "Entente reads questions in English only.")]
    [InlineData("Почему Япония не в НАТО?", "Entente reads questions in English only.")]
    [InlineData("<script>alert('nato')</script>", "The question looks like markup or code, not a question in words.")]
    [InlineData("SELECT * FROM members; DROP TABLE treaties; -- x=1", "The question looks like markup or code, not a question in words.")]
    [InlineData("What is the weather in Tokyo?", "Entente could not read this question: no question it can answer fits these words. Words not understood: 'weather', 'Tokyo'.")]
    [InlineData("What did NATO do after the Cold War?", "Entente could not read this question: no question it can answer fits these words.")]
    [InlineData("When did Korea join?", "'Korea' could mean Korea (1887–1905) (XKO) or North Korea (PRK) or South Korea (KOR): which one? Ask again with the full name.")]
    [InlineData("Tell me about Congo", "'Congo' could mean Democratic Republic of the Congo (COD) or Republic of the Congo (COG): which one? Ask again with the full name.")]
    [InlineData("Was Finland in NATO on 31 February 2024?", "The date is not understood: February 2024 has no day 31.")]
    // A question word asking for a thing is not answered by yes or no about the names in it.
    [InlineData("What will it cost for Finland to be a member of NATO?", "Entente could not read this question: no question it can answer fits these words. Words not understood: 'cost'.")]
    [InlineData("Where will Sweden's membership of NATO lead?", "Entente could not read this question: no question it can answer fits these words. Words not understood: 'lead'.")]
    public void Ask_BadOrUnanswerable_SaysWhyAndSuggests(string question, string why)
    {
        var answer = Knowledge.Ask(question);

        Assert.False(answer.Answered);
        Assert.Equal("unknown", answer.Intent);
        Assert.Equal(why, answer.Text);
        Assert.NotEmpty(answer.Suggestions);
        Assert.Empty(answer.Facts);
    }

    [Fact]
    public void Ask_TenKilobytesOfNoise_RefusedWithTheLimit()
    {
        var noise = string.Concat(Enumerable.Range(0, 10_240).Select(i => (char)('a' + (i * 7919 % 26))));

        var answer = Knowledge.Ask(noise);

        Assert.False(answer.Answered);
        Assert.Equal("The question is 10240 characters long; Entente reads questions of up to 500 characters. Ask one short question at a time.", answer.Text);
    }

    [Fact]
    public void Ask_BinaryInput_Refused()
    {
        var answer = Knowledge.Ask("Is Japan\0 in NATO\u0001?");

        Assert.False(answer.Answered);
        Assert.Equal("The question contains control characters; type it as plain text.", answer.Text);
    }

    [Fact]
    public void Ask_SameQuestionTwice_SameAnswer()
    {
        Assert.Equal(Knowledge.Ask("Who must defend Estonia?").Text, Knowledge.Ask("Who must defend Estonia?").Text);
    }

    [Fact]
    public void Ask_AfterTheReviewDate_CarriesACaveat()
    {
        var answer = Knowledge.Ask("Is Finland in NATO?", "2030-01-01");

        Assert.Equal("The data was reviewed up to 2026-11-27; events after that date may be missing.", answer.Caveat);
    }
}
