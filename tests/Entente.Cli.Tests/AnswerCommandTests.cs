using System.Text.Json;
using Entente.Testing;

namespace Entente.Cli.Tests;

/// <summary>ask, why-not and attack on the built-in data: exit codes, text and the JSON shape.</summary>
public class AnswerCommandTests
{
    [Fact]
    public void Ask_SeedQuestion_AnswersWithFactsSourcesAndDate()
    {
        var run = CliRun.Of("ask", "Why is Japan not part of NATO?", "--on", "2026-11-27");

        Assert.Equal(0, run.Exit);
        Assert.StartsWith("Read as: why Japan is not a member of North Atlantic Treaty Organization.\n\nJapan is not a member of NATO and never has been.", run.Output, StringComparison.Ordinal);
        Assert.Contains("\nFacts:\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("\nSources:\n  [1] ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Holds on 2026-11-27.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_Json_HasTheDocumentedShape()
    {
        var run = CliRun.Of("ask", "When did Finland join NATO?", "--json", "--on", "2026-11-27");

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("When did Finland join NATO?", root.GetProperty("question").GetString());
        Assert.Equal("when-joined", root.GetProperty("intent").GetString());
        Assert.Equal("2026-11-27", root.GetProperty("on").GetString());
        Assert.StartsWith("Finland joined NATO on 4 April 2023", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var fact = root.GetProperty("facts")[0];
        Assert.False(string.IsNullOrEmpty(fact.GetProperty("statement").GetString()));
        Assert.True(fact.GetProperty("sources").GetArrayLength() > 0);
        Assert.StartsWith("http", root.GetProperty("sources")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<b>nato</b>")]
    [InlineData("When did Korea join?")]
    public void Ask_Unanswerable_Exit2WithSuggestions(string question)
    {
        var run = CliRun.Of("ask", question);

        Assert.Equal(2, run.Exit);
        Assert.Contains("Questions Entente can answer:", run.Output, StringComparison.Ordinal);
        Assert.Contains("the question was not answered", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_JapanNato_LegalBarFirst()
    {
        var run = CliRun.Of("why-not", "Japan", "NATO", "--on", "2026-11-27");

        Assert.Equal(0, run.Exit);
        Assert.Contains("The legal bar: Article 10 of the North Atlantic Treaty admits only European states", run.Output.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-04-03", "Finland is not a member of NATO")]
    [InlineData("2023-04-04", "Finland is a member of NATO: it has been one since 4 April 2023")]
    public void WhyNot_FinlandBeforeAndAfterAccession(string on, string expected)
    {
        Assert.StartsWith(expected, CliRun.Of("why-not", "Finland", "NATO", "--on", on).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_OrganizationFirst_Exit2SaysWhichIsWhich()
    {
        var run = CliRun.Of("why-not", "NATO", "Japan");

        Assert.Equal(2, run.Exit);
        Assert.Contains("is an organization, not a state", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Attack_UsaInHawaii_NatoDoesNotApplyAnzusDoes()
    {
        var run = CliRun.Of("attack", "USA", "--where", "Hawaii", "--on", "2026-11-27");

        Assert.Equal(0, run.Exit);
        Assert.Contains("Article 5 of the North Atlantic Treaty does not apply: Hawaii lies outside the area defined by Article", run.Output.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Australia and New Zealand are obliged to act under Article IV of the Security Treaty between Australia, New Zealand and the United States of America", run.Output.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Attack_UnitedStatesAtHome_NotJapanOutsideTheTerritoriesUnderItsAdministration()
    {
        var output = CliRun.Of("attack", "the U.S.", "--on", "2026-11-27").Output.Replace("\n", " ", StringComparison.Ordinal);

        Assert.Contains("Article 5 of the North Atlantic Treaty", output, StringComparison.Ordinal);
        Assert.Contains("Article V of the Treaty of Mutual Cooperation and Security between Japan and the United States of America does not apply: the United States's own territory lies outside the area defined by Article V (the territories under the administration of Japan)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1970-01-01", "The United States is obliged to act under Article V of the Mutual Defense Treaty between the United States of America and the Republic of China")]
    [InlineData("2016-11-27", "no state has a treaty obligation in Entente's data to come to its defence")]
    [InlineData("2026-11-27", "after that only the treaties it has checked, so for 27 November 2026 it cannot say that no state must come to Taiwan's defence")]
    public void Attack_Taiwan_TreatyEndedIn1980(string on, string expected)
    {
        Assert.Contains(expected, CliRun.Of("attack", "Taiwan", "--on", on).Output.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Attack_UsForcesOnOkinawa_NamesJapan()
    {
        var run = CliRun.Of("attack", "USA", "--where", "Okinawa");

        Assert.Equal(0, run.Exit);
        Assert.Contains("Japan", run.Output, StringComparison.Ordinal);
        Assert.Contains("Article V", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Attack_UnknownPlace_Exit2DidYouMean()
    {
        var run = CliRun.Of("attack", "USA", "--where", "Hawai");

        Assert.Equal(2, run.Exit);
        Assert.Contains("Did you mean 'Hawaii (hawaii)'?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_AtopAlliance_BuiltIn_ListsItsMembersOnADate()
    {
        var run = CliRun.Of("members", "ATOP 1380", "--on", "1900-01-01");

        Assert.Equal(0, run.Exit);
        Assert.StartsWith("Consultation pact of France and Russia (1891) (atop-1380) on 1900-01-01: 2 members.", run.Output, StringComparison.Ordinal);
        Assert.Contains("FRA ", run.Output, StringComparison.Ordinal);
        Assert.Contains("RUS ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Atop_MissingFile_Exit2()
    {
        var run = CliRun.Of("memberships", "France", "--atop", "no/such/atop.csv");

        Assert.Equal(2, run.Exit);
        Assert.StartsWith("entente: --atop: no file or folder 'no/such/atop.csv'.", run.Error, StringComparison.Ordinal);
    }
}
