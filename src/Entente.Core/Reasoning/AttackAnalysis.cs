using Entente.Core.Model;

namespace Entente.Core.Reasoning;

/// <summary>
/// Who is obliged to defend, or pledged to consult, if <see cref="Target"/> is attacked on <see cref="On"/>
/// (at <see cref="Where"/>, or on its own territory when null).
/// </summary>
/// <param name="Obligations">Every defence and consultation provision that binds someone towards the target, covered or not.</param>
/// <param name="NotBeneficiary">Treaties the target is party to whose defence pledge runs only the other way
/// (the United States under Article V of the 1960 treaty with Japan).</param>
public sealed record AttackAnalysis(
    Actor Target,
    DateOnly On,
    Place? Where,
    IReadOnlyList<Obligation> Obligations,
    IReadOnlyList<(Treaty Treaty, Provision Provision)> NotBeneficiary)
{
    /// <summary>The obligations that apply: covered or of unknown coverage, defence first.</summary>
    public IEnumerable<Obligation> Applying => Obligations.Where(o => o.Coverage != Coverage.NotCovered && o.Guarantors.Count > 0);

    /// <summary>States bound to act in defence (not merely consult) where the attack is covered.</summary>
    public IReadOnlyList<ActorId> Defenders =>
        Obligations.Where(o => o.IsDefence && o.Coverage == Coverage.Covered).SelectMany(o => o.Guarantors).Distinct().ToArray();
}
