using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Entente.Cli.Tests;

/// <summary>"in 1980" and <c>--on 1980</c> mean the same day (the year's last), and "today" comes from the injected clock.</summary>
public class DateOptionTests
{
    private static FakeTimeProvider Clock(int year, int month, int day)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return clock;
    }

    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.Exit == 0, run.ToString());
        return JsonDocument.Parse(run.Output).RootElement.Clone();
    }

    [Fact]
    public void Ask_InAYearOrOnTheYear_HoldsOnTheYearsLastDay()
    {
        var clock = Clock(2026, 12, 1);

        var inYear = Json(CliRun.At(clock, "ask", "Who were the members of NATO in 1982?", "--json"));
        var onYear = Json(CliRun.At(clock, "members", "NATO", "--on", "1982", "--json"));

        Assert.Equal("1982-12-31", inYear.GetProperty("on").GetString());
        Assert.Equal("1982-12-31", onYear.GetProperty("on").GetString());
        // Spain joined on 30 May 1982: a question about 1982 counts it.
        Assert.Equal(16, onYear.GetProperty("count").GetInt32());
        Assert.StartsWith("On 31 December 1982 NATO had 16 members", inYear.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-06", "2026-06-30")]
    [InlineData("2026-12", "2026-12-01")]
    [InlineData("2026", "2026-12-01")]
    public void Members_PartialOn_LastDayOrTodayWhileItRuns(string on, string day)
    {
        var json = Json(CliRun.At(Clock(2026, 12, 1), "members", "NATO", "--on", on, "--json"));

        Assert.Equal(day, json.GetProperty("on").GetString());
    }

    [Fact]
    public void Members_NoOn_TodayFromTheClock()
    {
        var json = Json(CliRun.At(Clock(2023, 4, 3), "members", "NATO", "--json"));

        Assert.Equal("2023-04-03", json.GetProperty("on").GetString());
        Assert.Equal(30, json.GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData(2026, 11, 27, false)]
    [InlineData(2027, 1, 5, true)]
    public void Ask_Today_CaveatOnlyAfterTheReviewDate(int year, int month, int day, bool caveat)
    {
        var json = Json(CliRun.At(Clock(year, month, day), "ask", "Why is Japan not part of NATO?", "--json"));

        Assert.Equal(caveat, json.GetProperty("caveat").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public void Ask_AboutAPastYear_NoCaveatEvenAfterTheReviewDate()
    {
        var json = Json(CliRun.At(Clock(2030, 1, 1), "ask", "Was France a member of NATO in 1980?", "--json"));

        Assert.Equal("1980-12-31", json.GetProperty("on").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("caveat").ValueKind);
    }
}
