namespace Entente.Data.Atop;

/// <summary>Turns year, month and day columns into a date, reporting the column at fault.</summary>
internal static class CsvDates
{
    /// <summary>
    /// The date in three columns, where a missing (empty or 0) month reads as <paramref name="noMonth"/> and a
    /// missing day as the month's first day or, with <paramref name="lastDayIfMissing"/>, its last. Null, with
    /// a problem, when a part is not a number or out of range.
    /// </summary>
    public static DateOnly? Read(CsvInput input, int yearColumn, int monthColumn, int dayColumn, int noMonth, bool lastDayIfMissing)
    {
        var year = input.Int(yearColumn);
        var month = input.Int(monthColumn, 0);
        var day = input.Int(dayColumn, 0);
        if (year is not { } y || month is not { } m || day is not { } d)
            return null;
        return Check(input, yearColumn, monthColumn, dayColumn, y, m == 0 ? noMonth : m, d, lastDayIfMissing);
    }

    /// <summary>A date whose parts are all required and known.</summary>
    public static DateOnly? ReadExact(CsvInput input, int yearColumn, int monthColumn, int dayColumn)
    {
        var year = input.Int(yearColumn);
        var month = input.Int(monthColumn);
        var day = input.Int(dayColumn);
        if (year is not { } y || month is not { } m || day is not { } d)
            return null;
        if (d == 0)
        {
            input.Add(dayColumn, "day 0 is not a day of the month");
            return null;
        }
        return Check(input, yearColumn, monthColumn, dayColumn, y, m, d, lastDayIfMissing: false);
    }

    private static DateOnly? Check(CsvInput input, int yearColumn, int monthColumn, int dayColumn, int year, int month, int day, bool lastDayIfMissing)
    {
        if (!Years.InRange(year))
        {
            input.Add(yearColumn, $"year {year} is out of range ({Years.Min} to {Years.Max})");
            return null;
        }
        if (month is < 1 or > 12)
        {
            input.Add(monthColumn, $"month {month} is not 1 to 12");
            return null;
        }
        var days = DateTime.DaysInMonth(year, month);
        if (day == 0)
            day = lastDayIfMissing ? days : 1;
        if (day > days)
        {
            input.Add(dayColumn, $"day {day} is past the end of {year}-{month:D2}, which has {days} days");
            return null;
        }
        return new DateOnly(year, month, day);
    }
}
