using Entente.Core.Model;

namespace Entente.Core.Reasoning;

/// <summary>
/// Evaluates an organization's accession rules (as data: a provision's <c>requires</c>) against a state,
/// and gathers the state's own policies, alliances and partnerships that bear on membership.
/// </summary>
public static class Eligibility
{
    public static EligibilityReport Evaluate(Atlas.Atlas atlas, ActorId state, ActorId organization, DateOnly on)
    {
        var actor = atlas.Actor(state);
        var org = atlas.Actor(organization);
        var spells = atlas.MembershipSpells(state, organization);
        var status = spells.Any(s => s.Period.Contains(on)) ? MembershipStatus.Member
            : spells.Any(s => s.Joined.FirstDay <= on) ? MembershipStatus.FormerMember
            : MembershipStatus.NeverMember;
        var factors = new List<Factor>();
        if (status != MembershipStatus.Member)
        {
            AccessionRules(atlas, actor, org, factors);
            Policies(atlas, actor, org, on, factors);
            Alliances(atlas, actor, org, on, factors);
            Partnerships(atlas, actor, org, on, factors);
        }
        return new EligibilityReport(actor, org, on, status, spells, factors);
    }

    private static void AccessionRules(Atlas.Atlas atlas, Actor state, Actor org, List<Factor> factors)
    {
        var rules = atlas.TreatiesOf(org.Id).SelectMany(t => t.Provisions.Where(p => p.Kind == ProvisionKind.Accession).Select(p => (Treaty: t, Provision: p))).ToArray();
        if (rules.Length == 0)
        {
            factors.Add(new Factor(FactorKind.Open, $"The data holds no accession article for {org.Name}, so whether {state.Name} could join is not known.", org.Sources));
            return;
        }
        foreach (var (treaty, provision) in rules)
        {
            var article = $"Article {provision.Article} of {Naming.Of(treaty)}";
            var sources = provision.Sources;
            foreach (var requirement in provision.Requires)
            {
                factors.Add(requirement switch
                {
                    "european-state" => state.European switch
                    {
                        Europeanness.No => new Factor(FactorKind.LegalBar, $"{article} admits only European states, and {state.Name} is not a European state.", [.. sources, .. state.Sources]),
                        Europeanness.Yes => new Factor(FactorKind.Met, $"{article} admits European states, and {state.Name} is one.", [.. sources, .. state.Sources]),
                        _ => new Factor(FactorKind.Open, $"{article} admits only European states; whether {state.Name} counts as European is contested{(state.EuropeanNote is { } n ? $" ({n})" : "")}.", [.. sources, .. state.Sources]),
                    },
                    "american-state" => state.Continent == "Americas"
                        ? new Factor(FactorKind.Met, $"{article} is open to American states, and {state.Name} is one.", [.. sources, .. state.Sources])
                        : new Factor(FactorKind.LegalBar, $"{article} is open only to American states, and {state.Name} is not one.", [.. sources, .. state.Sources]),
                    "unanimous-invitation" => new Factor(FactorKind.Open, $"{article} requires an invitation agreed unanimously by the parties; the data records none for {state.Name}.", sources),
                    "unanimous-consent" => new Factor(FactorKind.Open, $"{article} requires the unanimous consent of the members; the data records none for {state.Name}.", sources),
                    "ratification-by-all" => new Factor(FactorKind.Open, $"{article} requires ratification by every member state.", sources),
                    _ => new Factor(FactorKind.Open, $"{article} requires: {requirement}.", sources),
                });
            }
            if (provision.Requires.Count == 0)
                factors.Add(new Factor(FactorKind.Open, $"{article} governs accession{(provision.Summary is { } s ? $": {s}" : "")}", sources));
        }
    }

    private static void Policies(Atlas.Atlas atlas, Actor state, Actor org, DateOnly on, List<Factor> factors)
    {
        var orgNuclear = atlas.PoliciesOf(org.Id).FirstOrDefault(p => p.Kind == PolicyKind.Nuclear && p.Period.Contains(on));
        foreach (var policy in atlas.PoliciesOf(state.Id).Where(p => p.Period.Contains(on)).OrderBy(p => p.Kind switch
        {
            PolicyKind.Constitutional => 0,
            PolicyKind.Neutrality => 1,
            PolicyKind.Nuclear => 2,
            _ => 3,
        }))
        {
            var summary = policy.Summary is { } s ? $": {FirstSentence(s)}" : "";
            switch (policy.Kind)
            {
                case PolicyKind.Nuclear when orgNuclear is not null:
                    factors.Add(new Factor(FactorKind.Policy, $"{state.Name}'s {policy.Name}{summary} {org.Name}'s own posture: {FirstSentence(orgNuclear.Summary ?? orgNuclear.Name)}", [.. policy.Sources, .. orgNuclear.Sources]));
                    break;
                case PolicyKind.Constitutional or PolicyKind.Neutrality or PolicyKind.Nuclear or PolicyKind.Doctrine:
                    factors.Add(new Factor(FactorKind.Policy, $"{policy.Name} (since {policy.From?.ToString() ?? "?"}){summary}", policy.Sources));
                    break;
                case PolicyKind.Law when policy.Name.Contains("Security", StringComparison.OrdinalIgnoreCase) || policy.Name.Contains("Defense", StringComparison.OrdinalIgnoreCase):
                    factors.Add(new Factor(FactorKind.Policy, $"{policy.Name} (since {policy.From?.ToString() ?? "?"}){summary}", policy.Sources));
                    break;
            }
        }
    }

    private static void Alliances(Atlas.Atlas atlas, Actor state, Actor org, DateOnly on, List<Factor> factors)
    {
        foreach (var party in atlas.PartiesOf(state.Id).Where(p => p.Period.Contains(on)))
        {
            var treaty = atlas.Treaty(party.Treaty);
            if (treaty.Organization == org.Id || !treaty.InForcePeriod.Contains(on) || !treaty.Provisions.Any(p => p.Kind == ProvisionKind.Defence))
                continue;
            var others = atlas.PartiesOn(treaty.Id, on).Where(p => p.Actor != state.Id).Select(p => Naming.Of(atlas.Actor(p.Actor))).ToArray();
            var with = others.Length is > 0 and <= 3 ? $" with {string.Join(" and ", others)}" : others.Length > 3 ? $" with {others.Length} other states" : "";
            factors.Add(new Factor(FactorKind.Alliance, $"{Naming.Start(state)} is already allied{with} under {Naming.Of(treaty)} (in force since {treaty.InForce?.ToString() ?? treaty.Signed?.ToString()}).", party.Sources));
        }
    }

    private static void Partnerships(Atlas.Atlas atlas, Actor state, Actor org, DateOnly on, List<Factor> factors)
    {
        foreach (var participation in atlas.ParticipationsOf(state.Id))
        {
            var partnership = atlas.FindPartnership(participation.Partnership)!;
            var period = new Interval(participation.Joined ?? participation.KnownFrom ?? partnership.From, participation.Left ?? partnership.To);
            if (partnership.Organization != org.Id || !period.Contains(on))
                continue;
            var since = period.From is { } from ? $" since {from}" : "";
            factors.Add(new Factor(FactorKind.Partnership, $"{state.Name} cooperates with {org.Name} without membership: {partnership.Name}{since}.", participation.Sources));
        }
    }

    /// <summary>The first sentence of a text, for a short answer; "U.S." and "No." do not end it.</summary>
    public static string FirstSentence(string text)
    {
        var trimmed = text.Trim();
        for (var i = trimmed.IndexOf(". ", StringComparison.Ordinal); i > 0; i = trimmed.IndexOf(". ", i + 1, StringComparison.Ordinal))
        {
            var wordStart = trimmed.LastIndexOfAny([' ', '(', '-'], i - 1) + 1;
            var word = trimmed[wordStart..i];
            var abbreviation = word.Contains('.', StringComparison.Ordinal) || (word.Length is > 0 and <= 2 && char.IsUpper(word[0])) || word is "No" or "Art" or "Nos";
            if (!abbreviation)
                return trimmed[..(i + 1)];
        }
        return trimmed;
    }
}
