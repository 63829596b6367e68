using Entente.Core.Model;

namespace Entente.Core.Reasoning;

/// <summary>
/// Who is obliged to defend, or pledged to consult, if <see cref="Target"/> is attacked on <see cref="On"/>
/// (at <see cref="Where"/>, or on its own territory when null).
/// </summary>
/// <param name="Obligations">Every defence and consultation provision that binds someone towards the target, covered or not.</param>
/// <param name="NotBeneficiary">Treaties the target is party to whose defence pledge runs only the other way
/// (the United States under Article V of the 1960 treaty with Japan).</param>
/// <param name="DataCoverage">How completely the data holds the date's alliances: with no defender, a "no state must
/// defend it" is an answer only when <see cref="DataCoverageCheck.AllowsNo"/>.</param>
public sealed record AttackAnalysis(
    Actor Target,
    DateOnly On,
    Place? Where,
    IReadOnlyList<Obligation> Obligations,
    IReadOnlyList<(Treaty Treaty, Provision Provision)> NotBeneficiary,
    DataCoverageCheck DataCoverage)
{
    /// <summary>Obligations ATOP shows in force at its end that Entente has not confirmed since (for a date after 2016).</summary>
    public IEnumerable<Obligation> Unconfirmed => Obligations.Where(o => o.UnconfirmedSinceAtop && o.Guarantors.Count > 0);

    /// <summary>Whether no obligation applies and the data is not complete for the date, so "no one" is not an answer.</summary>
    public bool NoneButNotCovered => !Applying.Any() && !DataCoverage.AllowsNo;

    /// <summary>The obligations that apply: covered or of unknown coverage, defence first.</summary>
    public IEnumerable<Obligation> Applying => Obligations.Where(o => o.Coverage != Coverage.NotCovered && o.Guarantors.Count > 0);

    /// <summary>States bound to act in defence (not merely consult) where the attack is covered, by pledges the data confirms on the date.</summary>
    public IReadOnlyList<ActorId> Defenders =>
        Obligations.Where(o => o.IsDefence && o.Coverage == Coverage.Covered && !o.UnconfirmedSinceAtop).SelectMany(o => o.Guarantors).Distinct().ToArray();
}
