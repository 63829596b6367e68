using System.Globalization;
using Entente.Core.Model;

namespace Entente.Language.Reading;

/// <summary>
/// The date a text gives an event, at the precision it says it: "4 April 1949", "April 4, 1949", "3. November 1956",
/// "August 20-21, 1968" (the first day), "in 2014", "in February 2024"; a day or month without a year ("On November 4",
/// "in February") takes the year the text named last, when there is one.
/// </summary>
internal static class EventDates
{
    public static (PartialDate Date, int Length)? At(IReadOnlyList<Token> t, int i, int? year)
    {
        bool Is(int k, string norm) => k < t.Count && t[k].Norm == norm;
        int? DayAt(int k) => k < t.Count && t[k].Kind == TokenKind.Number && t[k].Norm.Length <= 2 && int.TryParse(t[k].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;
        int? MonthAt(int k) => k < t.Count ? TimePhrases.Month(t[k]) : null;
        int? YearAt(int k) => k < t.Count ? TimePhrases.Year(t[k]) : null;
        (PartialDate, int)? Day(int? y, int m, int d, int length) =>
            y is { } yy && d <= DateTime.DaysInMonth(yy, m) ? (PartialDate.FromDate(new DateOnly(yy, m, d)), length) : null;

        if (i >= t.Count)
            return null;
        // "August 20-21, 1968", "August 20, 1968", "August 1968", "November 4" (no year).
        if (MonthAt(i) is { } m)
        {
            if (DayAt(i + 1) is { } d)
            {
                var k = i + 2;
                if (Is(k, "-") && DayAt(k + 1) is not null)
                    k += 2;
                var comma = Is(k, ",") ? 1 : 0;
                if (YearAt(k + comma) is { } y)
                    return Day(y, m, d, k + comma + 1 - i);
                return Day(year, m, d, k - i);
            }
            if (YearAt(i + 1) is { } y2)
                return (PartialDate.Parse($"{y2:D4}-{m:D2}"), 2);
            // "in February": the month of the year the text is about.
            if (i > 0 && t[i - 1].Norm is "in" or "early" or "late" or "mid" && year is { } y3)
                return (PartialDate.Parse($"{y3:D4}-{m:D2}"), 1);
            return null;
        }
        // "4 November 1956", "3. November 1956", "20-21 August 1968", "4 November" (no year).
        if (DayAt(i) is { } day)
        {
            var k = i + 1;
            if (Is(k, ".") || Is(k, "th") || Is(k, "st") || Is(k, "nd") || Is(k, "rd"))
                k++;
            if (Is(k, "-") && DayAt(k + 1) is not null)
                k += 2;
            if (MonthAt(k) is { } month)
                return YearAt(k + 1) is { } y ? Day(y, month, day, k + 2 - i) : Day(year, month, day, k + 1 - i);
            return null;
        }
        if (YearAt(i) is { } alone && t[i].Text.Length == 4)
            return (PartialDate.OfYear(alone), 1);
        return null;
    }

    /// <summary>The last year a text names (a four-digit number in the years Entente covers), or null.</summary>
    public static int? LastYear(IReadOnlyList<Token> t)
    {
        for (var i = t.Count - 1; i >= 0; i--)
        {
            if (TimePhrases.Year(t[i]) is { } y && t[i].Text.Length == 4)
                return y;
        }
        return null;
    }
}
