using Entente.Core.Model;

namespace Entente.Core.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("1980", "2026-12-01", "1980-12-31")]
    [InlineData("1980-06", "2026-12-01", "1980-06-30")]
    [InlineData("1980-06-15", "2026-12-01", "1980-06-15")]
    [InlineData("2026", "2026-12-01", "2026-12-01")]
    [InlineData("2026-12", "2026-12-01", "2026-12-01")]
    [InlineData("2030", "2026-12-01", "2030-12-31")]
    public void AsAsked_PartialDate_IsItsLastDayOrTodayWhileRunning(string text, string today, string expected)
    {
        var day = PartialDate.Parse(text).AsAsked(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    [Theory]
    [InlineData("1951", "1951-01-01", "1951-12-31")]
    [InlineData("1951-09", "1951-09-01", "1951-09-30")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("1949-04-04", "1949-04-04", "1949-04-04")]
    public void Parse_PartialDates_StandForTheirFirstAndLastDays(string text, string first, string last)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), date.FirstDay);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), date.LastDay);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("", "a date is empty; write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("51", "'51' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("1951/09/08", "'1951/09/08' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("1951-9-8", "'1951-9-8' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("1951-00", "'1951-00' is not a date: month 0 is not 01 to 12")]
    [InlineData("2023-02-29", "'2023-02-29' is not a date: February 2023 has no day 29")]
    [InlineData("0000", "'0000' is not a date: the year must be 0001 or later")]
    public void TryParse_NotADate_SaysWhy(string text, string why)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Equal(why, error);
    }

    [Fact]
    public void CompareTo_UnknownPartsSortFirst()
    {
        string[] sorted = ["1951", "1951-09", "1951-09-01", "1951-09-08", "1951-10", "1952"];

        var shuffled = sorted.Reverse().Select(PartialDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(sorted, shuffled);
    }

    [Fact]
    public void Default_StandsForTheEarliestDay()
    {
        Assert.Equal(DateOnly.MinValue, default(PartialDate).FirstDay);
    }
}
