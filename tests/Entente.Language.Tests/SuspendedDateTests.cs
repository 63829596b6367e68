namespace Entente.Language.Tests;

/// <summary>
/// Found by asking as a newcomer would. "When did Armenia freeze its CSTO membership?" was refused ('freeze' not
/// understood) although the data records the freeze; "How many troops does NATO have?" was answered with the count of
/// members; "When did Russia annex Crimea?" was read as whether Crimea is covered by a defence article.
/// </summary>
public class SuspendedDateTests
{
    [Theory]
    [InlineData("When did Armenia freeze its CSTO membership?", "Armenia's part in the CSTO has been suspended since 22 February 2024; it remains a party.")]
    [InlineData("When was Uzbekistan's CSTO membership suspended?", "Uzbekistan's part in the CSTO has been suspended since 19 December 2012")]
    [InlineData("When did the United States suspend its ANZUS obligations to New Zealand?", "The United States' obligations under the Security Treaty between Australia, New Zealand and the United States of America towards New Zealand have been suspended since 11 August 1986")]
    public void Ask_WhenSuspended_TheRecordedSuspension(string question, string expected)
    {
        var answer = Knowledge.Ask(question);

        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains("suspended its part in", answer.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhenSuspended_NoneRecorded_SaysSoAndDoesNotAnswer()
    {
        var answer = Knowledge.Ask("When did France suspend its NATO membership?");

        Assert.False(answer.Answered);
        Assert.Contains("records no suspension of France's part in NATO", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many troops does NATO have?")]
    [InlineData("How many soldiers does NATO have?")]
    public void Ask_ACountOfPeople_IsNotACountOfMembers(string question)
    {
        var answer = Knowledge.Ask(question);

        Assert.False(answer.Answered);
        Assert.DoesNotContain("32 members", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AnAnnexedPlace_IsAnInvasionOfItsState()
    {
        var answer = Knowledge.Ask("When did Russia annex Crimea?");

        Assert.Contains("invasions or armed attacks of Ukraine by Russia", answer.Reading, StringComparison.Ordinal);
        Assert.Contains("Russia annexed Crimea on 18 March 2014", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did the US suspend ANZUS?", "Yes. The United States' obligations under the Security Treaty between Australia, New Zealand and the")]
    [InlineData("Has Armenia frozen its CSTO membership?", "Yes. Armenia's part in the CSTO has been suspended since 22 February 2024")]
    [InlineData("Did France suspend its NATO membership?", "Not known. Entente's data records no suspension of France's part in NATO")]
    public void Ask_YesOrNoWhetherSuspended_AnswersWithTheDay(string question, string expected) =>
        // "Did the US suspend ANZUS?" had been read as whether the United States is a party ("Yes").
        Assert.StartsWith(expected, Knowledge.Ask(question).Text, StringComparison.Ordinal);
}
