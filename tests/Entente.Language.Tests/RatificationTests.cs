using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// "Which country was the last to ratify Sweden's accession to NATO?", "Hungary ratified Sweden's accession on 26
/// February 2024": the members' ratifications of an accession protocol (data/events/ratifications.yaml), one query
/// (RatificationsQuery) for questions and claims. The first or last is said only when every member's is recorded
/// (Finland's and Sweden's protocols); for North Macedonia's, with two of 29 recorded, it is not known.
/// </summary>
public class RatificationTests
{
    private static readonly DateOnly On = new(2024, 3, 10);

    [Theory]
    [InlineData("Which country was the last to ratify Sweden's accession to NATO?", "Hungary was the last of the 30 members to ratify Sweden's accession to the North Atlantic Treaty, on 26 February 2024.")]
    [InlineData("Which country was the last NATO member to approve Finland's membership?", "Türkiye was the last of the 30 members to ratify Finland's accession")]
    [InlineData("When did Hungary ratify Finland's NATO membership?", "Hungary ratified Finland's accession to the North Atlantic Treaty on 27 March 2023.")]
    [InlineData("When was Sweden's NATO accession approved by Turkey?", "Türkiye ratified Sweden's accession to the North Atlantic Treaty on 23 January 2024.")]
    [InlineData("Which country was the first to ratify Finland's accession to NATO?", "Canada, Iceland, Norway and Denmark were the first of the 30 members")]
    public void Ask_Ratifications_AnsweredFromTheEvents(string question, string expected) =>
        Assert.StartsWith(expected, Knowledge.Ask(question).Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_TheLastWhereNotEveryMembersIsRecorded_NotKnown()
    {
        var answer = Knowledge.Ask("Which country was the last to ratify North Macedonia's accession to NATO?");

        Assert.False(answer.Answered);
        Assert.StartsWith("Not known.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AStateInTheQuestionsOwnPhrase_IsNotTheOneThatRatified()
    {
        // "Which former Soviet satellite state …": "Soviet" restricts what is asked; the options are judged by the last.
        var answer = Knowledge.Ask("Which former Soviet satellite state was the last NATO member to accept Sweden as a NATO ally? A. Albania B. Hungary C. Poland D. Romania");

        Assert.StartsWith("B. Hungary.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("the last to ratify the accession of Sweden", answer.Reading, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hungary's parliament ratified Sweden's accession to NATO on 26 February 2024.", Verdict.Supported)]
    [InlineData("Sweden's membership of NATO was ratified by Turkey in January 2024.", Verdict.Supported)]
    [InlineData("Hungary was the last NATO member to approve Sweden's bid.", Verdict.Supported)]
    [InlineData("Turkey was the last member of NATO to ratify Sweden's accession.", Verdict.Contradicted)]
    [InlineData("Hungary ratified Finland's accession to NATO in April 2023.", Verdict.Contradicted)]
    public void Check_ARatification_JudgedByTheSameQuery(string text, Verdict expected) =>
        Assert.Equal(expected, Knowledge.Claim(text, On, k => k == "ratification").Verdict);

    [Fact]
    public void Check_TheRatificationsDate_IsNotReadAsTheAccessionsDate()
    {
        var claims = ClaimChecker.Check(Knowledge.Atlas, "Hungary's parliament ratified Sweden's accession to NATO on 26 February 2024.", On).Claims;

        var only = Assert.Single(claims);
        Assert.Equal("ratification", only.Kind);
    }

    [Fact]
    public void Check_AnApprovalOfNoRecordedAccession_IsNotARatificationClaim() =>
        Assert.DoesNotContain(ClaimChecker.Check(Knowledge.Atlas, "The Senate approved the North Atlantic Treaty in 1949.", On).Claims, c => c.Kind == "ratification");

    [Fact]
    public void Ask_TheLastToRatifyAnUnknownStatesAccession_IsNotTheLastToJoin()
    {
        // Once read as "the last state to join NATO" (Sweden): a ratification question is never a joining question; the
        // name Entente lacks is shown as not used.
        var answer = Knowledge.Ask("Which country was the last to ratify Narnia's accession to NATO?");

        Assert.DoesNotContain("The last to join", answer.Text, StringComparison.Ordinal);
        Assert.Contains("'Narnia'", answer.Reading ?? answer.Text, StringComparison.Ordinal);
    }
}
