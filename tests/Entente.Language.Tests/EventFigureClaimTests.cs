using Entente.Core.Model;
using Entente.Language.Claims;
using Entente.Language.Reading;

namespace Entente.Language.Tests;

/// <summary>
/// Counts of an event's dead, refugees, prisoners and executed in articles ("About 30,000 Hungarians were killed, several
/// thousand imprisoned and about 200,000 fled"), read as counts and judged against the figures sources give.
/// </summary>
public class EventFigureClaimTests
{
    private const string Before = "On 1 November 1956 Imre Nagy declared that Hungary would leave the Warsaw Pact. On November 4, the country was invaded by the Soviet Union. ";

    private static CheckedClaim Claim(string sentence, string span)
    {
        var report = ClaimChecker.Check(Knowledge.Atlas, Before + sentence, new DateOnly(2022, 5, 17));
        return report.Claims.FirstOrDefault(c => c.Span == span)
            ?? throw new Xunit.Sdk.XunitException($"no claim \"{span}\"; claims: {string.Join(" | ", report.Claims.Select(c => $"{c.Span} [{c.Kind}]"))}");
    }

    [Theory]
    [InlineData("About 30,000 Hungarians were killed.", "About 30,000 Hungarians were killed", Verdict.Contradicted)]
    [InlineData("Nearly 3,000 Hungarians died.", "Nearly 3,000 Hungarians died", Verdict.Supported)]
    [InlineData("Some 200,000 Hungarians fled.", "Some 200,000 Hungarians fled", Verdict.Supported)]
    [InlineData("Tens of thousands of Hungarians were killed.", "Tens of thousands of Hungarians were killed", Verdict.Contradicted)]
    [InlineData("About 720 Soviet soldiers were killed.", "About 720 Soviet soldiers were killed", Verdict.Supported)]
    [InlineData("Hundreds of Hungarians were executed.", "Hundreds of Hungarians were executed", Verdict.Supported)]
    public void Check_CountOfTheEvent_JudgedAgainstTheSourcedRange(string sentence, string span, Verdict verdict)
    {
        var claim = Claim(sentence, span);

        Assert.Equal("toll", claim.Kind);
        Assert.Equal(verdict, claim.Verdict);
        Assert.NotEmpty(claim.Sources);
    }

    [Fact]
    public void Check_CoordinatedCounts_EachReadWithThePeopleNamedFirst()
    {
        const string sentence = "About 30,000 Hungarians were killed, several thousand imprisoned and about 200,000 fled.";

        Assert.Equal(Verdict.Contradicted, Claim(sentence, "About 30,000 Hungarians were killed").Verdict);
        var imprisoned = Claim(sentence, "several thousand imprisoned");
        Assert.Equal(Verdict.PartlySupported, imprisoned.Verdict);
        Assert.Contains("understates", imprisoned.Correction, StringComparison.Ordinal);
        Assert.Equal(Verdict.Supported, Claim(sentence, "about 200,000 fled").Verdict);
    }

    [Fact]
    public void Check_ContradictedCount_CorrectionGivesTheSourcedRange()
    {
        var claim = Claim("About 30,000 Hungarians were killed.", "About 30,000 Hungarians were killed");

        Assert.Contains("2,700 to 3,000 Hungarians killed", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CountOfAnotherYear_IsNotJudgedByThe1956Figures()
    {
        var report = ClaimChecker.Check(Knowledge.Atlas, "In 1980 about 30,000 Hungarians were killed.", new DateOnly(2022, 5, 17));

        Assert.DoesNotContain(report.Claims, c => c.Kind == "toll" && c.Verdict is Verdict.Contradicted or Verdict.Supported);
    }

    [Theory]
    [InlineData("The September 11 attacks in 2001 killed 2,977 people.", "killed 2,977 people", Verdict.Supported)]
    [InlineData("In 1956 the Soviet invasion killed about 30,000 Hungarians.", "killed about 30,000 Hungarians", Verdict.Contradicted)]
    public void Check_ActiveVoiceCount_ReadAfterTheVerb(string text, string span, Verdict verdict)
    {
        var claim = Knowledge.Claim(text, new DateOnly(2020, 1, 1), k => k == "toll");

        Assert.Equal((span, verdict), (claim.Span, claim.Verdict));
    }

    [Fact]
    public void Check_PeopleAtLargeInAYearOfSeveralCounts_NotCheckableNeverAPick()
    {
        var claim = Knowledge.Claim("In 1956 the fighting killed 2,700 people.", new DateOnly(2020, 1, 1), k => k == "toll");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
    }

    [Fact]
    public void Check_KilledWithoutACount_AssertsNoToll()
    {
        var report = ClaimChecker.Check(Knowledge.Atlas, "In 2011 US special forces traced and killed Osama Bin Laden in Abbottabad, Pakistan.", new DateOnly(2012, 6, 20));

        Assert.DoesNotContain(report.Claims, c => c.Kind == "toll");
    }

    [Theory]
    [InlineData("How many Hungarians were killed in 1956?", FigureMeasure.Killed, "HUN", false)]
    [InlineData("How many people fled Hungary in 1956?", FigureMeasure.Fled, "HUN", false)]
    [InlineData("How many Soviet soldiers died in Hungary in 1956?", FigureMeasure.Killed, "SUN", true)]
    public void Read_HowManyQuestion_IsTheSameCountQuery(string question, FigureMeasure measure, string people, bool forces)
    {
        var q = Assert.IsType<Core.Queries.FiguresQuery>(Parser.Read(Knowledge.Atlas, question).Query);

        Assert.Equal((measure, people, 1956, forces), (q.Measure, q.People?.Value, q.Year, q.Forces == true));
    }

    [Fact]
    public void Ask_HowManyKilled_GivesTheSourcedRangeAndReadsBackTheQuestion()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "How many Hungarians were killed in 1956?", Knowledge.Today);

        Assert.Equal("how many Hungarians were killed in 1956", answer.Reading?.Split(':', 2)[^1].Trim().TrimEnd('.'));
        Assert.Contains("2,700 to 3,000 Hungarians were killed", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Sources);
    }

    [Theory]
    [InlineData("How many Hungarians were killed in the Hungarian Revolution?", "2,700 to 3,000 Hungarians were killed")]
    [InlineData("How many people were killed in the September 11 attacks?", "2,977 people were killed")]
    public void Ask_HowManyInAnEventNamed_TakesTheYearOfTheEvent(string question, string said)
    {
        var answer = Answers.Ask(Knowledge.Atlas, question, Knowledge.Today);

        Assert.True(answer.Answered);
        Assert.Contains(said, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HowManyPeopleInAYear_SaysWhoseEachCountIsAndThatTheRecordIsIncomplete()
    {
        var text = Answers.Ask(Knowledge.Atlas, "How many people were killed in 1956?", Knowledge.Today).Text;

        Assert.Contains("2,700 to 3,000 people were killed", text, StringComparison.Ordinal);
        Assert.Contains("720 Soviet soldiers were killed", text, StringComparison.Ordinal);
        Assert.Contains("does not cover every event", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HowManyKilledInAYearWithNoFigure_SaysNotKnownAndIsNotAnswered()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "How many Hungarians were killed in 1980?", Knowledge.Today);

        Assert.False(answer.Answered);
        Assert.Contains("records no count", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("about 30,000", 27_000, 33_000, false)]
    [InlineData("several thousand", 3_000, 9_999, true)]
    [InlineData("2.5 million", 2_500_000, 2_500_000, false)]
    [InlineData("tens of thousands", 20_000, 99_999, true)]
    [InlineData("nearly 3,000", 2_550, 3_000, false)]
    public void Counts_Before_ReadsTheRange(string text, int low, int high, bool vague)
    {
        var tokens = Tokenizer.Tokenize(text);

        var (first, count) = Counts.Before(tokens, tokens.Count - 1)!.Value;

        Assert.Equal(0, first);
        Assert.Equal((low, high, vague), (count.Low, count.High, count.Vague));
    }

    [Fact]
    public void Counts_Before_MoreThanIsALowerBound()
    {
        var tokens = Tokenizer.Tokenize("more than 100,000");

        var count = Counts.Before(tokens, tokens.Count - 1)!.Value.Asserted;

        Assert.True(count.AtLeast);
        Assert.Equal(100_000, count.Low);
    }
}
