using Entente.Core.Model;

namespace Entente.Core.Reasoning;

/// <summary>How a party stands in an alliance: bound both ways, or giving (guarantor) or protected by (beneficiary) a one-way pledge.</summary>
public enum TieRole { Mutual, Guarantor, Beneficiary }

/// <summary>One party's place in one alliance on a date.</summary>
public sealed record AllianceTie(Treaty Treaty, ActorId Actor, TieRole Role);

/// <summary>The alliance system as a whole: treaties with a defence or consultation pledge, and who is tied by them on a date.</summary>
public static class Alliances
{
    /// <summary>Every treaty with a defence or consultation provision, past or present, in order of entry into force.</summary>
    public static IReadOnlyList<Treaty> All(Atlas.Atlas atlas) =>
        atlas.Treaties.Where(IsAlliance)
            .OrderBy(t => t.InForce ?? t.Signed ?? default).ThenBy(t => t.Id.Value, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Whether a treaty pledges its parties to defend or consult.</summary>
    public static bool IsAlliance(Treaty treaty) =>
        treaty.Provisions.Any(p => p.Kind is ProvisionKind.Defence or ProvisionKind.Consultation);

    /// <summary>
    /// Every party of every alliance in force on <paramref name="on"/>, with its role: a one-way defence
    /// pledge (the SEATO Protocol towards Cambodia, Laos and South Vietnam) makes the state it protects a beneficiary and
    /// the others it obliges guarantors.
    /// </summary>
    public static IReadOnlyList<AllianceTie> TiesOn(Atlas.Atlas atlas, DateOnly on)
    {
        var ties = new List<AllianceTie>();
        foreach (var treaty in All(atlas).Where(t => t.InForcePeriod.Contains(on)))
        {
            var defence = treaty.Provisions.Where(p => p.Kind == ProvisionKind.Defence).ToArray();
            var oneWay = defence.Length > 0 && defence.All(p => p.Direction == Direction.OneWay);
            var obliged = defence.SelectMany(p => p.Obliged).ToHashSet();
            var protectedStates = defence.SelectMany(p => p.Beneficiaries).ToHashSet();
            foreach (var party in atlas.PartiesOn(treaty.Id, on).DistinctBy(p => p.Actor))
            {
                // Only a treaty whose every defence pledge runs one way has beneficiaries and guarantors.
                var role = !oneWay ? TieRole.Mutual
                    : protectedStates.Contains(party.Actor) ? TieRole.Beneficiary
                    : obliged.Contains(party.Actor) ? TieRole.Guarantor
                    : TieRole.Mutual;
                ties.Add(new AllianceTie(treaty, party.Actor, role));
            }
        }
        return ties;
    }
}
