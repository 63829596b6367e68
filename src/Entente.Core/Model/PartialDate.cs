using System.Globalization;

namespace Entente.Core.Model;

/// <summary>
/// A calendar date that may be known only to the year (<c>1951</c>) or the month (<c>1951-09</c>).
/// </summary>
/// <remarks>
/// Ordering is by year, then month, then day, an unknown part sorting before every known one.
/// Where a partial date must stand for one day (the start of an interval, or an as-of date), it
/// stands for its <see cref="FirstDay"/>: <c>1951</c> means 1 January 1951.
/// </remarks>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int month, int day) => (Year, Month, Day) = (year, month, day);

    /// <summary>The year, 1 to 9999.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12, or 0 when not known.</summary>
    public int Month { get; }

    /// <summary>The day of the month, or 0 when not known.</summary>
    public int Day { get; }

    /// <summary>Whether year, month and day are all known.</summary>
    public bool IsComplete => Day != 0;

    /// <summary>The first day the date can stand for: 1951 → 1951-01-01, 1951-09 → 1951-09-01.</summary>
    /// <remarks>The default value (year 0, which no parsed date has) stands for <see cref="DateOnly.MinValue"/>.</remarks>
    public DateOnly FirstDay => Year == 0 ? DateOnly.MinValue : new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    /// <summary>The last day the date can stand for: 1951 → 1951-12-31, 1951-09 → 1951-09-30.</summary>
    public DateOnly LastDay => Day != 0 || Year == 0 ? FirstDay
        : Month != 0 ? new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month))
        : new DateOnly(Year, 12, 31);

    /// <summary>
    /// The day a question about this date is answered on, the same for <c>--on 1980</c>, <c>?on=1980</c> and "in 1980":
    /// the last day of the period it names (1980 → 1980-12-31, 1980-06 → 1980-06-30; a full date is itself), so a
    /// question about a year covers what happened in it. While the period is still running, <paramref name="today"/>.
    /// </summary>
    public DateOnly AsAsked(DateOnly today) => FirstDay <= today && LastDay > today ? today : LastDay;

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The same day, month or year <paramref name="years"/> later (29 February falls on 28 February in a common year).</summary>
    public PartialDate AddYears(int years) =>
        Day != 0 ? FromDate(FirstDay.AddYears(years)) : new(Year + years, Month, 0);

    public static PartialDate OfYear(int year) =>
        year is >= 1 and <= 9999 ? new(year, 0, 0) : throw new ArgumentOutOfRangeException(nameof(year), year, "A year is 1 to 9999.");

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; throws <see cref="FormatException"/> saying why not.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="error">Why the text is not a date, for a message to a person.</param>
    public static bool TryParse(string? text, out PartialDate date, out string error)
    {
        date = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = "a date is empty; write YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || (parts.Length > 1 && parts[1].Length != 2) || (parts.Length > 2 && parts[2].Length != 2)
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            error = $"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        var day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
        if (year < 1)
        {
            error = $"'{text}' is not a date: the year must be 0001 or later";
            return false;
        }
        if (parts.Length > 1 && month is < 1 or > 12)
        {
            error = $"'{text}' is not a date: month {month} is not 01 to 12";
            return false;
        }
        if (parts.Length > 2 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            error = $"'{text}' is not a date: {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has no day {day}";
            return false;
        }
        date = new PartialDate(year, month, day);
        error = "";
        return true;
    }

    /// <summary>The first year a question may ask about: the data's alliances start after it.</summary>
    public const int FirstAsOfYear = 1600;

    /// <summary>The last year a question may ask about.</summary>
    public const int LastAsOfYear = 2099;

    /// <summary>
    /// Reads a day a question asks about from its year, month and day as written — any digits, so that
    /// <c>0000-00-00</c>, <c>2023-13-45</c> and <c>9999-12-31</c> are refused with a reason rather than passed
    /// over — and checks it is a real day between <see cref="FirstAsOfYear"/> and <see cref="LastAsOfYear"/>.
    /// </summary>
    /// <param name="error">Why it is not a day a question can ask about, for a message to a person.</param>
    public static bool TryParseAsOf(string year, string month, string day, out DateOnly date, out string error)
    {
        date = default;
        var text = $"{year}-{month}-{day}";
        if (year.Length != 4 || month.Length is < 1 or > 2 || day.Length is < 1 or > 2
            || !(year.All(char.IsAsciiDigit) && month.All(char.IsAsciiDigit) && day.All(char.IsAsciiDigit)))
        {
            error = $"'{text}' is not a date; write YYYY-MM-DD";
            return false;
        }
        if (!TryParse($"{year}-{month.PadLeft(2, '0')}-{day.PadLeft(2, '0')}", out var parsed, out error))
            return false;
        if (!TryAsOfYear(parsed.Year, out error))
        {
            error = $"'{text}': {error}";
            return false;
        }
        date = parsed.FirstDay;
        return true;
    }

    /// <summary>Whether a question may ask about <paramref name="year"/>: <see cref="FirstAsOfYear"/> to <see cref="LastAsOfYear"/>.</summary>
    public static bool TryAsOfYear(int year, out string error)
    {
        error = year is >= FirstAsOfYear and <= LastAsOfYear ? ""
            : string.Create(CultureInfo.InvariantCulture, $"the year {year:D4} is outside the years Entente answers about ({FirstAsOfYear} to {LastAsOfYear})");
        return error.Length == 0;
    }

    public int CompareTo(PartialDate other) =>
        Year != other.Year ? Year.CompareTo(other.Year)
        : Month != other.Month ? Month.CompareTo(other.Month)
        : Day.CompareTo(other.Day);

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary><c>1951</c>, <c>1951-09</c> or <c>1951-09-08</c>: the precision it was written with.</summary>
    public override string ToString() =>
        Day != 0 ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}")
        : Month != 0 ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
        : Year.ToString("D4", CultureInfo.InvariantCulture);
}
