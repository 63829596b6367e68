namespace Entente.Language.Questions;

/// <summary>Whether a text names a topic of cooperation ("cybersecurity" matches "cyber defence").</summary>
internal static class Topics
{
    public static bool Matches(string text, string[] topic) => topic.Any(word => Matches(text, word));

    public static bool Matches(string text, string topic)
    {
        var t = text.ToLowerInvariant();
        foreach (var word in topic.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 4 && (t.Contains(word, StringComparison.Ordinal) || t.Contains(Stem(word), StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    // cybersecurity → cyber, counter-terrorism → terror, disasters → disaster
    private static string Stem(string word) =>
        word.StartsWith("cyber", StringComparison.Ordinal) ? "cyber"
        : word.StartsWith("counterterror", StringComparison.Ordinal) || word.StartsWith("terror", StringComparison.Ordinal) ? "terror"
        : word.TrimEnd('s');
}
