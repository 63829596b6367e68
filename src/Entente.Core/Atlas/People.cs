using System.Collections.Frozen;

namespace Entente.Core.Atlas;

/// <summary>One person's spell in one office: the office (whose organization or state it is) and the holder's record.</summary>
public sealed record PersonSpell(Model.Office Office, Model.OfficeHolder Holder);

/// <summary>
/// The people the data names as office holders, found by what a text calls them: the full name as recorded ("Leon E.
/// Panetta"), the first and last names alone ("Leon Panetta"), and the surname alone when no other holder bears it
/// ("Panetta"). A name two people share (the two George Bushes' "Bush") finds neither: it never guesses.
/// </summary>
public sealed class PersonIndex
{
    private readonly FrozenDictionary<string, PersonSpell[]> _byKey;
    private readonly FrozenDictionary<string, int> _longestFrom;

    internal PersonIndex(IEnumerable<Model.Office> offices, NameIndex names)
    {
        var byPerson = new Dictionary<string, List<PersonSpell>>(StringComparer.Ordinal);
        foreach (var office in offices)
        {
            foreach (var holder in office.Holders)
            {
                var key = NameIndex.Normalize(holder.Name);
                if (key.Length == 0)
                    continue;
                if (!byPerson.TryGetValue(key, out var list))
                    byPerson[key] = list = [];
                list.Add(new PersonSpell(office, holder));
            }
        }
        // Every way of calling a person, with the people each fits; a key that fits two people, or that names a
        // state or an organization, is dropped.
        var candidates = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string key, string person)
        {
            if (!candidates.TryGetValue(key, out var set))
                candidates[key] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(person);
        }
        foreach (var person in byPerson.Keys)
        {
            var words = person.Split(' ');
            Add(person, person);
            if (words.Length > 2)
                Add($"{words[0]} {words[^1]}", person);
            if (words.Length > 1 && words[^1].Length >= 4)
                Add(words[^1], person);
        }
        var map = new Dictionary<string, PersonSpell[]>(StringComparer.Ordinal);
        foreach (var (key, people) in candidates)
        {
            if (people.Count != 1 || names.Exact(key).Count > 0)
                continue;
            var person = people.First();
            map[key] = [.. byPerson[person].OrderBy(s => s.Holder.From)];
        }
        _byKey = map.ToFrozenDictionary(StringComparer.Ordinal);
        _longestFrom = map.Keys.GroupBy(k => k.Split(' ')[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Max(k => k.Count(c => c == ' ') + 1), StringComparer.Ordinal);
    }

    /// <summary>The most words a way of calling someone starting with <paramref name="word"/> has; 0 when none starts so.</summary>
    public int LongestNameFrom(string word) => _longestFrom.TryGetValue(word, out var words) ? words : 0;

    /// <summary>The spells of the one person a normalized name calls, in order; empty when it calls no one (or two people).</summary>
    public IReadOnlyList<PersonSpell> Spells(string normalizedName) =>
        _byKey.TryGetValue(normalizedName, out var spells) ? spells : [];

    /// <summary>Whether the normalized name is the surname alone (a text's second mention: "Panetta said").</summary>
    public static bool IsSurnameOnly(string normalizedName) => !normalizedName.Contains(' ', StringComparison.Ordinal);
}
