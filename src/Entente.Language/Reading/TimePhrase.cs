using System.Globalization;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Language.Reading;

/// <summary>A time phrase found among tokens: the time it names, or what is wrong with it.</summary>
internal sealed record TimePhrase(TimeSpec? When, int First, int Count, string? Problem);

/// <summary>
/// Reads time phrases: "on 4 April 2023", "on 2023-04-04", "April 4, 2023", "in 1970", "during 1970", "before
/// 2000", "after 2000", "since 2022", "between 1955 and 1991", "during the Cold War" (1947–1991, shown in the
/// reading). A year alone, with no preposition, is not a time phrase (it is a value: "founded in 1949?" is).
/// Dates must exist and lie between 1815 and 2100; anything else is a problem, never a silent today.
/// </summary>
internal static class TimePhrases
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12].Select(m => m.ToLowerInvariant()).ToArray();

    public const int FirstYear = PartialDate.FirstAsOfYear;
    public const int LastYear = PartialDate.LastAsOfYear;

    /// <summary>
    /// Named periods a question may be dated by ("during the Cold War", "in the Crimean War", "before WWI"): each with the
    /// days it is taken to run, shown in the reading, and the ways it is written (after an optional "the").
    /// </summary>
    private static readonly (string Label, DateOnly From, DateOnly To, string[] Names)[] Periods =
    [
        ("the Cold War (1947–1991)", new(1947, 1, 1), new(1991, 12, 31), ["cold war"]),
        ("the Crimean War (October 1853 – 30 March 1856)", new(1853, 10, 1), new(1856, 3, 30), ["crimean war"]),
        ("the Franco-Prussian War (19 July 1870 – 10 May 1871)", new(1870, 7, 19), new(1871, 5, 10), ["franco prussian war"]),
        ("the Russo-Japanese War (8 February 1904 – 5 September 1905)", new(1904, 2, 8), new(1905, 9, 5), ["russo japanese war"]),
        ("the First World War (28 July 1914 – 11 November 1918)", new(1914, 7, 28), new(1918, 11, 11),
            ["first world war", "world war i", "world war 1", "world war one", "wwi", "ww1", "ww 1", "great war"]),
        ("the interwar years (11 November 1918 – 1 September 1939)", new(1918, 11, 11), new(1939, 9, 1), ["interwar years", "interwar period", "inter war years", "inter war period"]),
        ("the Second World War (1 September 1939 – 2 September 1945)", new(1939, 9, 1), new(1945, 9, 2),
            ["second world war", "world war ii", "world war 2", "world war two", "wwii", "ww2", "ww 2"]),
        ("the Korean War (25 June 1950 – 27 July 1953)", new(1950, 6, 25), new(1953, 7, 27), ["korean war"]),
        ("the Vietnam War (1 November 1955 – 30 April 1975)", new(1955, 11, 1), new(1975, 4, 30), ["vietnam war"]),
        ("the Gulf War (2 August 1990 – 28 February 1991)", new(1990, 8, 2), new(1991, 2, 28), ["gulf war", "first gulf war", "persian gulf war"]),
    ];

    /// <summary>A named period ("the interwar years", "the Cold War") written at token <paramref name="at"/>: its first and last day and its last token.</summary>
    public static (DateOnly From, DateOnly To, int Last)? NamedPeriod(IReadOnlyList<Token> t, int at) =>
        Period(t, at) is { } p ? (p.From, p.To, at + p.Length - 1) : null;

    /// <summary>A named period written at token <paramref name="at"/> (after an optional "the"): its days, label and length in tokens.</summary>
    private static (DateOnly From, DateOnly To, string Label, int Length)? Period(IReadOnlyList<Token> t, int at)
    {
        var start = at < t.Count && t[at].Is("the") ? at + 1 : at;
        (DateOnly, DateOnly, string, int)? best = null;
        foreach (var (label, from, to, names) in Periods)
        {
            foreach (var name in names)
            {
                var words = name.Split(' ');
                var k = start;
                // "Franco-Prussian" is one token or three ("franco", "-", "prussian").
                var ok = true;
                foreach (var word in words)
                {
                    while (k < t.Count && t[k].Kind == TokenKind.Punctuation && t[k].Text == "-")
                        k++;
                    if (k >= t.Count || t[k].Norm != word && t[k].Norm.Replace("-", " ", StringComparison.Ordinal) != word)
                    {
                        ok = false;
                        break;
                    }
                    k++;
                }
                if (!ok && start < t.Count && t[start].Norm.Replace("-", " ", StringComparison.Ordinal) is var joined && name.StartsWith(joined + " ", StringComparison.Ordinal))
                {
                    // A hyphenated first word tokenized whole ("franco-prussian war").
                    var rest = name[(joined.Length + 1)..].Split(' ');
                    ok = start + rest.Length < t.Count && rest.Select((r, n) => t[start + 1 + n].Norm == r).All(x => x);
                    k = start + 1 + rest.Length;
                }
                if (ok && (best is null || k - at > best.Value.Item4))
                    best = (from, to, label, k - at);
            }
        }
        return best;
    }

    public static TimePhrase? Find(IReadOnlyList<Token> t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            var w = t[i].Norm;
            if (w is "during" or "in" or "after" or "before" or "since" or "throughout" or "between" && Period(t, i + 1) is { } period)
            {
                var count = period.Length + 1;
                return w switch
                {
                    "after" => new TimePhrase(new TimeSpec(TimeKind.After, period.To, label: $"after {period.Label}"), i, count, null),
                    "before" => new TimePhrase(new TimeSpec(TimeKind.Before, period.From, label: $"before {period.Label}"), i, count, null),
                    "since" => new TimePhrase(new TimeSpec(TimeKind.Since, period.From, label: $"since {period.Label}"), i, count, null),
                    _ => new TimePhrase(new TimeSpec(TimeKind.Between, period.From, period.To, period.Label), i, count, null),
                };
            }
            if (w is not ("on" or "in" or "during" or "of" or "by" or "before" or "after" or "since" or "between" or "as" or "until" or "till" or "throughout") || i + 1 >= t.Count)
                continue;
            // "in the 1980s", "during the mid-1990s", "before the 1950s": a decade or a part of one.
            if (Decade(t, t[i + 1].Is("the") ? i + 2 : i + 1) is { } decade)
            {
                var count = decade.Last - i + 1;
                return w switch
                {
                    "before" => new TimePhrase(new TimeSpec(TimeKind.Before, decade.From, label: $"before {decade.Label}"), i, count, null),
                    "after" => new TimePhrase(new TimeSpec(TimeKind.After, decade.To, label: $"after {decade.Label}"), i, count, null),
                    "since" => new TimePhrase(new TimeSpec(TimeKind.Since, decade.From, label: $"since {decade.Label}"), i, count, null),
                    _ => new TimePhrase(new TimeSpec(TimeKind.Between, decade.From, decade.To, decade.Label), i, count, null),
                };
            }
            if (w == "throughout")
                continue;
            var at = w == "as" && t[i + 1].Is("of") ? i + 2 : i + 1;
            if (at >= t.Count)
                continue;
            var (date, length, problem, precision) = Date(t, at);
            if (problem is not null)
                return new TimePhrase(null, i, at - i + length, problem);
            if (date is not { } day)
                continue;
            var span = at - i + length;
            if (w == "between" && at + length + 1 < t.Count && t[at + length].Is("and"))
            {
                var (end, l2, p2, prec2) = Date(t, at + length + 1);
                if (p2 is not null)
                    return new TimePhrase(null, i, span + 1 + l2, p2);
                if (end is { } e)
                    return new TimePhrase(new TimeSpec(TimeKind.Between, day, LastOf(e, prec2)), i, span + 1 + l2, null);
            }
            var last = LastOf(day, precision);
            var spec = w switch
            {
                "before" => new TimeSpec(TimeKind.Before, day),
                "after" => new TimeSpec(TimeKind.After, last),
                "since" => new TimeSpec(TimeKind.Since, day),
                "until" or "till" or "by" when precision == 3 => TimeSpec.OnDay(day),
                _ when precision == 3 => TimeSpec.OnDay(day),
                _ when precision == 2 => new TimeSpec(TimeKind.Between, day, last),
                _ => TimeSpec.InYearOf(day.Year),
            };
            return new TimePhrase(spec, i, span, null);
        }
        return null;
    }

    private static DateOnly LastOf(DateOnly day, int precision) => precision switch
    {
        1 => new DateOnly(day.Year, 12, 31),
        2 => new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)),
        _ => day,
    };

    /// <summary>A date at token <paramref name="i"/>: (day, tokens used, problem, precision 1 year / 2 month / 3 day).</summary>
    public static (DateOnly? Day, int Length, string? Problem, int Precision) Date(IReadOnlyList<Token> t, int i)
    {
        if (i >= t.Count)
            return (null, 0, null, 0);
        // 2023-04-04 (tokens: 2023 - 04 - 04)
        if (t[i].Kind == TokenKind.Number && t[i].Norm.Length == 4 && i + 4 < t.Count && t[i + 1].Is("-") && t[i + 2].Kind == TokenKind.Number && t[i + 3].Is("-") && t[i + 4].Kind == TokenKind.Number)
        {
            return PartialDate.TryParseAsOf(t[i].Norm, t[i + 2].Norm, t[i + 4].Norm, out var d, out var error)
                ? (d, 5, null, 3)
                : (null, 5, error, 0);
        }
        // 4 April 2023 / 4th April 2023
        if (t[i].Kind == TokenKind.Number && t[i].Norm.Length <= 2 && i + 2 < t.Count && Month(t[i + 1]) is { } m1 && Year(t[i + 2]) is { } y1)
            return Day(y1, m1, Int(t[i].Norm), 3);
        // "Sept. 1, 1951", "Dec. 1949": a capitalised abbreviation of a month, its dot read with it.
        if (Abbreviated(t[i]) is { } ma && i + 1 < t.Count && t[i + 1].Is("."))
        {
            var (day, length, problem, precision) = Date([t[i], .. t.Skip(i + 2)], 0);
            if (day is not null || problem is not null)
                return (day, length + 1, problem, precision);
        }
        // April 4, 2023 / April 4 2023 / April 2023
        if (Month(t[i]) is { } m2)
        {
            if (i + 1 < t.Count && t[i + 1].Kind == TokenKind.Number && t[i + 1].Norm.Length <= 2)
            {
                var comma = i + 2 < t.Count && t[i + 2].Is(",") ? 1 : 0;
                if (i + 2 + comma < t.Count && Year(t[i + 2 + comma]) is { } y2)
                    return Day(y2, m2, Int(t[i + 1].Norm), 3 + comma);
            }
            if (i + 1 < t.Count && Year(t[i + 1]) is { } y3)
                return (new DateOnly(y3, m2, 1), 2, null, 2);
            return (null, 0, null, 0);
        }
        if (t[i].Kind == TokenKind.Number && t[i].Norm.Length == 4 && t[i].Text.Length == 4)
        {
            var y = Int(t[i].Norm);
            if (y is < 1000 or > 9999)
                return (null, 0, null, 0);
            if (y is < FirstYear or > LastYear)
                return (null, 1, PartialDate.TryAsOfYear(y, out var why) ? null : why, 0);
            return (new DateOnly(y, 1, 1), 1, null, 1);
        }
        return (null, 0, null, 0);

        static (DateOnly?, int, string?, int) Day(int y, int m, int d, int length)
        {
            if (d < 1 || d > DateTime.DaysInMonth(y, m))
                return (null, length, $"{CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[m - 1]} {y} has no day {d}", 0);
            return (new DateOnly(y, m, d), length, null, 3);
        }
    }

    /// <summary>
    /// A decade at token <paramref name="i"/> ("1980s", "the 1980s" read from after "the"), or a part of one: "early"
    /// (its first four years), "mid" (its years 3 to 6), "late" (its last four), with or without a hyphen ("mid-1980s").
    /// </summary>
    public static (DateOnly From, DateOnly To, int First, int Last, string Label)? Decade(IReadOnlyList<Token> t, int i)
    {
        var first = i;
        string? part = null;
        if (i < t.Count && t[i].Norm is "early" or "mid" or "late")
        {
            part = t[i].Norm;
            i += i + 1 < t.Count && t[i + 1].Is("-") ? 2 : 1;
        }
        if (i >= t.Count || t[i].Kind != TokenKind.Number || t[i].Norm.Length != 4 || !t[i].Text.EndsWith('s') || t[i].Text.Length != 5 || !t[i].Norm.EndsWith('0'))
            return null;
        var start = Int(t[i].Norm);
        if (start is < FirstYear or > LastYear)
            return null;
        var (from, to) = part switch
        {
            "early" => (start, start + 3),
            "mid" => (start + 3, start + 6),
            "late" => (start + 6, start + 9),
            _ => (start, start + 9),
        };
        to = Math.Min(to, LastYear);
        var label = $"the {(part is null ? "" : part + "-")}{start}s ({from}–{to})";
        return (new DateOnly(from, 1, 1), new DateOnly(to, 12, 31), first, i, label);
    }

    internal static int? Month(Token t)
    {
        var index = Array.IndexOf(Months, t.Norm);
        return index >= 0 ? index + 1 : Abbreviated(t);
    }

    // "Jan", "Sept", "Dec": only capitalised (never "mar", "dec" as words); the dot after it is the caller's to read.
    private static int? Abbreviated(Token t) =>
        t.Kind == TokenKind.Word && t.Text.Length is 3 or 4 && char.IsUpper(t.Text[0])
            ? t.Norm switch { "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "jun" => 6, "jul" => 7, "aug" => 8, "sep" or "sept" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => (int?)null }
            : null;

    internal static int? Year(Token t) =>
        t.Kind == TokenKind.Number && t.Norm.Length == 4 && Int(t.Norm) is var y and >= FirstYear and <= LastYear ? y : null;

    private static int Int(string digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
}
