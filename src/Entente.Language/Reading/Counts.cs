using System.Globalization;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Language.Reading;

/// <summary>
/// Counts of people as texts write them, read backwards from their last word: "30,000", "about 200,000", "2.5 million",
/// "nearly 3,000", "more than 100,000", "several thousand", "tens of thousands", "hundreds".
/// </summary>
internal static class Counts
{
    private static readonly Dictionary<string, int> Multipliers = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100,
        ["thousand"] = 1_000,
        ["million"] = 1_000_000,
    };

    // Orders of magnitude said without a number: the range each is read as.
    private static readonly Dictionary<string, (int Low, int High)> Plurals = new(StringComparer.Ordinal)
    {
        ["dozens"] = (24, 99),
        ["hundreds"] = (200, 999),
        ["thousands"] = (2_000, 99_999),
        ["millions"] = (2_000_000, 99_999_999),
    };

    /// <summary>What a count's verb or noun counts: "fled", "refugees" → fled; "jailed" → imprisoned; "died", "dead" → killed.</summary>
    public static FigureMeasure Measure(string word) => word switch
    {
        "fled" or "flee" or "escaped" or "refugees" => FigureMeasure.Fled,
        "imprisoned" or "jailed" or "sentenced" => FigureMeasure.Imprisoned,
        "executed" or "hanged" => FigureMeasure.Executed,
        "wounded" or "injured" => FigureMeasure.Wounded,
        _ => FigureMeasure.Killed,
    };

    /// <summary>The count whose last word is <paramref name="end"/>, with its first word; null when there is none.</summary>
    public static (int First, CountAsserted Asserted)? Before(IReadOnlyList<Token> t, int end)
    {
        if (end < 0 || end >= t.Count)
            return null;
        var w = t[end].Norm;
        int first;
        double low, high;
        var vague = false;
        if (t[end].Kind == TokenKind.Number && Value(t[end]) is { } n)
        {
            (first, low, high) = (end, n, n);
        }
        else if (Multipliers.TryGetValue(w, out var mult) && end > 0)
        {
            var before = t[end - 1];
            if (before.Kind == TokenKind.Number && Value(before) is { } m || Numbers.Word(before.Norm) is { } word && (m = word) > 0)
                (first, low, high) = (end - 1, m * mult, m * mult);
            else if (before.Norm is "several" or "many")
                (first, low, high, vague) = (end - 1, 3 * mult, 10 * mult - 1, true);
            else if (before.Norm == "few" && end > 1 && t[end - 2].Norm == "a")
                (first, low, high, vague) = (end - 2, 2 * mult, 5 * mult, true);
            else if (before.Norm is "a" or "one")
                (first, low, high) = (end - 1, mult, mult);
            else
                return null;
        }
        else if (Plurals.TryGetValue(w, out var plural))
        {
            (first, low, high, vague) = (end, plural.Low, plural.High, true);
            // "tens of thousands", "hundreds of thousands"
            if (end > 1 && t[end - 1].Norm == "of" && t[end - 2].Norm is "tens" or "hundreds")
            {
                // "tens of thousands": 20,000 to 99,999; "hundreds of thousands": 200,000 to 999,999.
                var unit = plural.Low / 2.0;
                var scale = t[end - 2].Norm == "tens" ? 10 : 100;
                (first, low, high) = (end - 2, 2 * scale * unit, 10 * scale * unit - 1);
            }
            else if (end > 0 && t[end - 1].Norm is "many" or "several")
                first = end - 1;
        }
        else
            return null;
        var atLeast = false;
        var q = first > 0 ? t[first - 1].Norm : "";
        var q2 = first > 1 ? $"{t[first - 2].Norm} {q}" : "";
        if (q2 is "more than" or "at least" or "upwards of" or "in excess of")
            (atLeast, first) = (true, first - 2);
        else if (q2 is "fewer than" or "less than" or "up to")
            (low, first) = (0, first - 2);
        else if (q2 == "an estimated")
            (low, high, first) = (low * 0.9, high * 1.1, first - 2);
        else if (q is "over")
            (atLeast, first) = (true, first - 1);
        else if (q is "under")
            (low, first) = (0, first - 1);
        else if (q is "about" or "around" or "approximately" or "roughly" or "some" or "circa" or "estimated" or "approx")
            (low, high, first) = (low * 0.9, high * 1.1, first - 1);
        else if (q is "nearly" or "almost")
            (low, first) = (low * 0.85, first - 1);
        if (high > int.MaxValue || low < 0)
            return null;
        return (first, new CountAsserted((int)low, atLeast ? int.MaxValue : (int)high, vague) { AtLeast = atLeast });
    }

    private static double? Value(Token token) =>
        double.TryParse(token.Norm, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v >= 0 && v < 1e10 ? v : null;
}
