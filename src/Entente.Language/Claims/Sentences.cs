namespace Entente.Language.Claims;

/// <summary>
/// Splits a text into sentences with their character offsets: at '.', '!' or '?' followed by white space,
/// and at every line break (headings and list items stand alone). "U.S." and "e.g." do not end a sentence.
/// </summary>
/// <remarks>
/// One pass, linear in the text whatever its shape. A sentence longer than <see cref="MaxLength"/> characters
/// (a text without punctuation, a pasted table) is cut into parts of at most that length — at the last ';',
/// ':' or ',' of the part, else at its last space, else anywhere but inside a surrogate pair — and each part
/// comes with <see cref="Sentence.Cut"/> set, so that the checker can say which text it read in pieces.
/// The work per sentence is then bounded, and the work per text linear in its length.
/// </remarks>
internal static class Sentences
{
    /// <summary>The longest sentence checked as one, in characters (the longest in the test articles is under 200).</summary>
    public const int MaxLength = 1000;

    public static IEnumerable<Sentence> Split(string text, int maxLength = MaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        var start = 0;
        var cut = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (i - start >= maxLength)
            {
                // Too long: end this part at a clause break in its second half, so that no part is shorter than half the bound.
                var stop = Break(text, start + (maxLength / 2), i);
                var (cs, ce) = Trim(text, start, stop);
                if (ce > cs)
                    yield return new Sentence(cs, ce, Cut: true);
                start = stop;
                cut = true;
            }
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
                yield return new Sentence(s, e, cut);
            start = end;
            cut = false;
        }
        var (ls, le) = Trim(text, start, text.Length);
        if (le > ls)
            yield return new Sentence(ls, le, cut);
    }

    // The end of a part that must end by `last`: after its last clause mark or space at or after `from`, else at `last`.
    private static int Break(string text, int from, int last)
    {
        for (var j = last - 1; j >= from; j--)
        {
            if (text[j] is ';' or ':' or ',')
                return j + 1;
        }
        for (var j = last - 1; j >= from; j--)
        {
            if (char.IsWhiteSpace(text[j]))
                return j + 1;
        }
        return char.IsLowSurrogate(text[last]) ? last - 1 : last;
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return (start, end);
    }

    private static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static bool MonthFollows(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        var rest = text.AsSpan(i);
        foreach (var month in MonthNames)
        {
            if (rest.StartsWith(month, StringComparison.Ordinal) && (rest.Length == month.Length || !char.IsLetter(rest[month.Length])))
                return true;
        }
        return false;
    }

    // "U.S. forces", "e.g. cyber", "No. 5": a dot after a short token with a dot or a capital is not an end.
    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
            wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Contains('.'))
            return true;
        // "3. November 1956": a day written as an ordinal, in the continental way.
        if (word.Length is 1 or 2 && char.IsDigit(word[0]) && char.IsDigit(word[^1]) && MonthFollows(text, dot + 1))
            return true;
        return word is "e.g" or "i.e" or "No" or "Art" or "vs" or "St" or "Mr" or "Dr" or "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec" || (word.Length == 1 && char.IsUpper(word[0]));
    }
}

/// <summary>A sentence of a text, from <see cref="Start"/> to <see cref="End"/> (exclusive); <see cref="Cut"/> when it is part of a longer one cut at <see cref="Sentences.MaxLength"/>.</summary>
internal readonly record struct Sentence(int Start, int End, bool Cut)
{
    public int Length => End - Start;
}
