using System.Text.Json;
using Entente.Data.Tests;

namespace Entente.Cli.Tests;

public sealed class AppTests : IDisposable
{
    private readonly TempData _data = new(TestData.Valid);

    public void Dispose() => _data.Dispose();

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--data", _data.Folder]);

    [Theory]
    [InlineData("1955-05-05", 2)]
    [InlineData("1955-05-06", 3)]
    [InlineData("1990-10-02", 3)]
    [InlineData("1990-10-03", 2)]
    public void Members_OnBoundaryDates_CountsMembers(string on, int count)
    {
        var run = Run("members", "TTO", "--on", on);

        Assert.Equal(0, run.Exit);
        Assert.StartsWith($"Test Treaty Organization (ORG) on {on}: {count} members.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_Text_ListsSinceDateAndNumberedSources()
    {
        var run = Run("members", "Test Treaty Organization", "--on", "2000");

        Assert.Contains("AAA  Alpha                            since 1949-08-24  founding      [1]", run.Output, StringComparison.Ordinal);
        Assert.Contains("[1] A member list. An organization. https://example.org/members (read 2026-11-27)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_Json_HasOfOnAndMembersWithSource()
    {
        var run = Run("members", "ORG", "--on", "1960-01-01", "--json");

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("ORG", root.GetProperty("of").GetString());
        Assert.Equal("1960-01-01", root.GetProperty("on").GetString());
        var members = root.GetProperty("members").EnumerateArray().ToArray();
        Assert.Equal(["AAA", "BBB", "CCC"], members.Select(m => m.GetProperty("id").GetString()));
        Assert.Equal("1952-02-18", members[1].GetProperty("since").GetString());
        Assert.Equal("https://example.org/members", members[1].GetProperty("source").GetProperty("url").GetString());
    }

    [Fact]
    public void Members_AfterReviewDate_SaysDataMayMissLaterEvents()
    {
        Assert.Contains("Note: the data was reviewed up to 2026-11-27", Run("members", "ORG", "--on", "2030").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_OfAState_Exit2AndPointsToMemberships()
    {
        var run = Run("members", "Alpha");

        Assert.Equal(2, run.Exit);
        Assert.Contains("Alpha (AAA) is a state, not an organization. Try 'entente memberships AAA'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_UnknownName_Exit2WithDidYouMean()
    {
        var run = Run("members", "Test Treaty Organisation");

        Assert.Equal(2, run.Exit);
        Assert.Equal("entente: No organization or treaty named 'Test Treaty Organisation'. Did you mean 'Test Treaty Organization (ORG)'?\n", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Memberships_AmbiguousName_Exit2AsksWhich()
    {
        var run = Run("memberships", "Beta");

        Assert.Equal(2, run.Exit);
        Assert.Contains("'Beta' could mean 'North Beta (BBB)' or 'South Beta (BBC)': which one?", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-13-01", "entente: --on: '2024-13-01' is not a date: month 13 is not 01 to 12.")]
    [InlineData("yesterday", "entente: --on: 'yesterday' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.")]
    public void Members_BadDate_Exit2SaysWhy(string on, string message)
    {
        var run = Run("members", "ORG", "--on", on);

        Assert.Equal(2, run.Exit);
        Assert.Equal(message, run.Error.Trim());
    }

    [Fact]
    public void UnknownOption_Exit2PointsToHelp()
    {
        var run = Run("members", "ORG", "--onn", "2000");

        Assert.Equal(2, run.Exit);
        Assert.Contains("Run 'entente --help'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Memberships_ListsTreatyWithPeriodAndMarksCurrent()
    {
        var run = Run("memberships", "Gamma", "--on", "1980");

        Assert.Equal(0, run.Exit);
        Assert.Contains("* 1955-05-06 – 1990-10-03 Test Treaty Organization (The Test Treaty) (accession) [1]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Treaty_PrintsDatesPartiesAndProvisions()
    {
        var run = Run("show", "test-treaty");

        Assert.Equal(0, run.Exit);
        Assert.Contains("signed:        1949-04-04", run.Output, StringComparison.Ordinal);
        Assert.Contains("Article 5      (defence; mutual; discretionary) An attack on one is an attack on all.", run.Output, StringComparison.Ordinal);
        Assert.Contains("CCC            Gamma: 1955-05-06 – 1990-10-03 (accession, left by succession)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Json_ListsFactsAndSources()
    {
        using var json = JsonDocument.Parse(Run("show", "Alpha", "--json").Output);

        Assert.Equal("state", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("https://example.org/members", json.RootElement.GetProperty("sources")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void Validate_ValidData_PrintsCounts()
    {
        var run = Run("validate");

        Assert.Equal(0, run.Exit);
        Assert.Contains("1 files: 4 states, 1 organizations, 1 treaties, 3 memberships, 1 provisions", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenData_Exit1ListsEveryProblem()
    {
        using var broken = new TempData(TestData.With("joined: 1952-02-18", "joined: 1952-02-30").Replace("{actor: AAA,", "{actor: AAX,", StringComparison.Ordinal));

        var run = CliRun.Of("validate", "--data", broken.Folder);

        Assert.Equal(1, run.Exit);
        Assert.Contains("data/test.yaml:21: treaties[0].parties[1].joined: '1952-02-30' is not a date: February 1952 has no day 30", run.Output, StringComparison.Ordinal);
        Assert.Contains("data/test.yaml:20: treaties[0].parties[0].actor: unknown actor 'AAX'", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 problem(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyCommand_BrokenData_Exit1WithoutStackTrace()
    {
        using var broken = new TempData(TestData.With("joined: 1952-02-18", "joined: 1952-02-30"));

        var run = CliRun.Of("members", "ORG", "--data", broken.Folder);

        Assert.Equal(1, run.Exit);
        Assert.StartsWith("entente: the data set has 1 problem(s):", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDataFolder_Exit2SaysWhatToDo()
    {
        var run = CliRun.Of("validate", "--data", "no/such/folder");

        Assert.Equal(2, run.Exit);
        Assert.Contains("No data folder 'no/such/folder'", run.Error, StringComparison.Ordinal);
    }
}
