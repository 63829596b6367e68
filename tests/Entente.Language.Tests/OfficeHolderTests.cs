namespace Entente.Language.Tests;

/// <summary>
/// Found by asking quiz questions: "Who was the first Secretary General of NATO?" gave today's holder ("first secretary"
/// is a title phrase of the lexicon, and the ordinal was lost), and "Which countries border Russia and are in NATO?" was
/// read as "is Russia a member of NATO" (a which-question asks for things, not yes or no).
/// </summary>
public class OfficeHolderTests
{
    [Fact]
    public void Ask_TheFirstHolder_TheFirstInTheRecord()
    {
        var answer = Knowledge.Ask("Who was the first Secretary General of NATO?");

        Assert.StartsWith("The first Secretary General of NATO was Lord Ismay", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Not used", answer.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_TheFirstHolder_WhereTheRecordStartsLate_SaysEarliestRecorded() =>
        Assert.StartsWith("The earliest recorded Prime Minister of New Zealand", Knowledge.Ask("Who was the first prime minister of New Zealand?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_AWhichQuestion_IsNotAnsweredYesOrNo()
    {
        var answer = Knowledge.Ask("Which countries border Russia and are in NATO?");

        Assert.False(answer.Answered);
        Assert.DoesNotContain("Russia is not a member", answer.Text, StringComparison.Ordinal);
    }
}

/// <summary>"What is the difference between NATO and the Warsaw Pact?" described NATO only: each body is described, one after the other.</summary>
public class CompareBodiesTests
{
    [Theory]
    [InlineData("What is the difference between NATO and the Warsaw Pact?", "what Warsaw Treaty Organization is")]
    [InlineData("How does the CSTO compare with NATO?", "what North Atlantic Treaty Organization is")]
    public void Ask_TwoBodiesCompared_BothDescribed(string question, string second)
    {
        var answer = Knowledge.Ask(question);

        Assert.Contains("Then read as: " + second, answer.Reading, StringComparison.Ordinal);
        Assert.DoesNotContain("Not used", answer.Reading, StringComparison.Ordinal);
    }
}
