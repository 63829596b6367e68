using Entente.Core.Atlas;

namespace Entente.Language.Reading;

/// <summary>
/// Finds the names of the atlas among tokens: longest exact match first; then, for a word that is no common
/// English word and no word of the lexicon, a partial name ("Korea") or a misspelling ("Japn"), only where
/// one thing fits (or several to ask between) — never a guess between two.
/// </summary>
internal static class Linker
{
    public static List<Mention> Link(Atlas atlas, IReadOnlyList<Token> tokens, bool fuzzy)
    {
        var mentions = new List<Mention>();
        var taken = new bool[tokens.Count];
        var names = atlas.Names;
        var keys = KeyLengths(names, tokens);
        // A name's commas are tokens too: a name of n words may take a few more tokens.
        for (var length = Math.Min(names.LongestKeyWords + MaxInnerCommas, tokens.Count); length >= 1; length--)
        {
            // A region's words are no single name ("America" of North America), but a longer name holds a region ("Southeast Asia Treaty Organization").
            if (length == 1)
                TakeRegions(tokens, taken);
            for (var start = 0; start + length <= tokens.Count; start++)
            {
                var first = tokens[start];
                if (keys[start] is not { } lengths || !lengths.Contains(length) || Any(taken, start, length))
                    continue;
                var key = string.Join(' ', Enumerable.Range(start, length).Where(i => !IsInnerComma(tokens, start, i - start)).Select(i => tokens[i].Norm));
                if (length == 1 && !Linkable(first))
                    continue;
                var found = names.Exact(key);
                if (found.Count == 0)
                    continue;
                // A three-letter id that is also an English word ("are" = ARE, "can" = CAN) counts only
                // when written in capitals, as an id is.
                if (length == 1 && key.Length == 3 && !string.Equals(first.Text, first.Text.ToUpperInvariant(), StringComparison.Ordinal)
                    && found.All(e => e.Id.Equals(key, StringComparison.OrdinalIgnoreCase) && !NamedSo(atlas, e, key)))
                    continue;
                if (length > 1 && CommonNounPhrase(tokens, start, length))
                    continue;
                var last = tokens[start + length - 1];
                mentions.Add(new Mention(start, length, first.Start, last.End, Text(tokens, start, length), found, Fuzzy: false));
                for (var i = start; i < start + length; i++)
                    taken[i] = true;
            }
        }
        for (var i = 0; fuzzy && i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (taken[i] || token.Kind != TokenKind.Word || token.Norm.Length < 4 || !token.Norm.All(char.IsLetter)
                || EnglishWords.Contains(token.Norm) || Lexicon.RegionAdjectives.Contains(token.Norm) || Lexicon.Function.Contains(token.Norm) || Lexicon.ByFirstWord.ContainsKey(token.Norm)
                || IsInflection(token.Norm))
                continue;
            var partial = names.Resolve(token.Norm, EntityKind.Actor);
            if (partial.Candidates.Count == 0)
                partial = names.Resolve(token.Norm, EntityKind.Place);
            if (partial.Candidates.Count == 0)
                continue;
            // A part of a name is its head word ("Korea" of North and South Korea), never a modifier standing
            // before another noun ("European" of the European Union, "Arab" of the United Arab Emirates).
            var isPart = partial.Candidates.All(c => HeadWord(c.Name) == token.Norm);
            if (!isPart && partial.Candidates.Any(c => NameIndex.Normalize(c.Name).Split(' ').Contains(token.Norm)))
                continue;
            // A misspelling is one slip in a short word, two in a long one ("Japn", "Finnland"; never "Berlin" for Benin).
            var slips = token.Norm.Length >= 8 ? 2 : 1;
            if (!isPart && !partial.Candidates.Take(1).Any(c => Spellings(atlas, c).Any(n => NameIndex.Distance(token.Norm, n, slips) <= slips)))
                continue;
            if (isPart || partial.Candidates.Count == 1)
            {
                mentions.Add(new Mention(i, 1, token.Start, token.End, token.Text, isPart ? partial.Candidates : [partial.Candidates[0]], Fuzzy: !isPart));
                taken[i] = true;
            }
        }
        return [.. mentions.OrderBy(m => m.First)];
    }

    // "North America", "the Middle East": a region's words are no state's name ("America"); taken before single words are linked.
    private static void TakeRegions(IReadOnlyList<Token> tokens, bool[] taken)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var region in Lexicon.Regions)
            {
                if (i + region.Length > tokens.Count || tokens[i].Norm != region[0])
                    continue;
                var all = true;
                for (var k = 1; k < region.Length && all; k++)
                    all = tokens[i + k].Norm == region[k];
                if (!all || Any(taken, i, region.Length))
                    continue;
                for (var k = 0; k < region.Length; k++)
                    taken[i + k] = true;
                i += region.Length - 1;
                break;
            }
        }
    }

    /// <summary>
    /// For each token, the numbers of words from it that spell a known name (null when none): one pass that grows
    /// the key word by word in a buffer, at most as far as the longest name from that word, so linking stays linear
    /// in the tokens and builds a string only for a name found.
    /// </summary>
    private static List<int>?[] KeyLengths(NameIndex names, IReadOnlyList<Token> tokens)
    {
        var found = new List<int>?[tokens.Count];
        Span<char> chars = stackalloc char[256];
        for (var start = 0; start < tokens.Count; start++)
        {
            var first = tokens[start];
            var longest = first.Kind == TokenKind.Punctuation ? 0 : names.LongestNameFrom(first.Norm);
            var used = 0;
            var words = 0;
            for (var k = 0; words < longest && start + k < tokens.Count; k++)
            {
                var token = tokens[start + k];
                // A comma inside a name ("Treaty of Friendship, Co-operation and Mutual Assistance") is no word of its key.
                if (IsInnerComma(tokens, start, k))
                    continue;
                if (token.Kind == TokenKind.Punctuation || used + token.Norm.Length + 1 > chars.Length)
                    break;
                words++;
                if (k > 0)
                    chars[used++] = ' ';
                token.Norm.AsSpan().CopyTo(chars[used..]);
                used += token.Norm.Length;
                if (names.IsKey(chars[..used]))
                    (found[start] ??= []).Add(k + 1);
            }
        }
        return found;
    }

    private const int MaxInnerCommas = 4;

    // A comma between two words of a run, not its first or last token.
    private static bool IsInnerComma(IReadOnlyList<Token> tokens, int start, int k) =>
        k > 0 && start + k + 1 < tokens.Count && tokens[start + k].Norm == "," && tokens[start + k - 1].Kind == TokenKind.Word && tokens[start + k + 1].Kind == TokenKind.Word;

    // The last word of a name, leaving out a parenthesis ("Korea (1887–1905)" → "korea").
    private static string HeadWord(string name)
    {
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        return NameIndex.Normalize(paren > 0 ? name[..paren] : name).Split(' ')[^1];
    }

    private static IEnumerable<string> Spellings(Atlas atlas, EntityRef entity) =>
        entity.Kind == EntityKind.Actor && atlas.FindActor(new Core.Model.ActorId(entity.Id)) is { } actor
            ? new[] { actor.Name }.Concat(actor.Aliases).Concat(actor.Demonyms).Select(NameIndex.Normalize)
            : entity.Kind == EntityKind.Place && atlas.FindPlace(new Core.Model.PlaceId(entity.Id)) is { } place
                ? new[] { place.Name }.Concat(place.Aliases).Select(NameIndex.Normalize)
            : [NameIndex.Normalize(entity.Name)];

    /// <summary>
    /// "a collective security pact", "a mutual defense treaty": a name of common words, in lower case, after an indefinite
    /// determiner (with at most two lower-case words between) is those words, not the name ("Security Pact" of Locarno).
    /// </summary>
    private static bool CommonNounPhrase(IReadOnlyList<Token> tokens, int start, int length)
    {
        static bool Plain(Token t) => t.Kind == TokenKind.Word && !t.Text.Any(char.IsUpper) && (EnglishWords.Contains(t.Norm) || Lexicon.Function.Contains(t.Norm));
        if (!Enumerable.Range(start, length).All(i => Plain(tokens[i])))
            return false;
        for (var i = start - 1; i >= 0 && i >= start - 3; i--)
        {
            if (tokens[i].Norm is "a" or "an" or "another" or "any" or "every" or "each")
                return true;
            if (!Plain(tokens[i]))
                return false;
        }
        return false;
    }

    private static bool Any(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i])
                return true;
        }
        return false;
    }

    private static string Text(IReadOnlyList<Token> tokens, int start, int length) =>
        string.Join(' ', Enumerable.Range(start, length).Select(i => tokens[i].Text).Distinct());

    // Two-letter words are names only as the abbreviations people type, in capitals ("US", "UK", "EU").
    private static bool Linkable(Token token) =>
        token.Norm.Length > 2 ? !StopNames.Contains(token.Norm) : token.Norm is "us" or "uk" or "eu" && token.Text.Any(char.IsUpper);

    private static readonly HashSet<string> StopNames = new(StringComparer.Ordinal) { "the", "and", "for", "can", "man", "per", "may", "art" };

    // "joins", "treaties", "allied": an inflected word of the language, not a name.
    private static bool IsInflection(string word) =>
        (word.EndsWith('s') && EnglishWords.Contains(word[..^1]))
        || (word.EndsWith("es", StringComparison.Ordinal) && EnglishWords.Contains(word[..^2]))
        || (word.EndsWith("ed", StringComparison.Ordinal) && (EnglishWords.Contains(word[..^2]) || EnglishWords.Contains(word[..^1])))
        || (word.EndsWith("ing", StringComparison.Ordinal) && EnglishWords.Contains(word[..^3]));

    private static bool NamedSo(Atlas atlas, EntityRef entity, string key) =>
        entity.Kind == EntityKind.Actor && atlas.FindActor(new Core.Model.ActorId(entity.Id)) is { } actor
        && (NameIndex.Normalize(actor.Name) == key || actor.Aliases.Concat(actor.Demonyms).Any(a => NameIndex.Normalize(a) == key && a != entity.Id));
}
