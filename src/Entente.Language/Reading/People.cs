using Entente.Core.Atlas;

namespace Entente.Language.Reading;

/// <summary>A person the data names as an office holder, found at tokens <see cref="First"/>..<see cref="Last"/>.</summary>
/// <param name="Key">The name as the atlas's index of people has it ("leon panetta").</param>
internal sealed record PersonAt(int First, int Last, string Key, IReadOnlyList<PersonSpell> Spells);

/// <summary>
/// Finds the office holders of the atlas among a text's tokens: capitalised words outside other names, the longest
/// way of calling someone first ("Leon E. Panetta", "Leon Panetta", "Panetta"); the dots of initials are skipped. A
/// surname alone is taken only where it is no common English word ("Ford", "Bush" are not people by themselves).
/// </summary>
internal static class People
{
    public static List<PersonAt> Find(Atlas atlas, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        var found = new List<PersonAt>();
        var inName = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var i = m.First; i <= m.Last && i < inName.Length; i++)
                inName[i] = true;
        }
        var people = atlas.People;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (inName[i] || token.Kind != TokenKind.Word || !token.IsCapitalized)
                continue;
            var most = people.LongestNameFrom(token.Norm);
            if (most == 0)
                continue;
            // The words from here, initials' dots left out, up to the longest name starting with this word.
            var words = new List<(int Index, string Norm)>();
            for (var k = i; k < tokens.Count && words.Count < most; k++)
            {
                if (tokens[k].Is("."))
                    continue;
                if (inName[k] || tokens[k].Kind != TokenKind.Word || !tokens[k].IsCapitalized)
                    break;
                words.Add((k, tokens[k].Norm));
            }
            for (var n = words.Count; n >= 1; n--)
            {
                var key = string.Join(' ', words.Take(n).Select(w => w.Norm));
                var spells = people.Spells(key);
                if (spells.Count == 0 || n == 1 && (EnglishWords.Contains(key) || Lexicon.Function.Contains(key)))
                    continue;
                found.Add(new PersonAt(i, words[n - 1].Index, key, spells));
                i = words[n - 1].Index;
                break;
            }
        }
        return found;
    }
}
