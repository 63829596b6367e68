using Entente.Core.Model;

namespace Entente.Core.Reasoning;

/// <summary>
/// Who stands behind a state on a date — the map's colours: who is obliged to defend it (from
/// <see cref="Obligations.Attack"/>), who must only consult, and who is a partner short of alliance.
/// </summary>
public static class Backers
{
    // Cooperation that ties partners to each other. Forums (the ASEAN Regional Forum seats rivals together),
    // missions, deployments and one-off meetings do not make their participants partners.
    private static readonly PartnershipKind[] PartnerKinds =
        [PartnershipKind.Status, PartnershipKind.Programme, PartnershipKind.Agreement, PartnershipKind.Centre];

    /// <summary>
    /// Every actor that backs <paramref name="target"/> on <paramref name="on"/> (an attack on its own
    /// territory), each once with its strongest role; the state itself is not listed. Ordered by role, then id.
    /// </summary>
    public static IReadOnlyList<Backer> Of(Atlas.Atlas atlas, ActorId target, DateOnly on)
    {
        var bases = new Dictionary<ActorId, List<BackerBasis>>();
        void Add(ActorId actor, BackerBasis basis)
        {
            if (actor == target)
                return;
            if (!bases.TryGetValue(actor, out var list))
                bases[actor] = list = [];
            if (!list.Contains(basis))
                list.Add(basis);
        }

        foreach (var obligation in Obligations.Attack(atlas, target, on).Obligations)
        {
            // A pledge ATOP shows in force at its end and Entente has not confirmed since is neither a yes nor a no:
            // it counts as a defence pledge whose application is not known.
            var role = !obligation.IsDefence ? BackerRole.Consults
                : obligation.UnconfirmedSinceAtop ? (obligation.Coverage == Coverage.NotCovered ? null : BackerRole.DefendsIfCovered)
                : obligation.Coverage switch
                {
                    Coverage.Covered => BackerRole.Defends,
                    Coverage.Unknown => BackerRole.DefendsIfCovered,
                    _ => (BackerRole?)null,
                };
            if (role is null)
                continue;
            var basis = new BackerBasis(role.Value, obligation.Treaty.Id.Value, obligation.Treaty.Name, obligation.Provision.Article, obligation.Provision.Sources);
            foreach (var guarantor in obligation.Guarantors)
                Add(guarantor, basis);
        }

        foreach (var participation in atlas.ParticipationsOf(target))
        {
            var partnership = atlas.FindPartnership(participation.Partnership)!;
            var period = partnership.PeriodOf(participation);
            if (!PartnerKinds.Contains(partnership.Kind) || !period.Contains(on))
                continue;
            var basis = new BackerBasis(BackerRole.Partner, partnership.Id.Value, partnership.Name, null, participation.Sources);
            // A partnership run by an organization (NATO's partners across the globe) ties each participant to the
            // organization's members, not to the other participants; one without (an access agreement) ties its parties.
            var partners = partnership.Organization is { } organization
                ? atlas.MembersOn(organization, on).Select(m => m.Actor)
                : partnership.Parties.Where(p => partnership.PeriodOf(p).Contains(on)).Select(p => p.Actor);
            foreach (var partner in partners)
                Add(partner, basis);
        }

        return bases
            .Select(kv => new Backer(kv.Key, kv.Value.Min(b => b.Role), [.. kv.Value.OrderBy(b => b.Role)]))
            .OrderBy(b => b.Role).ThenBy(b => b.Actor.Value, StringComparer.Ordinal)
            .ToArray();
    }
}
