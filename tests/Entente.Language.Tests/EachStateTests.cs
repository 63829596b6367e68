namespace Entente.Language.Tests;

/// <summary>
/// "When did Sweden and Finland join NATO?" was answered for Sweden only, "Are Sweden and Finland in NATO?" was refused,
/// "Did Russia invade Ukraine and Georgia?" was answered "Not known" (no one invasion of both): states joined by "and" in
/// a question asked of one state at a time are each asked it, and each answer is shown in the reading.
/// </summary>
public class EachStateTests
{
    [Theory]
    [InlineData("When did Sweden and Finland join NATO?", "Sweden joined NATO on 7 March 2024", "Finland joined NATO on 4 April 2023")]
    [InlineData("What year did Greece and Turkey join NATO?", "Greece joined NATO on 18 February 1952", "Türkiye joined NATO on 18 February 1952")]
    [InlineData("Are Sweden and Finland in NATO?", "Sweden is a member of NATO", "Finland is a member of NATO")]
    [InlineData("Did Russia invade Ukraine and Georgia?", "Russia invaded Ukraine", "Georgia")]
    public void Ask_StatesJoinedByAnd_EachAnswered(string question, string first, string second)
    {
        var answer = Knowledge.Ask(question);

        Assert.True(answer.Answered);
        Assert.Contains(first, answer.Text, StringComparison.Ordinal);
        Assert.Contains(second, answer.Text, StringComparison.Ordinal);
        Assert.Contains("Then read as", answer.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_StatesNotSideBySide_AreNotSplit() =>
        // Russia is the invader, Ukraine the invaded: one question, not one per state.
        Assert.DoesNotContain("Then read as", Knowledge.Ask("Did Russia invade Ukraine?").Reading ?? "", StringComparison.Ordinal);

    [Fact]
    public void Ask_ATwoStateQuestion_IsNotSplit() =>
        // "Are Greece and Turkey allies?" asks about the pair.
        Assert.DoesNotContain("Then read as", Knowledge.Ask("Are Greece and Turkey allies?").Reading ?? "", StringComparison.Ordinal);
}
