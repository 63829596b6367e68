using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Entente.Core.Model;

namespace Entente.Core.Atlas;

/// <summary>
/// Resolves what a person types — an id, a name, an alias, a demonym, an ISO code — to the one thing it
/// names. Case, accents, dots and a leading "the" do not matter ("the U.S." = "us" = USA). It never
/// guesses: a name shared by several things, or only part of a name ("Korea"), comes back ambiguous; a
/// misspelling comes back not found, with the nearest names as suggestions.
/// </summary>
public sealed class NameIndex
{
    private readonly FrozenDictionary<string, EntityRef[]> _byKey;
    private readonly string[] _keys;

    internal NameIndex(Atlas atlas)
    {
        var map = new Dictionary<string, List<EntityRef>>();
        void Add(string? name, EntityRef entity)
        {
            if (string.IsNullOrWhiteSpace(name))
                return;
            var key = Normalize(name);
            if (key.Length == 0)
                return;
            if (!map.TryGetValue(key, out var list))
                map[key] = list = [];
            if (!list.Contains(entity))
                list.Add(entity);
            // "Partnership for Peace (PfP)": the name without its abbreviation, and the abbreviation, are names too (not
            // "Germany (1816–1945)": only letters, two of them capitals, count as an abbreviation).
            var open = name.LastIndexOf('(');
            if (open > 0 && name.EndsWith(')') && name[(open + 1)..^1] is var inner && inner.Length is >= 2 and <= 8
                && inner.All(char.IsLetter) && inner.Count(char.IsUpper) >= 2)
            {
                Add(name[..open].TrimEnd(), entity);
                Add(inner, entity);
            }
        }
        foreach (var actor in atlas.Actors)
        {
            var entity = new EntityRef(EntityKind.Actor, actor.Id.Value, actor.Name);
            foreach (var name in new[] { actor.Id.Value, actor.Name, actor.OfficialName, actor.Iso2 }.Concat(actor.Aliases).Concat(actor.Demonyms))
                Add(name, entity);
            // The people in the plural: "Hungarians", "Americans" (not "Swiss", "Japanese", "British", "French").
            foreach (var demonym in actor.Demonyms.Where(d => d.Length > 3 && !d.EndsWith('s') && !d.EndsWith("ese", StringComparison.Ordinal)
                && !d.EndsWith("sh", StringComparison.Ordinal) && !d.EndsWith("ch", StringComparison.Ordinal) && !d.Contains(' ', StringComparison.Ordinal)))
                Add(demonym + "s", entity);
        }
        foreach (var treaty in atlas.Treaties)
        {
            var entity = new EntityRef(EntityKind.Treaty, treaty.Id.Value, treaty.Name);
            foreach (var name in treaty.Aliases.Prepend(treaty.Name).Prepend(treaty.Id.Value))
            {
                Add(name, entity);
                // "…between Japan and the United States" for "…the United States of America": the short form people write.
                if (name.Contains("United States of America", StringComparison.Ordinal))
                    Add(name.Replace("United States of America", "United States", StringComparison.Ordinal), entity);
            }
        }
        foreach (var policy in atlas.Policies)
        {
            var entity = new EntityRef(EntityKind.Policy, policy.Id.Value, policy.Name);
            foreach (var name in policy.Aliases.Prepend(policy.Name).Prepend(policy.Id.Value))
                Add(name, entity);
        }
        foreach (var partnership in atlas.Partnerships)
        {
            var entity = new EntityRef(EntityKind.Partnership, partnership.Id.Value, partnership.Name);
            foreach (var name in partnership.Aliases.Prepend(partnership.Name).Prepend(partnership.Id.Value))
                Add(name, entity);
        }
        foreach (var place in atlas.Places)
        {
            var entity = new EntityRef(EntityKind.Place, place.Id.Value, place.Name);
            foreach (var name in place.Aliases.Prepend(place.Name).Prepend(place.Id.Value))
                Add(name, entity);
        }
        // A document known only by its signing ("the Budapest Memorandum"): its names, where no treaty, partnership or other
        // thing already has them (the 2012 Washington Declaration is a partnership; its signing is not named twice).
        foreach (var signing in atlas.Events.Where(e => e.Kind == EventKind.Signing && e.Treaty is null && e.Names.Count > 0))
        {
            var entity = new EntityRef(EntityKind.Document, signing.Id.Value, signing.Names[0]);
            foreach (var name in signing.Names.Where(n => !map.ContainsKey(Normalize(n))))
                Add(name, entity);
        }
        _byKey = map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _keys = [.. _byKey.Keys.Order(StringComparer.Ordinal)];
        _firstWords = _keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        _longestFrom = _keys.GroupBy(k => k.Split(' ')[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Max(k => k.Count(c => c == ' ') + 1), StringComparer.Ordinal);
        LongestKeyWords = _keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    private readonly FrozenSet<string> _firstWords;
    private readonly FrozenDictionary<string, int> _longestFrom;

    /// <summary>
    /// The most words a known name starting with <paramref name="word"/> has, 0 when none starts with it: a longer run
    /// of words from there cannot be a name, so a reader need not build it (a text dense with names stays cheap).
    /// </summary>
    public int LongestNameFrom(string word) => _longestFrom.TryGetValue(word, out var words) ? words : 0;

    /// <summary>The most words any known name has: no longer run of words can be a name.</summary>
    public int LongestKeyWords { get; }

    /// <summary>Whether some known name starts with this (normalized) word: a cheap test before building n-grams.</summary>
    public bool StartsAName(string word) => _firstWords.Contains(word);

    /// <summary>Every normalized name the index knows, for question parsing.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The things a normalized name stands for exactly; empty when none.</summary>
    public IReadOnlyList<EntityRef> Exact(string normalizedKey) =>
        _byKey.TryGetValue(normalizedKey, out var entities) ? entities : [];

    /// <summary>Whether a normalized name is known, looked up without building a string (a reader trying every run of words).</summary>
    public bool IsKey(ReadOnlySpan<char> normalizedKey) => _byKey.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(normalizedKey);

    /// <summary>Looks a name up, optionally only among things of one kind.</summary>
    public Resolution Resolve(string text, EntityKind? kind = null)
    {
        var key = Normalize(text);
        bool Fits(EntityRef e) => kind is null || e.Kind == kind;
        if (key.Length == 0)
            return new Resolution(text, null, []);

        var exact = Exact(key).Where(Fits).ToArray();
        if (exact.Length == 1)
            return new Resolution(text, exact[0], exact);
        if (exact.Length > 1)
            return new Resolution(text, null, exact);

        // Part of a name ("korea", "congo"): never pick one, list them.
        var words = key.Split(' ');
        var partial = _byKey
            .Where(kv => kv.Value.Any(Fits) && ContainsWords(kv.Key, words))
            .SelectMany(kv => kv.Value.Where(Fits))
            .Distinct()
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .Take(6)
            .ToArray();
        if (partial.Length > 0)
            return new Resolution(text, null, partial);

        // A misspelling: the nearest names, by edit distance, within a third of the name's length.
        var limit = Math.Max(1, key.Length / 3);
        var near = _byKey
            .Where(kv => kv.Value.Any(Fits) && Math.Abs(kv.Key.Length - key.Length) <= limit)
            .Select(kv => (kv.Value, Distance: Distance(key, kv.Key, limit)))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .SelectMany(x => x.Value.Where(Fits))
            .Distinct()
            .Take(3)
            .ToArray();
        return new Resolution(text, null, near);
    }

    /// <summary>Lower case, no accents, no dots or apostrophes, single spaces, no leading "the".</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var raw in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark || raw is '.' or '\'' or '’')
                continue;
            var c = Fold(raw);
            if (char.IsLetterOrDigit(c) || c is '(' or ')')
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            // "co-operation" is "cooperation", "co-ordination" "coordination": the prefix's hyphen is no break between words.
            else if (c == '-' && builder.Length >= 2 && builder[^1] == 'o' && builder[^2] == 'c' && (builder.Length == 2 || builder[^3] == ' '))
                continue;
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }
        var key = builder.ToString().TrimEnd();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    // Latin letters with diacritics → their base letter. The process runs with invariant globalization
    // (no ICU), where string.Normalize cannot decompose, so the folding is explicit.
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıñńňòóôõöøōőŕřśšşșťţțùúûüūůűųýÿžźżÀÁÂÃÄÅĀĂĄÇĆČĎĐÈÉÊËĒĖĘĚÌÍÎÏĪĮİÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞȘŤŢȚÙÚÛÜŪŮŰŲÝŸŽŹŻ";
    private const string Plain = "aaaaaaaaacccddeeeeeeeeiiiiiiinnnoooooooorrsssstttuuuuuuuuyyzzzaaaaaaaaacccddeeeeeeeeiiiiiiinnnoooooooorrsssstttuuuuuuuuyyzzz";

    private static char Fold(char c)
    {
        if (c < 128)
            return c;
        var index = Accented.IndexOf(c, StringComparison.Ordinal);
        return index < 0 ? c : Plain[index];
    }

    private static bool ContainsWords(string key, string[] words)
    {
        var keyWords = key.Split(' ');
        return words.All(w => keyWords.Contains(w));
    }

    /// <summary>Optimal string alignment distance, giving up past <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                best = Math.Min(best, value);
            }
            if (best > limit)
                return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
