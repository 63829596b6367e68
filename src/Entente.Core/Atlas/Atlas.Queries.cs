using Entente.Core.Model;

namespace Entente.Core.Atlas;

public sealed partial class Atlas
{
    /// <summary>
    /// The members of an organization on a day: the parties, on that day, of the treaties that create it,
    /// one row per member (its current spell), in order of joining. Empty when the organization did not
    /// exist on that day.
    /// </summary>
    public IReadOnlyList<Party> MembersOn(ActorId organization, DateOnly on)
    {
        if (!_membersByOrganization.TryGetValue(organization, out var parties))
            return [];
        if (_actors.TryGetValue(organization, out var org) && !org.Existed.Contains(on))
            return [];
        var seen = new HashSet<ActorId>();
        var members = new List<Party>();
        foreach (var party in parties)
        {
            if (party.Period.Contains(on) && seen.Add(party.Actor))
                members.Add(party);
        }
        return members;
    }

    /// <summary>
    /// The members of an organization on a day (as <see cref="MembersOn"/>), each with its whole-membership
    /// suspensions in force that day and the suspension or withdrawal events about it and the organization
    /// that began during its current spell and had not ended by that day.
    /// </summary>
    public IReadOnlyList<MemberStanding> StandingsOn(ActorId organization, DateOnly on) =>
        MembersOn(organization, on).Select(party =>
        {
            var suspensions = TreatiesOf(organization).SelectMany(t => SuspensionsOn(t.Id, party.Actor, on)).Where(s => s.Towards is null).ToArray();
            var events = EventsOf(party.Actor).Where(e => e.Actors.Contains(organization) && e.Kind is EventKind.Suspension or EventKind.Withdrawal
                && e.Date.FirstDay >= party.Joined.FirstDay && e.Date.FirstDay <= on && (e.To is not { } to || to.FirstDay > on)).ToArray();
            return new MemberStanding(party, suspensions, events);
        }).ToArray();

    /// <summary>
    /// Each party to a treaty on a day with the suspensions in whole that hold for it then (Cuba's government
    /// excluded from the Rio Treaty since 1962), the same standing <see cref="StandingsOn(ActorId, DateOnly)"/>
    /// gives an organization's members. Treaty events carry no standing here.
    /// </summary>
    public IReadOnlyList<MemberStanding> StandingsOn(TreatyId treaty, DateOnly on) =>
        PartiesOn(treaty, on).Select(party =>
            new MemberStanding(party, SuspensionsOn(treaty, party.Actor, on).Where(s => s.Towards is null).ToArray(), [])).ToArray();

    /// <summary>The parties to a treaty on a day: none before it entered into force or after it ended.</summary>
    public IReadOnlyList<Party> PartiesOn(TreatyId treaty, DateOnly on)
    {
        var t = Treaty(treaty);
        if (!t.InForcePeriod.Contains(on))
            return [];
        return t.Parties.Where(p => p.Period.Contains(on)).OrderBy(p => p.Joined).ThenBy(p => p.Actor.Value, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Whether <paramref name="actor"/> was a member of <paramref name="organization"/> on a day. O(1).</summary>
    public bool IsMember(ActorId actor, ActorId organization, DateOnly on)
    {
        if (!_organizationSpells.TryGetValue((actor, organization), out var spells))
            return false;
        foreach (var spell in spells)
        {
            if (spell.Contains(on))
                return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="actor"/> was bound by <paramref name="treaty"/> on a day. O(1).</summary>
    public bool IsParty(ActorId actor, TreatyId treaty, DateOnly on)
    {
        if (!_treatySpells.TryGetValue((actor, treaty), out var spells))
            return false;
        foreach (var spell in spells)
        {
            if (spell.Contains(on))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The suspensions in effect on a day of a party's obligations under a treaty: in whole
    /// (<see cref="Suspension.Towards"/> null) or towards one other party.
    /// </summary>
    public IReadOnlyList<Suspension> SuspensionsOn(TreatyId treaty, ActorId actor, DateOnly on) =>
        _treaties.TryGetValue(treaty, out var t) && t.Suspensions.Count > 0
            ? t.Suspensions.Where(x => x.Actor == actor && x.Period.Contains(on)).ToArray()
            : [];

    /// <summary>
    /// Every spell of an actor in an organization, earliest first. Where several treaties govern the
    /// organization (the EU's Maastricht and Lisbon treaties), a spell inside another is left out.
    /// </summary>
    public IReadOnlyList<Party> MembershipSpells(ActorId actor, ActorId organization)
    {
        if (!_partiesByActor.TryGetValue(actor, out var parties))
            return [];
        var spells = parties.Where(p => _treaties[p.Treaty].Organization == organization).ToArray();
        return spells.Where(s => !spells.Any(o => !ReferenceEquals(o, s) && Within(s, o))).ToArray();
    }

    private static bool Within(Party inner, Party outer) =>
        outer.Joined.FirstDay <= inner.Joined.FirstDay && (outer.Left is null || (inner.Left is { } l && l.FirstDay <= outer.Left.Value.FirstDay))
        && !(outer.Joined == inner.Joined && outer.Left == inner.Left && string.CompareOrdinal(outer.Treaty.Value, inner.Treaty.Value) > 0);

    /// <summary>The treaties that create or govern an organization, earliest first.</summary>
    public IReadOnlyList<Treaty> TreatiesOf(ActorId organization) =>
        _treatiesByOrganization.TryGetValue(organization, out var treaties) ? treaties : [];

    /// <summary>Every treaty party spell of an actor, earliest first.</summary>
    public IReadOnlyList<Party> PartiesOf(ActorId actor) =>
        _partiesByActor.TryGetValue(actor, out var parties) ? parties : [];

    /// <summary>Every partnership an actor takes part in, earliest first.</summary>
    public IReadOnlyList<Participation> ParticipationsOf(ActorId actor) =>
        _participationsByActor.TryGetValue(actor, out var participations) ? participations : [];

    /// <summary>The policies of an actor, earliest first.</summary>
    public IReadOnlyList<Policy> PoliciesOf(ActorId actor) =>
        _policiesByActor.TryGetValue(actor, out var policies) ? policies : [];

    /// <summary>The events an actor took part in or was the target of (an invasion of it), earliest first.</summary>
    public IReadOnlyList<Event> EventsOf(ActorId actor) =>
        _eventsByActor.TryGetValue(actor, out var events) ? events : [];

    /// <summary>Whether <paramref name="on"/> is later than the date the data was reviewed up to, so an answer may miss later events.</summary>
    public bool IsAfterReview(DateOnly on) => on > Dataset.Reviewed.LastDay;

    /// <summary>
    /// Everything an actor belongs to or takes part in — treaties, organizations, partnerships — and its
    /// policies, each with its period; those in force on <paramref name="on"/> flagged, all in date order.
    /// </summary>
    public IReadOnlyList<Affiliation> AffiliationsOf(ActorId actor, DateOnly on)
    {
        var list = new List<Affiliation>();
        var organizationSpells = PartiesOf(actor).Where(p => _treaties[p.Treaty].Organization is not null)
            .GroupBy(p => _treaties[p.Treaty].Organization!.Value)
            .SelectMany(g => MembershipSpells(actor, g.Key)).ToHashSet();
        foreach (var party in PartiesOf(actor))
        {
            var treaty = _treaties[party.Treaty];
            // A spell inside another spell of the same organization (the EU's Lisbon treaty within Maastricht's) adds nothing.
            if (treaty.Organization is not null && !organizationSpells.Contains(party))
                continue;
            var (kind, id, name) = treaty.Organization is { } org && _actors.TryGetValue(org, out var organization)
                ? (AffiliationKind.Organization, org.Value, $"{organization.Name} ({treaty.Name})")
                : (AffiliationKind.Treaty, treaty.Id.Value, treaty.Name);
            var period = new Interval(party.Joined, Earliest(party.Left, treaty.Ended));
            list.Add(new Affiliation(kind, id, name, period, period.Contains(on), party.How.ToString().ToLowerInvariant(), party.Sources));
        }
        foreach (var participation in ParticipationsOf(actor))
        {
            var partnership = _partnerships[participation.Partnership];
            var period = partnership.PeriodOf(participation);
            list.Add(new Affiliation(AffiliationKind.Partnership, partnership.Id.Value, partnership.Name, period, period.Contains(on),
                partnership.Kind.ToString().ToLowerInvariant(), participation.Sources));
        }
        foreach (var policy in PoliciesOf(actor))
            list.Add(new Affiliation(AffiliationKind.Policy, policy.Id.Value, policy.Name, policy.Period, policy.Period.Contains(on),
                policy.Kind.ToString().ToLowerInvariant(), policy.Sources));
        return list.OrderBy(a => a.Period.From ?? default).ThenBy(a => a.Name, StringComparer.Ordinal).ToArray();
    }

    private static PartialDate? Earliest(PartialDate? a, PartialDate? b) =>
        a is null ? b : b is null ? a : a.Value <= b.Value ? a : b;
}
