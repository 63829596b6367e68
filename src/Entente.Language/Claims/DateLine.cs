using System.Text.RegularExpressions;
using Entente.Language.Reading;

namespace Entente.Language.Claims;

/// <summary>
/// The date an article gives itself, when it has a date line near its top: a line opening with "Source:", "Published",
/// "Posted", "Updated", "Date:" or "Dated", or a line that is a date and nothing more. In a source line the title and
/// the address are passed over ("Source: This day in 1991 — https://… — 2022-11-16"): the first date after the last
/// address counts. "mid-March 2025" is the 15th, "early" the 5th, "late" the 25th; a month alone is its last day and a
/// year alone its last day, as <c>--on 2012</c> reads. The sentences of the article itself are never read for it.
/// </summary>
internal static partial class DateLine
{
    /// <summary>How far into the text a date line may stand, in characters, and how many lines are looked at.</summary>
    private const int Reach = 2000;
    private const int Lines = 6;

    [GeneratedRegex(@"^\s*(source|published|posted|updated|last updated|date|dated|first published)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    /// <summary>The day of the text's date line and the words it was read from; null when the text has none.</summary>
    public static (DateOnly Day, string Words)? Find(string text)
    {
        var head = text.Length > Reach ? text[..Reach] : text;
        var seen = 0;
        foreach (var raw in head.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            if (++seen > Lines)
                break;
            var labelled = Labelled().IsMatch(line);
            var from = 0;
            foreach (Match m in Address().Matches(line))
                from = m.Index + m.Length;
            var tokens = Tokenizer.Tokenize(line, 0, from);
            if (First(tokens) is not { } found)
                continue;
            // A line that is only a date ("12 March 2025", "Tuesday, 16 November 2022 14:05"): no words but the date's.
            var alone = tokens.Take(found.FirstToken).Concat(tokens.Skip(found.FirstToken + found.Length)).All(t => t.Kind != TokenKind.Word || Weekdays.Contains(t.Norm) || t.Norm is "at" or "am" or "pm" or "utc" or "gmt");
            if (labelled || alone)
                return (found.Day, line[tokens[found.Start].Start..tokens[found.FirstToken + found.Length - 1].End]);
        }
        return null;
    }

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal) { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    private sealed record Found(DateOnly Day, int Start, int FirstToken, int Length);

    // The first date among the tokens, with an "early / mid / late" before a month.
    private static Found? First(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var (day, length, problem, precision) = TimePhrases.Date(tokens, i);
            if (day is not { } d || problem is not null || length == 0)
                continue;
            var start = i;
            if (precision == 2 && i > 0 && tokens[i - 1].Norm is "early" or "mid" or "late")
            {
                start = i - 1;
                d = new DateOnly(d.Year, d.Month, tokens[i - 1].Norm switch { "early" => 5, "mid" => 15, _ => 25 });
                precision = 3;
            }
            var last = precision switch
            {
                1 => new DateOnly(d.Year, 12, 31),
                2 => new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)),
                _ => d,
            };
            return new Found(last, start, i, length);
        }
        return null;
    }
}
