using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Tests;

/// <summary>Named periods as time phrases, and going to war read as the armed events of the state named beside it.</summary>
public class PeriodsAndWarsTests
{
    [Theory]
    [InlineData("Who was allied with Britain during the Crimean War?", TimeKind.Between, "1853-10-01", "1856-03-30")]
    [InlineData("Which alliances existed before WWI?", TimeKind.Before, "1914-07-28", null)]
    [InlineData("Who was in NATO during the Cold War?", TimeKind.Between, "1947-01-01", "1991-12-31")]
    [InlineData("Which countries joined NATO after the Second World War?", TimeKind.After, "1945-09-02", null)]
    public void Read_NamedPeriod_IsItsDays(string question, TimeKind kind, string from, string? to)
    {
        var tokens = Tokenizer.Tokenize(question, 0, 0, question.Length);
        var when = TimePhrases.Find(tokens)?.When;

        Assert.NotNull(when);
        Assert.Equal(kind, when!.Kind);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), when.From);
        if (to is not null)
            Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), when.To);
    }

    [Fact]
    public void Read_WhyAlliedInAWar_IsTheTreatyInForceThen()
    {
        var query = Assert.IsType<WhyQuery>(Parser.Read(Knowledge.Atlas, "Why did Britain and France ally with the Ottoman Empire in the Crimean War?").Query);

        Assert.Equal("atop-1160", query.Subject.Id);
    }

    [Fact]
    public void Read_WentToWarWithOptions_IsTheStatesArmedEventsAndThePickIsItsTarget()
    {
        const string question = "Sweden avoided alliances and remained neutral through two centuries of European conflicts. The last time Swedish troops went to war was in 1814 when they defeated their western neighbor ... A. Denmark B. Finland C. Norway D. Russia";
        var choice = Assert.IsType<ChoiceQuery>(Parser.Read(Knowledge.Atlas, question).Query);
        var happenings = Assert.IsType<HappeningsQuery>(choice.Stem);
        var answer = Answers.Ask(Knowledge.Atlas, question, Knowledge.Today);

        Assert.Equal(["SWE"], happenings.By.Select(x => x.Value));
        Assert.Empty(happenings.Against);
        Assert.StartsWith("C. Norway.", answer.Text, StringComparison.Ordinal);
    }
}
