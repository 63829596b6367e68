namespace Entente.Language.Claims;

/// <summary>
/// Splits a text into sentences with their character offsets: at '.', '!' or '?' followed by white space,
/// and at every line break (headings and list items stand alone). "U.S." and "e.g." do not end a sentence.
/// </summary>
internal static class Sentences
{
    public static IEnumerable<(int Start, int End)> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c == '\n')
                end = i;
            else if (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviation(text, i))
                end = i + 1;
            if (end < 0)
                continue;
            var (s, e) = Trim(text, start, end);
            if (e > s)
                yield return (s, e);
            start = end;
        }
        var (ls, le) = Trim(text, start, text.Length);
        if (le > ls)
            yield return (ls, le);
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return (start, end);
    }

    // "U.S. forces", "e.g. cyber", "No. 5": a dot after a short token with a dot or a capital is not an end.
    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
            wordStart--;
        var word = text[wordStart..dot];
        if (word.Contains('.', StringComparison.Ordinal))
            return true;
        return word is "e.g" or "i.e" or "No" or "Art" or "vs" or "St" or "Mr" or "Dr" || (word.Length == 1 && char.IsUpper(word[0]));
    }
}
