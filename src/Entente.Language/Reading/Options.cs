using System.Text.RegularExpressions;

namespace Entente.Language.Reading;

/// <summary>One option of a multiple-choice question as written: its label ("A", "3") and its text with offsets.</summary>
internal sealed record OptionText(string Label, string Text, int Start, int End);

/// <summary>
/// Finds the options of a multiple-choice question: "A. … B. …", "(a) … (b) …", "a) … b) …", "[A] … [B] …",
/// "1. … 2. …", "I. … II. …", "- … - …" or "… / … / …" after the stem. Markers must run in order from the first
/// (a, b, c…; 1, 2, 3…); otherwise the text has no options. The stem is the text before the first marker.
/// </summary>
internal static partial class Options
{
    /// <summary>The options and the stem: text[..StemEnd] and, when the question follows the options ("I. Austria II. Bulgaria … How many of the above are members?"), text[TailStart..].</summary>
    public static (int StemEnd, int TailStart, IReadOnlyList<OptionText> Options) Find(string text)
    {
        var (stemEnd, options) = FindOptions(text);
        if (options.Count >= 2 && QuestionAfter().Match(options[^1].Text) is { Success: true } m && m.Index > 0)
        {
            var last = options[^1];
            var body = last.Text[..m.Index].TrimEnd();
            var list = options.Take(options.Count - 1).Append(last with { Text = body, End = last.Start + body.Length }).ToArray();
            return (stemEnd, last.Start + m.Index, list);
        }
        return (stemEnd, text.Length, options);
    }

    private static (int StemEnd, IReadOnlyList<OptionText> Options) FindOptions(string text)
    {
        var best = (StemEnd: text.Length, Options: (IReadOnlyList<OptionText>)[]);
        foreach (var style in Styles)
        {
            var found = Sequence(text, style.Pattern, style.Rank);
            if (found.Count >= 2 && (best.Options.Count == 0 || found[0].Start < best.StemEnd))
                best = (found[0].Start, found.Select(f => f.Option).ToArray());
        }
        if (best.Options.Count == 0)
        {
            var question = text.IndexOf('?', StringComparison.Ordinal);
            if (question > 0 && question < text.Length - 1)
            {
                var rest = text[(question + 1)..];
                foreach (var separator in new[] { " / ", " - " })
                {
                    var parts = rest.Split(separator);
                    if (parts.Length >= 3 || (parts.Length == 2 && separator == " / "))
                    {
                        var list = new List<OptionText>();
                        var pos = question + 1;
                        foreach (var part in parts)
                        {
                            var trimmed = part.Trim().TrimStart('-', ' ').Trim();
                            var start = text.IndexOf(trimmed, pos, StringComparison.Ordinal);
                            if (trimmed.Length > 0 && start >= 0)
                                list.Add(new OptionText((list.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), trimmed, start, start + trimmed.Length));
                            pos += part.Length + separator.Length;
                        }
                        if (list.Count >= 2)
                            return (question + 1, list);
                    }
                }
            }
        }
        return best;
    }

    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

    private sealed record Style(Regex Pattern, Func<string, int> Rank);

    private static readonly Style[] Styles =
    [
        new(LetterDot(), Letter),
        new(LetterParen(), Letter),
        new(Bracketed(), Letter),
        new(NumberMarker(), s => int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1),
        new(RomanMarker(), s => Array.IndexOf(Romans, s) + 1),
    ];

    private static int Letter(string s) => char.ToLowerInvariant(s[0]) - 'a' + 1;

    private static List<(int Start, OptionText Option)> Sequence(string text, Regex pattern, Func<string, int> rank)
    {
        var markers = pattern.Matches(text).Select(m => (Match: m, Rank: rank(m.Groups["l"].Value))).ToList();
        // The longest run 1, 2, 3… among the markers.
        var run = new List<Match>();
        for (var i = 0; i < markers.Count; i++)
        {
            if (markers[i].Rank != 1)
                continue;
            var current = new List<Match> { markers[i].Match };
            for (var j = i + 1; j < markers.Count; j++)
            {
                if (markers[j].Rank == current.Count + 1)
                    current.Add(markers[j].Match);
            }
            if (current.Count > run.Count)
                run = current;
        }
        var result = new List<(int, OptionText)>();
        for (var k = 0; k < run.Count; k++)
        {
            var start = run[k].Index + run[k].Length;
            var end = k + 1 < run.Count ? run[k + 1].Index : text.Length;
            var body = text[start..end].Trim().TrimEnd(',', ';').Trim();
            var bodyStart = text.IndexOf(body, start, StringComparison.Ordinal);
            result.Add((run[k].Index + (run[k].Value.Length - run[k].Value.TrimStart().Length), new OptionText(run[k].Groups["l"].Value, body, bodyStart, bodyStart + body.Length)));
        }
        return result;
    }

    [GeneratedRegex(@"\s(?:How many|How|Which|What|Who|When|Where|Why)\b[^?]*\?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionAfter();

    [GeneratedRegex(@"(?<=^|[\s?:.])(?<l>[A-Ea-e])\.\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LetterDot();

    [GeneratedRegex(@"(?<=^|[\s?:.])\(?(?<l>[A-Ea-e])\)\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LetterParen();

    [GeneratedRegex(@"(?<=^|[\s?:.])\[(?<l>[A-Ea-e])\]\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?<=^|[\s?:])(?<l>[1-9])[.)]\s+(?=\D)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberMarker();

    [GeneratedRegex(@"(?<=^|[\s?:])(?<l>I|II|III|IV|V|VI|VII|VIII)\.\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex RomanMarker();
}
