using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>An article's own date, read from a date line near its top when no date is asked for.</summary>
public class DateLineTests
{
    [Theory]
    [InlineData("Source: NATO and Article 4 (Pledge Times) — https://example.org/a — 2022-11-16\n\nText.", "2022-11-16", "2022-11-16")]
    [InlineData("Source: This day in 1991 (Politico) — https://example.org/b — undated on page; content dates it to the week of 19 June 2012 (signed 19 June 2012)\n\nText.", "2012-06-19", "19 June 2012")]
    [InlineData("Source: A title — https://example.org/c — undated; content dates it to mid-March 2025 (elected 12 March 2025)\n\nText.", "2025-03-15", "mid-March 2025")]
    [InlineData("Published: 16 November 2022\nPoland asked for consultations.", "2022-11-16", "16 November 2022")]
    [InlineData("Tuesday, 16 November 2022\nPoland asked for consultations.", "2022-11-16", "16 November 2022")]
    [InlineData("Updated March 2024\nSweden joined.", "2024-03-31", "March 2024")]
    public void CheckOnItsDate_DateLine_IsTheDateOfTruth(string text, string day, string words)
    {
        var report = Answers.CheckOnItsDate(Knowledge.Atlas, text, Knowledge.Today);

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), report.On);
        Assert.Equal(words, report.DateLine);
    }

    [Theory]
    [InlineData("On 4 April 1949 twelve states signed the North Atlantic Treaty.")]
    [InlineData("Source: NATO at 75, 4 April 2024 (Reuters) — https://example.org/d\n\nText.")]
    [InlineData("")]
    public void CheckOnItsDate_NoDateLine_IsToday(string text)
    {
        var report = Answers.CheckOnItsDate(Knowledge.Atlas, text, Knowledge.Today);

        Assert.Equal(Knowledge.Today, report.On);
        Assert.Null(report.DateLine);
    }
}
