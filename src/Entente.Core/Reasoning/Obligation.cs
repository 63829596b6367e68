using Entente.Core.Model;

namespace Entente.Core.Reasoning;

/// <summary>
/// What one treaty provision obliges others to do if <see cref="AttackAnalysis.Target"/> is attacked: who
/// (<see cref="Guarantors"/>), under which article, how (automatic or at each party's discretion), where.
/// </summary>
/// <param name="Guarantors">The parties bound to act (defence) or to consult, on the date.</param>
/// <param name="Excluded">Parties that would otherwise be bound, with why not (a suspension).</param>
/// <param name="Coverage">Whether the place of the attack is inside the provision's scope.</param>
/// <param name="CoverageReason">In words: which zone covers the place, or why it is outside or not known.</param>
/// <param name="UnconfirmedSinceAtop">The date is after ATOP's coverage ends, ATOP shows the alliance in force then,
/// and no source read since confirms it (<see cref="AfterAtopStatus.NotConfirmed"/>): neither a yes nor a no.</param>
public sealed record Obligation(
    Treaty Treaty,
    Provision Provision,
    IReadOnlyList<ActorId> Guarantors,
    IReadOnlyList<(ActorId Actor, string Why, IReadOnlyList<SourceId> Sources)> Excluded,
    Coverage Coverage,
    string? CoverageReason,
    bool UnconfirmedSinceAtop = false)
{
    public bool IsDefence => Provision.Kind == ProvisionKind.Defence;
}
