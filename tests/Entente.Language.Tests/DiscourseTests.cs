using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// Which body a sentence that names none is about, as real articles write it: the subject of the sentence before goes on
/// ("It was a response to NATO. The participating nations were …"), a body the sentence names only later or only as what
/// was opposed is not it, and a relative clause after the last state of a list is that state's alone.
/// </summary>
public class DiscourseTests
{
    private static readonly DateOnly On = new(2020, 1, 1);

    private static IReadOnlyList<CheckedClaim> All(string text) => ClaimChecker.Check(Knowledge.Atlas, text, On).Claims;

    private static string Evidence(CheckedClaim c) => c.Correction + " " + string.Join(" ", c.Facts.Select(f => f.Statement));

    [Fact]
    public void Check_TheSubjectOfTheSentenceBefore_IsTheBodyOfAListWithNone()
    {
        // Read as NATO's members (named last, in "joining NATO"), and Poland "supported" by its accession in 1999.
        var claims = All("The Warsaw Pact was signed in 1955. It was a response to West Germany joining NATO. "
            + "The participating nations were the Soviet Union, Poland, Hungary, Bulgaria, Romania and Albania.");

        var poland = Assert.Single(claims, c => c.Span == "Poland");
        Assert.Equal(Verdict.Supported, poland.Verdict);
        Assert.Contains("Warsaw Treaty Organization", Evidence(poland), StringComparison.Ordinal);
        Assert.DoesNotContain(claims, c => Evidence(c).Contains("NATO", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ABodyNamedLaterInTheSentence_IsNotTheOneOfAnEarlierClause()
    {
        // "the alliance" in the first clause was read as NATO (named after it) and every state "had not left NATO".
        var claims = All("The Warsaw Pact was signed in 1955. It consisted of the Soviet Union, East Germany, Poland, Finland, "
            + "Albania which withdrew from the alliance in 1968), and it was the counterpart to NATO.");

        Assert.Equal(Verdict.Supported, Assert.Single(claims, c => c.Span == "Poland").Verdict);
        var albania = Assert.Single(claims, c => c.Span.StartsWith("Albania", StringComparison.Ordinal));
        Assert.Equal(Verdict.Supported, albania.Verdict);
        Assert.Contains("1968", albania.Span, StringComparison.Ordinal);
        var finland = Assert.Single(claims, c => c.Span == "Finland");
        Assert.Equal(Verdict.Contradicted, finland.Verdict);
        Assert.Contains("never a party to the Warsaw Treaty Organization", finland.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AListMostlyOfStatesNeverParties_IsNotContradictedStateByState()
    {
        // The body is more likely misread than four of five states wrong: only the party is a claim.
        var claims = All("NATO was founded in 1949. It was made up of Austria, Switzerland, Ireland, Malta and Norway.");

        Assert.DoesNotContain(claims, c => c.Verdict == Verdict.Contradicted);
        Assert.Contains(claims, c => c.Span == "Norway" && c.Verdict == Verdict.Supported);
    }

    [Fact]
    public void Check_ABodyNamedOnlyAsWhatWasOpposed_IsNotTheSubject()
    {
        // "founded … in 1955 as a counterweight to the North Atlantic Treaty Organization" was read as NATO founded in 1955.
        var claims = All("Glossary: Warsaw Pact. Political-military alliance founded by the Soviet Union in 1955 as a counterweight to the North Atlantic Treaty Organization.");

        var founded = Assert.Single(claims, c => c.Kind == "date");
        Assert.Equal(Verdict.Supported, founded.Verdict);
        Assert.Contains("Warsaw Treaty Organization", Evidence(founded), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BindingWithAnObject_IsTheVerbNotWhetherTheTreatyBindsToday() =>
        // Read as "the Warsaw Pact is binding" on the text's date and contradicted (it ended in 1991).
        Assert.DoesNotContain(All("1950s: The Warsaw Pact is signed binding the Soviet Union and its Eastern European satellites together in a military alliance."),
            c => c.Kind == "binding");

    [Theory]
    [InlineData("When was the Treaty of Friendship, Co-operation and Mutual Assistance signed?")]
    [InlineData("When was the treaty of friendship, cooperation and mutual assistance signed?")]
    public void Ask_ATreatyNameWithCommasAndEitherSpellingOfCooperation_IsLinked(string question)
    {
        var answer = Knowledge.Ask(question);

        Assert.Contains("14 May 1955", answer.Text, StringComparison.Ordinal);
    }
}
