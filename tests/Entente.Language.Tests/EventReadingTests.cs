using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Claims;
using Entente.Language.Reading;

namespace Entente.Language.Tests;

/// <summary>
/// Invasions and announcements, at the three levels: the words read as a <see cref="HappeningsQuery"/> (who acted,
/// against whom, active or passive), the claim judged against the events of the small claim atlas, and the answer's words.
/// </summary>
public class EventReadingTests
{
    private static HappeningsQuery Read(string question) => Assert.IsType<HappeningsQuery>(Parser.Read(ClaimAtlas.Atlas, question).Query);

    private static ClaimReport Check(string text) => ClaimChecker.Check(ClaimAtlas.Atlas, text, ClaimAtlas.On);

    private static CheckedClaim Over(ClaimReport report, string text, string span) => SeedClaimsTests.Over(report, text, span)
        ?? throw new Xunit.Sdk.XunitException($"no claim over \"{span}\"; claims: {string.Join(" | ", report.Claims.Select(c => c.Span))}");

    [Theory]
    [InlineData("Which countries invaded Neutralia in 1968?", "", "NEU")]
    [InlineData("When did Ruritania invade Neutralia?", "RUR", "NEU")]
    [InlineData("When was Neutralia invaded by Freedonia?", "FRE", "NEU")]
    [InlineData("What was Ruritania's invasion of Neutralia?", "RUR", "NEU")]
    [InlineData("Why didn't Freedonia join the invasion of Neutralia?", "FRE", "NEU")]
    public void Read_InvasionQuestion_ActorsAndTargetByRole(string question, string by, string against)
    {
        var q = Read(question);

        Assert.Equal(by, string.Join(",", q.By.Select(a => a.Value)));
        Assert.Equal(against, string.Join(",", q.Against.Select(a => a.Value)));
        Assert.Contains(EventKind.Invasion, q.Kinds);
    }

    [Fact]
    public void Read_InvasionQuestionWithAYear_BoundsTheEventsToIt()
    {
        var q = Read("Which countries invaded Neutralia in 1968?");

        Assert.Equal(TimeKind.InYear, q.When.Kind);
        Assert.Equal(1968, q.When.Year);
    }

    [Fact]
    public void Read_HypotheticalInvasion_IsADefenceQuestion()
    {
        var query = Parser.Read(ClaimAtlas.Atlas, "Who would defend Neutralia if Ruritania invaded?").Query;

        var defenders = Assert.IsType<DefendersQuery>(query);
        Assert.Equal("NEU", defenders.State.Value);
        Assert.Equal("RUR", defenders.Attacker?.Value);
    }

    [Fact]
    public void Check_InvasionOnItsDate_Supported()
    {
        const string text = "On the night of August 20-21, 1968, Ruritania invaded Neutralia.";

        var claim = Over(Check(text), text, "Ruritania invaded Neutralia");

        Assert.Equal("invasion", claim.Kind);
        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_PassiveInvasionWithTheYearOfTheSentenceBefore_Supported()
    {
        const string text = "Neutralia held elections in 1968. On August 20, the country was invaded by Freedonia.";

        var claim = Over(Check(text), text, "invaded by Freedonia");

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_InvasionOnAnotherDay_ContradictedWithTheDay()
    {
        const string text = "On 3 September 1968, Ruritania invaded Neutralia.";

        var claim = Over(Check(text), text, "Ruritania invaded Neutralia");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("20 August 1968", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvasionYearsFromTheRecordedOne_NotCheckableNeverNo()
    {
        const string text = "In 1990, Ruritania invaded Neutralia.";

        var claim = Over(Check(text), text, "Ruritania invaded Neutralia");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Contains("may not list every one", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvasionByTheStatesThatDidIt_Supported()
    {
        const string text = "In 1968, Freedonia and Ruritania invaded Neutralia.";

        var claim = Over(Check(text), text, "Freedonia and Ruritania invaded Neutralia");

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_HypotheticalAttack_AssertsNoEvent()
    {
        const string text = "If Neutralia is attacked on 1 May 2020, nobody must help it.";

        Assert.DoesNotContain(Check(text).Claims, c => c.Kind == "invasion");
    }

    [Fact]
    public void Check_DeclaredWithdrawalOnAnotherDay_Contradicted()
    {
        const string text = "The crisis grew. On 3. November 1956, Freedonia's prime minister declared that Freedonia would withdraw from the Northern Alliance.";

        var claim = Over(Check(text), text, "declared that Freedonia would withdraw");

        Assert.Equal("announcement", claim.Kind);
        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("1 November 1956", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LeavingAnnouncedWhereAFreezeWas_PartlyWithTheFreeze()
    {
        const string text = "In February 2024, Ruritania announced its decision to leave the Northern Alliance.";

        var claim = Over(Check(text), text, "announced its decision to leave");

        Assert.Equal(Verdict.PartlySupported, claim.Verdict);
        Assert.Contains("freeze", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_StateThatTookPart_YesWithEveryoneWhoDid()
    {
        var answer = Answers.Ask(ClaimAtlas.Atlas, "Did Freedonia invade Neutralia?", ClaimAtlas.On);

        Assert.StartsWith("Yes. On 20 August 1968 Ruritania and Freedonia invaded Neutralia.", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which country invaded Neutralia in 1968? A. Ruritania B. Neutralia", "A. Ruritania.")]
    public void Ask_InvasionWithOptions_PicksTheOptionsThatFit(string question, string start)
    {
        var answer = Answers.Ask(ClaimAtlas.Atlas, question, ClaimAtlas.On);

        Assert.StartsWith(start, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhichDidNotTakePartWhenBothDid_PicksNoOption()
    {
        var answer = Answers.Ask(ClaimAtlas.Atlas, "Which of these did not take part in the invasion of Neutralia? A. Ruritania B. Freedonia", ClaimAtlas.On);

        Assert.DoesNotMatch("^[AB]\\.", answer.Text);
        Assert.Contains("Ruritania and Freedonia invaded Neutralia", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_NoInvasionOnRecord_SaysTheRecordMayBeIncompleteNeverNo()
    {
        var answer = Answers.Ask(ClaimAtlas.Atlas, "Which countries invaded Ruritania?", ClaimAtlas.On);

        Assert.Contains("records no invasion of Ruritania", answer.Text, StringComparison.Ordinal);
        Assert.Contains("may not be complete", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("never", answer.Text, StringComparison.Ordinal);
    }
}
