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
    public void Read_StateInsideANamedPeriod_IsPartOfThePeriodNotAStateAsked()
    {
        var reading = Parser.Read(Knowledge.Atlas, "Was Thailand in SEATO during the Vietnam War?");
        var query = Assert.IsType<IsMemberQuery>(reading.Query);

        Assert.Equal("THA", query.State.Value);
        Assert.DoesNotContain(reading.Entities, e => e.Id == "VNM" || e.Id == "RVN" || e.Id == "DRV");
        Assert.Contains("during the Vietnam War", ReadingWriter.Of(Knowledge.Atlas, query, Knowledge.Today), StringComparison.Ordinal);
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

/// <summary>A state named as it was then, and the treaties it was party to during a span.</summary>
public class ThenNamedTests
{
    [Fact]
    public void Read_GermanyIn1900_IsTheGermanyOfThen()
    {
        var query = Assert.IsType<IsMemberQuery>(Parser.Read(Knowledge.Atlas, "Was Germany in the Triple Alliance in 1900?").Query);
        var answer = Answers.Ask(Knowledge.Atlas, "Was Germany in the Triple Alliance in 1900?", Knowledge.Today);

        Assert.Equal("XGE", query.State.Value);
        Assert.StartsWith("Yes.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GermanyToday_StaysTheFederalRepublic()
    {
        Assert.Equal("DEU", Assert.IsType<IsMemberQuery>(Parser.Read(Knowledge.Atlas, "Was Germany a member of NATO in 1960?").Query).State.Value);
    }

    [Fact]
    public void Ask_TreatiesDuringAWar_AreThoseInForceAtAnyTimeInIt()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Which alliances did Germany have during WWI?", Knowledge.Today);

        // The German–Ottoman alliance ended on 30 October 1918, before the armistice: still counted.
        Assert.StartsWith("During the First World War (28 July 1914 – 11 November 1918) Germany (1816-1945) was party to", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Ottoman", string.Join(" ", answer.Facts.Select(f => f.Statement)) + answer.Text, StringComparison.Ordinal);
    }
}
