using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Core.Queries;

/// <summary>
/// Runs a query on the atlas and returns typed facts (policies, provisions and obligations in QueryExecutor.Policies.cs). Families not listed are still answered by their
/// writers in Entente.Language directly (their reasoning lives in <c>Reasoning</c>): <see cref="Execute"/>
/// returns null for them.
/// </summary>
public static partial class QueryExecutor
{
    public static QueryResult? Execute(Atlas.Atlas atlas, Query query, DateOnly today)
    {
        var on = query.When.Truth(today);
        return query switch
        {
            IsMemberQuery q => Membership(atlas, q.State, q.Body, on),
            MembersQuery { Body.Kind: EntityKind.Partnership } q => Participants(atlas, atlas.FindPartnership(new PartnershipId(q.Body.Id))!, on),
            MembersQuery q => Members(atlas, q, on, today),
            DateQuery { Years: > 0 } q => Date(atlas, q with { Years = 0 }, on) is { Date: { } date } r ? r with { Query = q, Date = date.AddYears(q.Years) } : Date(atlas, q, on),
            DateQuery q => Date(atlas, q, on),
            InForceQuery q => InForce(atlas, q.Subject, on),
            CompareMembersQuery q => new CompareMembersResult(on,
                Members(atlas, new MembersQuery(q.Left, MemberSelection.Current, MemberAggregate.Count) { When = q.When }, on, today),
                Members(atlas, new MembersQuery(q.Right, MemberSelection.Current, MemberAggregate.Count) { When = q.When }, on, today)),
            ChoiceQuery q => Choice(atlas, q, on, today),
            IsAllianceQuery q => Alliance(atlas, q.Subject, on),
            IsBindingQuery q => Binding(atlas, q.Subject, on),
            RatificationsQuery q => Ratifications(atlas, q, on),
            NamedEventsQuery q => new NamedEventsResult(on, [.. q.Events.Select(atlas.FindEvent).OfType<Event>().Where(e => e.Date.FirstDay <= on).OrderBy(e => e.Date)]),
            WhyQuery q => Why(atlas, q, on),
            PactsWithQuery q => PactsWith(atlas, q, on),
            TermQuery q => atlas.Terms.FirstOrDefault(t => t.Id == q.Term) is { } term ? new TermResult(on, term, q.Aspect, atlas.ExamplesOf(term)) : null,
            _ => Policies(atlas, query, on),
        };
    }

    /// <summary>The parties of the treaties behind a body: an organization's treaties, or the treaty itself.</summary>
    public static IReadOnlyList<Party> Spells(Atlas.Atlas atlas, EntityRef body) => body.Kind switch
    {
        EntityKind.Actor => atlas.TreatiesOf(new ActorId(body.Id)).SelectMany(t => t.Parties).ToArray(),
        EntityKind.Treaty => atlas.Treaty(new TreatyId(body.Id)).Parties,
        _ => [],
    };

    public static Interval Existence(Atlas.Atlas atlas, EntityRef body) => body.Kind switch
    {
        EntityKind.Actor => atlas.Actor(new ActorId(body.Id)).Existed,
        EntityKind.Treaty => atlas.Treaty(new TreatyId(body.Id)).InForcePeriod,
        _ => Interval.Always,
    };

    public static MembershipResult Membership(Atlas.Atlas atlas, ActorId state, EntityRef body, DateOnly on)
    {
        var spells = Spells(atlas, body).Where(p => p.Actor == state).OrderBy(p => p.Joined).ToArray();
        var current = spells.FirstOrDefault(s => s.Period.Contains(on));
        var status = !Existence(atlas, body).Contains(on) ? MembershipStatus.BodyAbsent
            : current is not null ? MembershipStatus.Member
            : spells.Any(s => s.Joined.FirstDay > on) ? MembershipStatus.NotYet
            : spells.Length > 0 ? MembershipStatus.Former
            : MembershipStatus.Never;
        return new MembershipResult(on, state, body, status, current, spells);
    }

    private static AllianceResult Alliance(Atlas.Atlas atlas, EntityRef subject, DateOnly on)
    {
        var treaties = subject.Kind switch
        {
            EntityKind.Actor => atlas.TreatiesOf(new ActorId(subject.Id)).OrderBy(t => t.Signed ?? t.InForce).ToArray(),
            EntityKind.Treaty => [atlas.Treaty(new TreatyId(subject.Id))],
            _ => [],
        };
        var pledged = treaties.Select(t => (Treaty: t, Pledge: t.Provisions.FirstOrDefault(p => p.Kind == ProvisionKind.Defence))).FirstOrDefault(x => x.Pledge is not null);
        return new AllianceResult(on, subject, pledged.Treaty, pledged.Pledge, atlas.DescriptionOf(subject));
    }

    /// <summary>
    /// The suspensions of a state's part in a body, earliest first, each with its day, its end (if any), what it was
    /// towards (a suspension of obligations to one party), the words of the record and its sources.
    /// </summary>
    public static IReadOnlyList<(PartialDate Date, PartialDate? To, ActorId? Towards, string? Summary, IReadOnlyList<SourceId> Sources)> SuspensionsOf(Atlas.Atlas atlas, ActorId state, EntityRef body)
    {
        var treaties = body.Kind switch
        {
            EntityKind.Actor => atlas.TreatiesOf(new ActorId(body.Id)),
            EntityKind.Treaty => [atlas.Treaty(new TreatyId(body.Id))],
            _ => [],
        };
        var ids = treaties.Select(t => t.Id).ToHashSet();
        var recorded = treaties.SelectMany(t => t.Suspensions).Where(x => x.Actor == state)
            .Select(x => (x.From, x.To, x.Towards, x.Note, x.Sources));
        var events = atlas.EventsOf(state).Where(e => e.Kind == EventKind.Suspension && e.Actors.Contains(state)
                && (body.Kind == EntityKind.Actor && e.Actors.Contains(new ActorId(body.Id)) || e.Treaty is { } t && ids.Contains(t)))
            .Select(e => (e.Date, e.To, (ActorId?)null, (string?)e.Summary, e.Sources));
        // One step recorded both ways (a treaty's suspension and its event on the same day) counts once, with the event's words.
        return [.. events.Concat(recorded.Where(r => !events.Any(e => e.Date == r.From))).OrderBy(x => x.Item1)];
    }

    /// <summary>The members' ratifications of the protocol admitting a state (recorded up to the day asked of).</summary>
    public static RatificationsResult Ratifications(Atlas.Atlas atlas, RatificationsQuery q, DateOnly on)
    {
        var all = atlas.EventsOf(q.Admitted).Where(e => e.Kind == EventKind.Ratification && e.Treaty == q.Treaty && e.Targets.Contains(q.Admitted) && e.Date.FirstDay <= on)
            .OrderBy(e => e.Date).ToArray();
        var ratified = all.SelectMany(e => e.Actors).ToHashSet();
        // Who had to ratify: the treaty's members on the day the first ratified.
        var members = all.Length == 0 ? [] : atlas.Treaty(q.Treaty).Parties.Where(p => p.Period.Contains(all[0].Date.FirstDay) && p.Actor != q.Admitted)
            .Select(p => p.Actor).Distinct().ToArray();
        var missing = members.Where(m => !ratified.Contains(m)).ToArray();
        IReadOnlyList<Event> chosen = q switch
        {
            { By: { } by } => [.. all.Where(e => e.Actors.Contains(by))],
            { Aggregate: MemberAggregate.First } when all.Length > 0 => [.. all.Where(e => e.Date == all[0].Date)],
            { Aggregate: MemberAggregate.Last } when all.Length > 0 => [.. all.Where(e => e.Date == all[^1].Date)],
            _ => [],
        };
        return new RatificationsResult(on, q, all, missing, chosen);
    }

    private static BindingResult Binding(Atlas.Atlas atlas, EntityRef subject, DateOnly on)
    {
        if (subject.Kind == EntityKind.Partnership)
        {
            var partnership = atlas.FindPartnership(new PartnershipId(subject.Id));
            return new BindingResult(on, subject, partnership?.Binding, null, partnership?.Sources ?? []);
        }
        // A treaty binds its parties; an organization through the treaty that founded it.
        var treaty = subject.Kind == EntityKind.Actor && atlas.Actor(new ActorId(subject.Id)).Kind != ActorKind.Organization ? null : TreatyOf(atlas, subject);
        return new BindingResult(on, subject, treaty is null ? null : true, treaty, treaty?.Sources ?? []);
    }

    private static ParticipantsResult Participants(Atlas.Atlas atlas, Partnership partnership, DateOnly on) =>
        new(on, partnership, partnership.Parties.Where(p => p.Period.Contains(on)).ToArray(), partnership.Parties);

    private static MembersResult Members(Atlas.Atlas atlas, MembersQuery q, DateOnly on, DateOnly today)
    {
        // "Who were the members of the Warsaw Pact?": asked of a body that has ended, with no date, the question is about
        // its whole existence, not about today.
        if (q is { Selection: MemberSelection.Current, When.Kind: TimeKind.Now } && Existence(atlas, q.Body) is { To: { } end } && end.FirstDay <= on)
            q = q with { Selection = MemberSelection.Ever };
        var all = Spells(atlas, q.Body);
        var when = q.When;
        IEnumerable<Party> chosen = q.Selection switch
        {
            MemberSelection.Current => all.Where(p => p.Period.Contains(on)),
            MemberSelection.Founding => all.Where(p => p.How == JoinHow.Founding),
            MemberSelection.Former => all.Where(p => p.Left is { } l && l.FirstDay <= on && !all.Any(o => o.Actor == p.Actor && o.Period.Contains(on))),
            MemberSelection.Ever => all.Where(p => p.Joined.FirstDay <= on),
            MemberSelection.Joined => all.Where(p => JoinedWithin(p, when, today)),
            _ => [],
        };
        if (q.Holding is { } kind)
            chosen = chosen.Where(p => atlas.PoliciesOf(p.Actor).Any(x => x.Kind == kind && x.Period.Contains(on)));
        if (q.Except.Count > 0)
            chosen = chosen.Where(p => !q.Except.Contains(p.Actor));
        if (q.Among is { } among && atlas.FindGroup(among) is { } group)
            chosen = chosen.Where(p => group.Members.Contains(p.Actor));
        if (q.AlsoIn.Count > 0 || q.NotIn.Count > 0)
            chosen = chosen.Where(p => q.AlsoIn.All(b => Membership(atlas, p.Actor, b, on).Status == MembershipStatus.Member)
                && q.NotIn.All(b => Membership(atlas, p.Actor, b, on).Status != MembershipStatus.Member));
        var members = chosen.OrderBy(p => p.Joined).ThenBy(p => atlas.Actor(p.Actor).Name, StringComparer.Ordinal).ToArray();
        // Several treaties of one organization name the same state: keep its earliest spell.
        members = members.GroupBy(p => p.Actor).Select(g => g.First()).OrderBy(p => p.Joined).ThenBy(p => atlas.Actor(p.Actor).Name, StringComparer.Ordinal).ToArray();
        // Of former members, the first or last to leave; of the others, the first or last to join.
        Func<Party, PartialDate> step = q.Selection == MemberSelection.Former ? p => p.Left!.Value : p => p.Joined;
        if (q.Aggregate is MemberAggregate.First or MemberAggregate.Last && members.Length > 0)
        {
            // The members still in when the body was dissolved did not leave it: the last to leave left before.
            var ordered = members.Where(p => q.Selection != MemberSelection.Former || p.LeftHow != LeaveHow.Dissolution).OrderBy(p => step(p)).ToArray();
            if (ordered.Length == 0)
                return new MembersResult(on, q.Body, q, [], q.Selection is not MemberSelection.Current || Existence(atlas, q.Body).Contains(on));
            var edge = step(q.Aggregate == MemberAggregate.First ? ordered[0] : ordered[^1]);
            members = ordered.Where(p => step(p) == edge).ToArray();
        }
        var existed = q.Selection is not MemberSelection.Current || Existence(atlas, q.Body).Contains(on);
        if (q.Aggregate == MemberAggregate.Rank)
        {
            // Members who joined on one day share the ranks their day spans: the rank asked falls in one such day.
            var before = 0;
            foreach (var day in members.GroupBy(p => p.Joined).OrderBy(g => g.Key))
            {
                var count = day.Count();
                if (q.Rank <= before + count)
                    return new MembersResult(on, q.Body, q, day.ToArray(), existed) { Ranks = (before + 1, before + count, members.Length) };
                before += count;
            }
            return new MembersResult(on, q.Body, q, [], existed) { Ranks = (0, 0, members.Length) };
        }
        return new MembersResult(on, q.Body, q, members, existed);
    }

    private static bool JoinedWithin(Party p, TimeSpec when, DateOnly today)
    {
        var day = p.Joined.FirstDay;
        return when.Kind switch
        {
            TimeKind.InYear or TimeKind.Between or TimeKind.On => day >= when.From!.Value && day <= when.To!.Value,
            TimeKind.After => day > when.From!.Value,
            TimeKind.Since => day >= when.From!.Value,
            TimeKind.Before => day < when.From!.Value,
            _ => day <= today,
        };
    }

    private static DateResult Date(Atlas.Atlas atlas, DateQuery q, DateOnly on)
    {
        switch (q.Kind)
        {
            case DateKind.Joined or DateKind.Left when q.Party is { } party:
                var spells = Spells(atlas, q.Subject).Where(p => p.Actor == party).OrderBy(p => p.Joined).ToArray();
                var spell = q.Kind == DateKind.Joined ? spells.FirstOrDefault() : spells.LastOrDefault(s => s.Left is not null);
                return new DateResult(on, q, spell is null ? null : q.Kind == DateKind.Joined ? spell.Joined : spell.Left, spell?.Sources ?? []);
            case DateKind.Rejoined when q.Party is { } returned:
                // A membership after the first: the day the state joined again (none when it never left and came back).
                var again = Spells(atlas, q.Subject).Where(p => p.Actor == returned).OrderBy(p => p.Joined).Skip(1).FirstOrDefault();
                return new DateResult(on, q, again?.Joined, again?.Sources ?? []);
            case DateKind.LeftCommand or DateKind.RejoinedCommand when q.Party is { } withdrawn:
                // A member's withdrawal from the body's military structure, not from the body ("France left NATO's integrated
                // command in 1966"), and its return (the withdrawal's end).
                var part = PartWithdrawalsOf(atlas, withdrawn, q.Subject).FirstOrDefault(e => q.Kind == DateKind.LeftCommand || e.To is not null);
                return new DateResult(on, q, part is null ? null : q.Kind == DateKind.LeftCommand ? part.Date : part.To, part?.Sources ?? []);
            case DateKind.Independent when q.Subject.Kind == EntityKind.Actor:
                var independence = atlas.IndependenceOf(new ActorId(q.Subject.Id));
                return new DateResult(on, q, independence?.Date, independence?.Sources ?? []);
            case DateKind.Suspended when q.Party is { } suspended:
                // The first suspension of the state's part: a treaty's suspension (the U.S. obligations to New Zealand under
                // ANZUS, 1986) or a suspension event of the body (Armenia's freeze of its CSTO participation, 2024).
                var first = SuspensionsOf(atlas, suspended, q.Subject).FirstOrDefault();
                return new DateResult(on, q, first.Date, first.Sources ?? []);
            case DateKind.Applied when q.Party is { } applicant:
                // The day the state handed in its application (an application event of the body or its treaty), the first if several.
                var applied = ApplicationsOf(atlas, applicant, q.Subject).FirstOrDefault();
                return new DateResult(on, q, applied?.Date, applied?.Sources ?? []);
        }
        if (q.Subject.Kind == EntityKind.Partnership && atlas.FindPartnership(new PartnershipId(q.Subject.Id)) is { } partnership)
            return new DateResult(on, q, q.Kind is DateKind.Founded or DateKind.Signed ? partnership.From : null, partnership.Sources);
        // A document known by its signing: the day it was signed, and no other date (its entry into force is not recorded).
        if (q.Subject.Kind == EntityKind.Document && atlas.FindEvent(new EventId(q.Subject.Id)) is { } signing)
            return new DateResult(on, q, q.Kind is DateKind.Signed or DateKind.Founded ? signing.Date : null, signing.Sources);
        var treaty = TreatyOf(atlas, q.Subject);
        if (q.Subject.Kind == EntityKind.Actor && atlas.Actor(new ActorId(q.Subject.Id)) is { } org && q.Kind is DateKind.Founded or DateKind.Ended)
        {
            var date = q.Kind == DateKind.Founded ? org.Existed.From : org.Existed.To;
            if (date is not null)
                return new DateResult(on, q, date, org.Sources);
        }
        if (treaty is null)
            return new DateResult(on, q, null, []);
        var found = q.Kind switch
        {
            DateKind.Signed => treaty.Signed,
            DateKind.InForce => treaty.InForce,
            DateKind.Founded => treaty.Signed ?? treaty.InForce,
            DateKind.Ended => treaty.Ended,
            _ => null,
        };
        return new DateResult(on, q, found, treaty.Sources);
    }

    /// <summary>A member's withdrawals from part of a body (it stayed a member: France from NATO's integrated command), earliest first.</summary>
    public static IReadOnlyList<Event> PartWithdrawalsOf(Atlas.Atlas atlas, ActorId state, EntityRef body) =>
        body.Kind != EntityKind.Actor ? []
        : [.. atlas.EventsOf(state).Where(e => e.Kind == EventKind.Withdrawal && e.Actors.Contains(state) && e.Actors.Contains(new ActorId(body.Id))
            && Membership(atlas, state, body, e.Date.FirstDay).Status == MembershipStatus.Member).OrderBy(e => e.Date)];

    /// <summary>A state's applications to join a body (an organization or a treaty), earliest first.</summary>
    public static IReadOnlyList<Event> ApplicationsOf(Atlas.Atlas atlas, ActorId state, EntityRef body)
    {
        var treaty = TreatyOf(atlas, body);
        return [.. atlas.EventsOf(state).Where(e => e.Kind == EventKind.Application && e.Actors.Contains(state)
            && (body.Kind == EntityKind.Actor && e.Actors.Contains(new ActorId(body.Id)) || treaty is not null && e.Treaty == treaty.Id)).OrderBy(e => e.Date)];
    }

    /// <summary>The founding treaty of an organization (the earliest of its treaties), or the treaty named.</summary>
    /// <summary>Whether a treaty is in force, and the organization it founded in being, on a day.</summary>
    public static InForceResult InForce(Atlas.Atlas atlas, EntityRef subject, DateOnly on)
    {
        var treaty = TreatyOf(atlas, subject);
        var org = subject.Kind == EntityKind.Actor ? atlas.Actor(new ActorId(subject.Id)) : treaty?.Organization is { } id ? atlas.Actor(id) : null;
        InForceStatus? treatyStatus = treaty is null ? null
            : treaty.Ended is { } ended && ended.FirstDay <= on ? InForceStatus.Ended
            // ATOP dates an alliance from its signature: a treaty with no date of entry into force binds from then.
            : (treaty.InForce ?? treaty.Signed) is not { } from || from.FirstDay > on ? InForceStatus.NotYet
            : atlas.Dataset.AtopEnd is { } atopEnd && on > atopEnd && treaty.AfterAtop is { Status: AfterAtopStatus.NotConfirmed } ? InForceStatus.NotConfirmed
            : InForceStatus.InForce;
        InForceStatus? orgStatus = org is null ? null
            : org.Existed.To is { } to && to.FirstDay <= on ? InForceStatus.Ended
            : org.Existed.From is { } founded && founded.FirstDay > on ? InForceStatus.NotYet
            : InForceStatus.InForce;
        var confirmed = treatyStatus == InForceStatus.InForce && atlas.Dataset.AtopEnd is { } end && on > end && treaty!.AfterAtop is { Status: AfterAtopStatus.Confirmed } after
            ? after.Date : null;
        return new InForceResult(on, subject, treaty, treatyStatus, org, orgStatus, confirmed);
    }

    public static Treaty? TreatyOf(Atlas.Atlas atlas, EntityRef subject) => subject.Kind switch
    {
        EntityKind.Treaty => atlas.Treaty(new TreatyId(subject.Id)),
        EntityKind.Actor => atlas.TreatiesOf(new ActorId(subject.Id)).OrderBy(t => t.Signed ?? t.InForce).FirstOrDefault(),
        _ => null,
    };

    private static ChoiceResult Choice(Atlas.Atlas atlas, ChoiceQuery q, DateOnly on, DateOnly today)
    {
        var stem = Execute(atlas, q.Stem, today);
        var negative = q.Stem.Polarity == Polarity.Negative;
        var judged = q.Options.Select(o => (o, Fits(atlas, stem, o) is { } fits ? fits != negative : (bool?)null)).ToArray();
        return new ChoiceResult(on, stem, judged);
    }

    private static bool? Fits(Atlas.Atlas atlas, QueryResult? stem, ChoiceOption option)
    {
        switch (stem)
        {
            case MembersResult members when members.Query.Aggregate == MemberAggregate.Count && option.Number is { } n:
                return n == members.Count;
            case MembersResult members:
                var states = option.Entities.Where(e => e.Kind == EntityKind.Actor).Select(e => new ActorId(e.Id)).ToArray();
                if (states.Length == 0)
                    return null;
                var ids = members.Members.Select(m => m.Actor).ToHashSet();
                return states.All(ids.Contains);
            case DateResult { Date: { } date }:
                if (option.Date is not { } d)
                    return null;
                return d.Day != 0 && date.Day != 0 ? d == date : d.Year == date.Year && (d.Month == 0 || date.Month == 0 || d.Month == date.Month);
            case CompareMembersResult:
                return null;
            case HappeningsResult happenings:
                var actors = option.Entities.Where(e => e.Kind == EntityKind.Actor).Select(e => new ActorId(e.Id)).ToArray();
                var acted = happenings.Events.Concat(happenings.Others).SelectMany(e => e.Actors).ToHashSet();
                return actors.Length == 0 || acted.Count == 0 ? null : actors.All(acted.Contains);
            case RatificationsResult { Complete: true, Chosen.Count: > 0 } ratifications:
                var options = option.Entities.Where(e => e.Kind == EntityKind.Actor).Select(e => new ActorId(e.Id)).ToArray();
                return options.Length == 0 ? null : options.All(o => ratifications.Chosen.Any(e => e.Actors.Contains(o)));
            case ParticipantsResult participants:
                var named = option.Entities.Where(e => e.Kind == EntityKind.Actor).Select(e => new ActorId(e.Id)).ToArray();
                return named.Length == 0 ? null : named.All(a => participants.Current.Any(p => p.Actor == a));
        }
        _ = atlas;
        return null;
    }
}
