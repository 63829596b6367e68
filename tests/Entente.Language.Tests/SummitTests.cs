namespace Entente.Language.Tests;

/// <summary>
/// "What did NATO decide at the 2022 Madrid summit?", "When was the Wales summit?": the summits a question names by
/// place (and year), from data/events/summits.yaml and summits-2.yaml. These were refused ('Madrid', 'summit' not
/// understood) although the data held them.
/// </summary>
public class SummitTests
{
    [Theory]
    [InlineData("What did NATO decide at the 2022 Madrid summit?", "The Madrid Summit took place from 29 to 30 June 2022.")]
    [InlineData("When was the Wales summit?", "The Wales Summit took place from 4 to 5 September 2014.")]
    [InlineData("What did NATO decide at the 2008 Bucharest summit?", "The Bucharest Summit took place from 2 to 4 April 2008.")]
    [InlineData("What did NATO decide in 2008?", "The Bucharest Summit took place")]
    public void Ask_ASummitNamed_ItsDaysAndDecisions(string question, string expected)
    {
        var answer = Knowledge.Ask(question);

        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Not used", answer.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_TwoSummitsInOnePlace_BothWithoutAYear()
    {
        var answer = Knowledge.Ask("What happened at the Madrid summit?");

        Assert.Contains("(1997)", answer.Reading, StringComparison.Ordinal);
        Assert.Contains("(2022)", answer.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ADecisionWithoutAYearOrSummit_IsNotASummit() =>
        Assert.DoesNotContain("Summit", Knowledge.Ask("Why did France decide to leave NATO's integrated command?").Reading ?? "", StringComparison.Ordinal);
}
