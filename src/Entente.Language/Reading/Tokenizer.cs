using Entente.Core.Atlas;

namespace Entente.Language.Reading;

/// <summary>
/// Splits a text into tokens with character offsets, in one pass (linear in the text): runs of letters
/// (with inner apostrophes, hyphens and dots of abbreviations: "isn't", "Austria-Hungary", "U.S."), runs of
/// digits, and single punctuation marks. Contractions are split as a reader hears them: "isn't" gives "is"
/// and "not" (both spanning the word).
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int offset = 0, int start = 0, int end = -1)
    {
        if (end < 0)
            end = text.Length;
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var s = i;
            if (char.IsLetter(c) && c != 'ʼ')
            {
                while (i < end && (char.IsLetterOrDigit(text[i]) && text[i] != 'ʼ' || IsInner(text, i, end)))
                    i++;
                AddWord(tokens, text, s, i, offset);
            }
            else if (char.IsDigit(c))
            {
                while (i < end && (char.IsDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1]) && i > s)))
                    i++;
                // "1950s", "4th", "15th"
                var t = i;
                while (t < end && char.IsLetter(text[t]) && t - i < 2)
                    t++;
                var number = text[s..i].Replace(",", "", StringComparison.Ordinal);
                tokens.Add(new Token(text[s..t], number, s + offset, t + offset, TokenKind.Number));
                i = t;
            }
            else
            {
                i++;
                tokens.Add(new Token(text[s..i], c is '’' or '‘' ? "'" : c is '“' or '”' ? "\"" : c is '–' or '—' ? "-" : text[s..i], s + offset, i + offset, TokenKind.Punctuation));
            }
        }
        return tokens;
    }

    // An apostrophe, hyphen or dot between letters belongs to the word ("isn't", "Austria-Hungary", "U.S.").
    private static bool IsInner(string text, int i, int end)
    {
        var c = text[i];
        if (c is not ('\'' or '’' or 'ʼ' or '-' or '.'))
            return false;
        if (i + 1 >= end)
            return c == '.' && i >= 2 && text[i - 2] == '.';
        var next = text[i + 1];
        if (c == '.')
            return char.IsLetter(next) && i >= 1 && char.IsUpper(text[i - 1]) && char.IsUpper(next) || (i >= 2 && text[i - 2] == '.' && char.IsUpper(text[i - 1]));
        return char.IsLetter(next);
    }

    private static readonly Dictionary<string, string[]> Contractions = new(StringComparer.Ordinal)
    {
        ["isn't"] = ["is", "not"],
        ["aren't"] = ["are", "not"],
        ["wasn't"] = ["was", "not"],
        ["weren't"] = ["were", "not"],
        ["doesn't"] = ["does", "not"],
        ["didn't"] = ["did", "not"],
        ["don't"] = ["do", "not"],
        ["can't"] = ["can", "not"],
        ["won't"] = ["will", "not"],
        ["wouldn't"] = ["would", "not"],
        ["hasn't"] = ["has", "not"],
        ["haven't"] = ["have", "not"],
        ["hadn't"] = ["had", "not"],
        ["couldn't"] = ["could", "not"],
        ["shouldn't"] = ["should", "not"],
        ["mustn't"] = ["must", "not"],
        ["isnt"] = ["is", "not"],
        ["doesnt"] = ["does", "not"],
        ["didnt"] = ["did", "not"],
        ["dont"] = ["do", "not"],
        ["cannot"] = ["can", "not"],
        ["arent"] = ["are", "not"],
        ["wasnt"] = ["was", "not"],
        ["whats"] = ["what", "is"],
        ["what's"] = ["what", "is"],
        ["who's"] = ["who", "is"],
        ["where's"] = ["where", "is"],
        ["it's"] = ["it", "is"],
        ["that's"] = ["that", "is"],
    };

    private static void AddWord(List<Token> tokens, string text, int s, int e, int offset)
    {
        var word = text[s..e].Replace('’', '\'').Replace('ʼ', '\'');
        var lower = word.ToLowerInvariant();
        if (Contractions.TryGetValue(lower, out var parts))
        {
            foreach (var part in parts)
                tokens.Add(new Token(word, part, s + offset, e + offset, TokenKind.Word));
            return;
        }
        // Possessive "NATO's", "Japan's": the name alone.
        if (lower.EndsWith("'s", StringComparison.Ordinal) && lower.Length > 2)
        {
            tokens.Add(new Token(word[..^2], NameIndex.Normalize(word[..^2]), s + offset, e - 2 + offset, TokenKind.Word));
            return;
        }
        if (lower.EndsWith("s'", StringComparison.Ordinal) && lower.Length > 2)
        {
            tokens.Add(new Token(word[..^1], NameIndex.Normalize(word[..^1]), s + offset, e - 1 + offset, TokenKind.Word));
            return;
        }
        var norm = NameIndex.Normalize(word);
        if (norm.Contains(' ', StringComparison.Ordinal))
        {
            // "Austria-Hungary" is indexed as "austria hungary": keep the parts as tokens of one place each.
            var pos = s;
            foreach (var part in norm.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                tokens.Add(new Token(word, part, pos + offset, e + offset, TokenKind.Word));
            }
            return;
        }
        if (norm.Length > 0)
            tokens.Add(new Token(word, norm, s + offset, e + offset, TokenKind.Word));
    }
}
