using System.Collections.Frozen;
using Entente.Core.Model;

namespace Entente.Core.Atlas;

// The glossary: "what is a mutual defence pact?", "what is collective defence?". A term is found by its name or
// any alias, whatever the case, accents or a leading "the" or "a"; its examples are the things the data holds.
public sealed partial class Atlas
{
    private readonly FrozenDictionary<string, Term> _termsByName;

    /// <summary>Every term of the glossary, in the data's order.</summary>
    public IReadOnlyList<Term> Terms => Background.Terms;

    /// <summary>The term a phrase names ("mutual defense pact", "Collective Defence", "a defence pact", "defence
    /// pacts"); null when no term has that name or alias.</summary>
    public Term? FindTerm(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var key = TermKey(phrase);
        if (key.Length == 0)
            return null;
        if (_termsByName.TryGetValue(key, out var term))
            return term;
        // A plural asks about the same term ("what are non-aggression pacts?").
        return key.EndsWith('s') ? _termsByName.GetValueOrDefault(key[..^1]) : null;
    }

    /// <summary>The things in the data a term names as its examples (<see cref="Term.See"/>), each resolved to a
    /// treaty, an organization, a partnership or a policy; an id the atlas lacks is left out.</summary>
    public IReadOnlyList<EntityRef> ExamplesOf(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var examples = new List<EntityRef>();
        foreach (var id in term.See)
        {
            if (FindTreaty(new TreatyId(id)) is { } treaty)
                examples.Add(new EntityRef(EntityKind.Treaty, id, treaty.Name));
            else if (FindActor(new ActorId(id)) is { } actor)
                examples.Add(new EntityRef(EntityKind.Actor, id, actor.Name));
            else if (FindPartnership(new PartnershipId(id)) is { } partnership)
                examples.Add(new EntityRef(EntityKind.Partnership, id, partnership.Name));
            else if (FindPolicy(new PolicyId(id)) is { } policy)
                examples.Add(new EntityRef(EntityKind.Policy, id, policy.Name));
        }
        return examples;
    }

    // Two terms sharing a phrasing would make a lookup a guess: the loader rejects it; an atlas built in code
    // keeps the first.
    private static FrozenDictionary<string, Term> IndexTerms(IReadOnlyList<Term> terms)
    {
        var byName = new Dictionary<string, Term>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            foreach (var name in term.Names)
            {
                var key = TermKey(name);
                if (key.Length > 0)
                    byName.TryAdd(key, term);
            }
        }
        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>How a phrase is compared with a term's names: <see cref="NameIndex.Normalize"/>, without a leading
    /// article ("a mutual defence pact" = "mutual defence pact").</summary>
    public static string TermKey(string phrase)
    {
        var key = NameIndex.Normalize(phrase);
        foreach (var article in (ReadOnlySpan<string>)["a ", "an ", "the "])
        {
            if (key.StartsWith(article, StringComparison.Ordinal))
                return key[article.Length..];
        }
        return key;
    }
}
