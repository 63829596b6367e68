using Entente.Core.Model;

namespace Entente.Core.Reasoning;

/// <summary>Where a state stands towards an organization on a date.</summary>
public enum MembershipStatus { Member, FormerMember, NeverMember }

/// <summary>
/// Why a state is (not) a member of an organization and whether it could join: its status, the legal bars
/// in the organization's accession rules, and the policy factors on the state's side, kept apart.
/// </summary>
/// <param name="Spells">The state's past and present membership spells in the organization.</param>
public sealed record EligibilityReport(
    Actor State,
    Actor Organization,
    DateOnly On,
    MembershipStatus Status,
    IReadOnlyList<Party> Spells,
    IReadOnlyList<Factor> Factors)
{
    public IEnumerable<Factor> LegalBars => Factors.Where(f => f.Kind == FactorKind.LegalBar);

    /// <summary>Whether the organization's own treaty bars the state, whatever either side wants.</summary>
    public bool IsBarred => LegalBars.Any();
}
