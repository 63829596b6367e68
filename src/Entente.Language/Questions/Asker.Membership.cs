using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Questions;

internal sealed partial class Asker
{
    private AnswerBuilder Builder(ParsedQuestion q, string intent) => new(atlas, q.Original, intent, On(q));

    /// <summary>Members chosen by a policy they hold or less some named ones: "3 members of NATO have nuclear forces of their own: …".</summary>
    private Answer Filtered(ParsedQuestion q, MembersQuery query, MembersResult result, string name)
    {
        var b = Builder(q, "members");
        var what = query.Holding == PolicyKind.Nuclear ? "nuclear forces of their own" : $"a {query.Holding?.ToString().ToLowerInvariant()} policy";
        var except = query.Except.Count > 0 ? $" other than {AnswerBuilder.List(query.Except.Select(b.Name))}" : "";
        var members = result.Members;
        if (query.Holding is null)
        {
            // Membership of organizations is complete in the data: none is a "no".
            var past = b.On < today;
            string Are(int n) => past ? (n == 1 ? "was" : "were") : (n == 1 ? "is" : "are");
            string Sides(int n) => string.Join(" and ", query.AlsoIn.Select(x => $"{Are(n)} also {(n == 1 ? "a member" : "members")} of {Body(x)}")
                .Concat(query.NotIn.Select(x => $"{Are(n)} not {(n == 1 ? "a member" : "members")} of {Body(x)}")));
            b.Say(members.Count == 0
                ? $"On {AnswerBuilder.Date(b.On)}, no member of {name}{except} {string.Join(" and ", query.AlsoIn.Select(x => $"{Are(1)} also a member of {Body(x)}").Concat(query.NotIn.Select(x => $"{(past ? "was" : "is")} outside {Body(x)}")))}."
                : $"On {AnswerBuilder.Date(b.On)}, {members.Count} member{(members.Count == 1 ? "" : "s")} of {name}{except} {Sides(members.Count)}: {AnswerBuilder.List(members.Select(p => b.Name(p.Actor)))}.");
            foreach (var p in members)
                b.Fact($"{atlas.Actor(p.Actor).Name}: member of {name} from {p.Joined}.", p.Sources);
            foreach (var x in query.AlsoIn.Concat(query.NotIn))
            {
                if (QueryExecutor.Execute(atlas, new MembersQuery(x, MemberSelection.Current, MemberAggregate.List) { When = query.When }, today) is MembersResult other)
                    b.Fact($"Members of {Body(x)} on {b.On:yyyy-MM-dd}: {string.Join(", ", other.Members.Select(m => atlas.Actor(m.Actor).Name))}.", other.Members.SelectMany(m => m.Sources));
            }
            return b.Build();
        }
        // The record of national policies is not known to be complete for every state: none found is not a "no".
        b.Say(members.Count == 0
            ? $"On {AnswerBuilder.Date(b.On)} Entente's record of national policies lists no member of {name}{except} with {what}; that record may not cover every state."
            : $"On {AnswerBuilder.Date(b.On)} Entente's record of national policies lists {members.Count} member{(members.Count == 1 ? "" : "s")} of {name}{except} with {what}: {AnswerBuilder.List(members.Select(p => b.Name(p.Actor)))}.");
        foreach (var p in members)
        {
            b.Fact($"{atlas.Actor(p.Actor).Name}: member of {name} from {p.Joined}.", p.Sources);
            foreach (var policy in atlas.PoliciesOf(p.Actor).Where(x => x.Kind == query.Holding && x.Period.Contains(b.On)))
                b.Fact($"{policy.Name}: {policy.Summary}", policy.Sources);
        }
        return b.Build();
    }

    private string Body(EntityRef x) => x.Kind == EntityKind.Actor ? Naming.Of(atlas.Actor(new ActorId(x.Id))) : Naming.Of(atlas.Treaty(new TreatyId(x.Id)));

    private Answer WhenJoined(ParsedQuestion q, Actor state, Actor org)
    {
        var b = Builder(q, "when-joined");
        var spells = atlas.MembershipSpells(state.Id, org.Id);
        if (spells.Count == 0)
        {
            b.Say($"{Naming.Start(state)} has never been a member of {Naming.Of(org)}.");
            AddTreatyRule(b, org);
            return b.Build();
        }
        var first = spells[0];
        b.Say($"{Naming.Start(state)} joined {Naming.Of(org)} {AnswerBuilder.OnDate(first.Joined)} ({How(first)}).");
        if (first.Left is { } left)
            b.Say($"It left {AnswerBuilder.OnDate(left)}{(first.LeftHow is { } h ? $" ({h.ToString().ToLowerInvariant()})" : "")}.");
        foreach (var spell in spells.Skip(1))
            b.Say($"It joined again {AnswerBuilder.OnDate(spell.Joined)}{(spell.Left is { } l ? $" and left {AnswerBuilder.OnDate(l)}" : "")}.");
        if (spells.Any(s => s.Period.Contains(b.On)))
            b.Say($"It is a member {AnswerBuilder.OnDate(b.On)}.");
        foreach (var spell in spells)
            b.Fact($"{state.Name} became a party to {atlas.Treaty(spell.Treaty).Name} on {spell.Joined} ({How(spell)}){(spell.Left is { } l ? $" and ceased to be one on {l}" : "")}{(spell.Note is { } n ? $"; {n}" : "")}.", spell.Sources);
        return b.Build();
    }

    /// <summary>"When did Finland apply to join NATO?": the day it handed in its application, then where the application stands.</summary>
    private Answer WhenApplied(ParsedQuestion q, DateQuery query, Actor state, Actor org)
    {
        var b = Builder(q, "when-applied");
        var result = (DateResult)QueryExecutor.Execute(atlas, query, b.On)!;
        var spells = atlas.MembershipSpells(state.Id, org.Id);
        var yesNo = q.IsYesNo;
        if (result.Date is not { } applied)
        {
            b.Say($"{(yesNo ? "Not known. " : "")}Entente's data records no application by {Naming.Of(state)} to join {Naming.Of(org)}; its record of applications may not be complete.");
            if (spells.Count > 0)
                b.Say($"{Naming.Start(state)} joined {Naming.Of(org)} {AnswerBuilder.OnDate(spells[0].Joined)} ({How(spells[0])}).");
            return b.Build() with { Answered = spells.Count > 0 };
        }
        var application = QueryExecutor.ApplicationsOf(atlas, state.Id, new EntityRef(EntityKind.Actor, org.Id.Value, org.Name))[0];
        b.Say($"{(yesNo ? "Yes. " : "")}{Naming.Start(state)} applied to join {Naming.Of(org)} {AnswerBuilder.OnDate(applied)}.");
        b.Fact($"{application.Date}: {application.Summary.Trim()}", application.Sources);
        if (spells.FirstOrDefault(s => s.Joined.FirstDay >= applied.FirstDay) is { } joined)
        {
            b.Say($"It joined {AnswerBuilder.OnDate(joined.Joined)} ({How(joined)}).");
            b.Fact($"{state.Name} became a party to {atlas.Treaty(joined.Treaty).Name} on {joined.Joined} ({How(joined)}).", joined.Sources);
        }
        else
        {
            b.Say($"It is not a member {AnswerBuilder.OnDate(b.On)}.");
        }
        return b.Build();
    }

    /// <summary>"When did Ukraine become independent?": the day its independence record gives, of which state and how.</summary>
    private Answer WhenIndependent(ParsedQuestion q, DateQuery query)
    {
        var b = Builder(q, "when-independent");
        var state = atlas.Actor(new ActorId(query.Subject.Id));
        if (atlas.IndependenceOf(state.Id) is not { } independence)
        {
            b.Say($"Entente's data does not record when {Naming.Of(state)} became independent.");
            return b.Build() with { Answered = false };
        }
        var of = independence.From is { } from ? $" of {Naming.Of(atlas.Actor(from))}" : "";
        var how = independence.How switch
        {
            IndependenceHow.Declared => "declared independence",
            IndependenceHow.Granted => "was granted independence",
            IndependenceHow.Treaty => "became independent by treaty",
            IndependenceHow.Dissolution => "became independent as the state it was part of dissolved",
            IndependenceHow.Referendum => "became independent by referendum",
            _ => "seceded",
        };
        b.Say($"{Naming.Start(state)} became independent{of} {AnswerBuilder.OnDate(independence.Date)} (it {how}).");
        b.Fact($"{state.Name}: independent{of} from {independence.Date}.{(independence.Note is { } note ? $" {note.Trim()}" : "")}", independence.Sources);
        return b.Build();
    }

    /// <summary>"When did Armenia freeze its participation in the CSTO?": the suspensions of a state's part, each with its day and end.</summary>
    private Answer WhenSuspended(ParsedQuestion q, DateQuery query, Actor state)
    {
        var b = Builder(q, "when-suspended");
        var body = query.Subject.Kind switch
        {
            EntityKind.Actor => Naming.Of(atlas.Actor(new ActorId(query.Subject.Id))),
            EntityKind.Treaty => Naming.Of(atlas.Treaty(new TreatyId(query.Subject.Id))),
            _ => query.Subject.Name,
        };
        var suspensions = QueryExecutor.SuspensionsOf(atlas, state.Id, query.Subject).Where(x => x.Date.FirstDay <= b.On).ToArray();
        if (suspensions.Length == 0)
        {
            b.Say($"{(q.IsYesNo ? "Not known. " : "")}Entente's data records no suspension of {Naming.Of(state)}'s part in {body}; its record of suspensions may not be complete.");
            return b.Build() with { Answered = false };
        }
        if (q.IsYesNo)
            b.Say("Yes.");
        var owner = Naming.Start(state) is var n && n.EndsWith('s') ? n + "'" : n + "'s";
        foreach (var (date, to, towards, summary, sources) in suspensions)
        {
            var toward = towards is { } t ? $" towards {Naming.Of(atlas.Actor(t))}" : "";
            var what = towards is null ? $"{owner} part in {body} was" : $"{owner} obligations under {body}{toward} were";
            var since = towards is null ? $"{owner} part in {body} has been" : $"{owner} obligations under {body}{toward} have been";
            b.Say(to is { } end && end.FirstDay <= b.On
                ? $"{what} suspended {AnswerBuilder.OnDate(date)} until {AnswerBuilder.Date(end)}."
                : $"{since} suspended since {AnswerBuilder.Date(date)}; it remains a party.");
            b.Fact($"{date}: {summary?.Trim() ?? $"{state.Name}'s part in {body} suspended{toward}."}", sources);
        }
        return b.Build();
    }

    /// <summary>
    /// "Which country was the last to ratify Sweden's accession to NATO?", "When did Hungary ratify it?": the members'
    /// ratifications of the protocol admitting a state. The first or last is said only when every member's is recorded.
    /// </summary>
    private Answer Ratifications(ParsedQuestion q, RatificationsQuery query)
    {
        var b = Builder(q, "ratifications");
        var r = (RatificationsResult)QueryExecutor.Execute(atlas, query, b.On)!;
        var admitted = atlas.Actor(query.Admitted);
        var treaty = atlas.Treaty(query.Treaty);
        var what = $"{Naming.Of(admitted)}'s accession to {Naming.Of(treaty)}";
        string Names(IEnumerable<Event> events) => AnswerBuilder.List(events.SelectMany(e => e.Actors).Distinct().Select(a => Naming.Of(atlas.Actor(a))));
        var yesNo = q.IsYesNo;
        if (r.Ratifications.Count == 0)
        {
            b.Say($"{(yesNo ? "Not known. " : "")}Entente's data records no ratification of {what}.");
            return b.Build() with { Answered = false };
        }
        var members = r.Ratifications.SelectMany(e => e.Actors).Distinct().Count() + r.Missing.Count;
        if (query.By is { } by)
        {
            if (r.Chosen.Count == 0)
            {
                b.Say(r.Complete
                    ? $"{(yesNo ? "No. " : "")}{Naming.Start(atlas.Actor(by))} was not one of the {members} members that ratified {what}."
                    : $"{(yesNo ? "Not known. " : "")}Entente's data records no ratification of {what} by {Naming.Of(atlas.Actor(by))}; it records {r.Ratifications.Count} of the {members} members'.");
                return b.Build() with { Answered = r.Complete };
            }
            var e = r.Chosen[0];
            b.Say($"{(yesNo ? "Yes. " : "")}{Naming.Start(atlas.Actor(by))} ratified {what} {AnswerBuilder.OnDate(e.Date)}.");
            b.Fact($"{e.Date}: {e.Summary.Trim()}", e.Sources);
        }
        else if (query.Aggregate is MemberAggregate.First or MemberAggregate.Last)
        {
            var word = query.Aggregate == MemberAggregate.First ? "first" : "last";
            if (!r.Complete)
            {
                b.Say($"Not known. Entente's data records the ratifications of {r.Ratifications.Count} of the {members} members for {what}, so it cannot tell which was {word}{(r.Missing.Count <= 5 ? $"; missing: {AnswerBuilder.List(r.Missing.Select(m => Naming.Of(atlas.Actor(m))))}" : "")}.");
                return b.Build() with { Answered = false };
            }
            var chosen = r.Chosen;
            b.Say($"{Naming.Capitalise(Names(chosen))} {(chosen.Count == 1 ? "was" : "were")} the {word} of the {members} members to ratify {what}, {AnswerBuilder.OnDate(chosen[0].Date)}.");
            foreach (var e in chosen)
                b.Fact($"{e.Date}: {e.Summary.Trim()}", e.Sources);
        }
        else
        {
            var first = r.Ratifications.Where(e => e.Date == r.Ratifications[0].Date).ToArray();
            var last = r.Ratifications.Where(e => e.Date == r.Ratifications[^1].Date).ToArray();
            b.Say(r.Complete
                ? $"All {members} members ratified {what}: the first {AnswerBuilder.OnDate(first[0].Date)} ({Names(first)}), the last {AnswerBuilder.OnDate(last[0].Date)} ({Names(last)})."
                : $"Entente's data records {r.Ratifications.Count} of the {members} members' ratifications of {what}, from {AnswerBuilder.OnDate(first[0].Date)} ({Names(first)}) to {AnswerBuilder.OnDate(last[0].Date)} ({Names(last)}).");
            foreach (var e in first.Concat(last).Distinct())
                b.Fact($"{e.Date}: {e.Summary.Trim()}", e.Sources);
        }
        if (treaty.Parties.Where(p => p.Actor == admitted.Id).OrderBy(p => p.Joined).FirstOrDefault(p => p.Joined.FirstDay >= r.Ratifications[0].Date.FirstDay) is { } joined)
            b.Say($"{Naming.Start(admitted)} joined {AnswerBuilder.OnDate(joined.Joined)}.");
        return b.Build();
    }

    /// <summary>"When did France leave NATO's integrated military command?", "When did Greece rejoin it?": a member's withdrawal from the military structure, and its return.</summary>
    private Answer WhenCommand(ParsedQuestion q, DateQuery query, Actor state, Actor org)
    {
        var b = Builder(q, query.Kind == DateKind.LeftCommand ? "when-left-command" : "when-rejoined-command");
        var withdrawals = QueryExecutor.PartWithdrawalsOf(atlas, state.Id, new EntityRef(EntityKind.Actor, org.Id.Value, org.Name));
        if (withdrawals.Count == 0)
        {
            b.Say($"Entente's data records no withdrawal by {Naming.Of(state)} from the military structure of {Naming.Of(org)}; its record of such events may not be complete.");
            return b.Build() with { Answered = false };
        }
        foreach (var e in withdrawals)
        {
            b.Say($"{Naming.Start(state)} withdrew from the military structure of {Naming.Of(org)} {AnswerBuilder.OnDate(e.Date)}, remaining a member{(e.To is { } back ? $", and returned {AnswerBuilder.OnDate(back)}" : "")}.");
            b.Fact($"{e.Date}: {e.Summary.Trim()}", e.Sources);
        }
        return b.Build();
    }

    /// <summary>"When did Venezuela leave the Rio Treaty?", "When did Trinidad and Tobago join the Rio Treaty?": a state's spells as a party.</summary>
    private Answer WhenInTreaty(ParsedQuestion q, DateQuery query, Actor state, Treaty treaty)
    {
        var b = Builder(q, query.Kind == DateKind.Left ? "when-left" : "when-joined");
        var spells = treaty.Parties.Where(p => p.Actor == state.Id).OrderBy(p => p.Joined).ToArray();
        var name = Naming.Of(treaty);
        if (spells.Length == 0)
        {
            b.Say($"{Naming.Start(state)} has never been a party to {name} in Entente's data.");
            return b.Build();
        }
        var left = spells.Where(s => s.Left is not null).ToArray();
        if (query.Kind == DateKind.Left && left.Length == 0)
            b.Say($"{Naming.Start(state)} has not left {name}: it has been a party since {AnswerBuilder.Date(spells[0].Joined)}.");
        if (query.Kind == DateKind.Joined)
            b.Say($"{Naming.Start(state)} became a party to {name} {AnswerBuilder.OnDate(spells[0].Joined)} ({How(spells[0])}).");
        foreach (var spell in query.Kind == DateKind.Left ? left : spells.Where(s => s.Left is not null))
            b.Say($"{Naming.Start(state)} ceased to be a party {AnswerBuilder.OnDate(spell.Left!.Value)}{(spell.LeftHow is { } h ? $" ({h.ToString().ToLowerInvariant()})" : "")}, after joining {AnswerBuilder.OnDate(spell.Joined)}.");
        foreach (var suspension in treaty.Suspensions.Where(x => x.Actor == state.Id))
        {
            b.Say($"Its part has been suspended from {AnswerBuilder.Date(suspension.From)}{(suspension.To is { } to ? $" to {AnswerBuilder.Date(to)}" : "")}.");
            b.Fact($"Suspension from {suspension.From}: {suspension.Note}", suspension.Sources);
        }
        // The steps before a leaving took effect (a denunciation announced years before).
        foreach (var e in atlas.EventsOf(state.Id).Where(e => e.Treaty == treaty.Id && e.Kind is EventKind.Withdrawal or EventKind.Announcement))
        {
            b.Say($"{AnswerBuilder.OnDate(e.Date)[0..1].ToUpperInvariant()}{AnswerBuilder.OnDate(e.Date)[1..]}: {e.Summary.Trim().TrimEnd('.')}.");
            b.Fact($"{e.Date}: {e.Summary}", e.Sources);
        }
        foreach (var spell in spells)
            b.Fact($"{state.Name}: party to {treaty.Name} from {spell.Joined}{(spell.Left is { } l ? $" to {l} ({spell.LeftHow?.ToString().ToLowerInvariant()})" : "")}{(spell.Note is { } n ? $"; {n}" : "")}.", spell.Sources);
        return b.Build();
    }

    private Answer WhenLeft(ParsedQuestion q, Actor state, Actor org)
    {
        var b = Builder(q, "when-left");
        var spells = atlas.MembershipSpells(state.Id, org.Id);
        var left = spells.Where(s => s.Left is not null).ToArray();
        if (spells.Count == 0)
            b.Say($"{Naming.Start(state)} has never been a member of {Naming.Of(org)}, so it has not left it.");
        else if (left.Length == 0)
            b.Say($"{Naming.Start(state)} has not left {Naming.Of(org)}: it has been a member since {AnswerBuilder.Date(spells[0].Joined)}.");
        foreach (var spell in spells.Where(s => s.Period.Contains(b.On)))
        {
            foreach (var suspension in atlas.SuspensionsOn(spell.Treaty, state.Id, b.On))
            {
                b.Say($"Its membership has been suspended since {AnswerBuilder.Date(suspension.From)}{(suspension.Towards is { } t ? $" towards {b.Name(t)}" : "")}.");
                b.Fact($"Suspension from {suspension.From}: {suspension.Note}", suspension.Sources);
            }
        }
        foreach (var spell in left)
            b.Say($"{Naming.Start(state)} ceased to be a member of {Naming.Of(org)} {AnswerBuilder.OnDate(spell.Left!.Value)} ({spell.LeftHow?.ToString().ToLowerInvariant() ?? "left"}), after joining {AnswerBuilder.OnDate(spell.Joined)}.");
        foreach (var spell in spells)
            b.Fact($"{state.Name}: party to {atlas.Treaty(spell.Treaty).Name} from {spell.Joined}{(spell.Left is { } l ? $" to {l} ({spell.LeftHow?.ToString().ToLowerInvariant()})" : "")}{(spell.Note is { } n ? $"; {n}" : "")}.", spell.Sources);
        // Events such as France leaving NATO's integrated command are not leaving the organization.
        foreach (var e in atlas.EventsOf(state.Id).Where(e => e.Actors.Contains(org.Id) && e.Kind is EventKind.Withdrawal or EventKind.Return or EventKind.Suspension))
        {
            b.Say(e.Summary.TrimEnd('.') + ".");
            b.Fact($"{e.Date}{(e.To is { } to ? $"–{to}" : "")}: {e.Summary}", e.Sources);
        }
        return b.Build();
    }

    private Answer IsMember(ParsedQuestion q, IsMemberQuery query)
    {
        var state = atlas.Actor(query.State);
        var result = QueryExecutor.Membership(atlas, state.Id, query.Body, On(q));
        var b = Builder(q, query.Body.Kind == EntityKind.Treaty ? "is-party" : "is-member");
        var on = b.On;
        var body = query.Body.Kind == EntityKind.Actor ? Naming.Of(atlas.Actor(new ActorId(query.Body.Id))) : Naming.Of(atlas.Treaty(new TreatyId(query.Body.Id)));
        var role = query.Body.Kind == EntityKind.Treaty ? "a party to" : "a member of";
        var negative = query.Polarity == Polarity.Negative;
        string Yes(bool holds) => (holds != negative) ? "Yes" : "No";
        var tense = on < today ? "was" : "is";
        if (query.When.Kind == TimeKind.Since && query.When.From is { } since)
        {
            // "Has Sweden been a NATO member since 2022?": a member on every day from then to today.
            var throughout = result.Spells.Any(s => s.Joined.FirstDay <= since && (s.Left is not { } l || l.FirstDay > today));
            var first = result.Spells.FirstOrDefault(s => s.Joined.FirstDay > since);
            b.Say(throughout
                ? $"{Yes(true)}. {Naming.Start(state)} has been {role} {body} throughout since {AnswerBuilder.Date(since)}: it joined {AnswerBuilder.OnDate(result.Spells.First(s => s.Joined.FirstDay <= since).Joined)}."
                : first is not null
                    ? $"{Yes(false)}. {Naming.Start(state)} has been {role} {body} only since {AnswerBuilder.Date(first.Joined)}, not since {AnswerBuilder.Date(since)}."
                    : $"{Yes(false)}. {Naming.Start(state)} has not been {role} {body} throughout since {AnswerBuilder.Date(since)}.");
        }
        else
        {
            switch (result.Status)
            {
                case not MembershipStatus.Member when query.Ever && query.When.Kind == TimeKind.Now:
                    // "Was Yugoslavia in the Warsaw Pact?", "Has Austria ever been in NATO?": any time up to the date.
                    var life = Lifetime(query.Body);
                    var ended = life.To is { } to && to.FirstDay <= on ? to : (PartialDate?)null;
                    var past = result.Spells.Where(p => p.Joined.FirstDay <= on).ToArray();
                    b.Say(past.Length == 0
                        ? $"{Yes(false)}. {Naming.Start(state)} was never {role} {body}{(ended is not null ? $" ({(query.Body.Kind == EntityKind.Actor ? "which existed" : "in force")} {AnswerBuilder.Period(life)})" : "")}."
                        : $"{Yes(true)}. {Naming.Start(state)} was {role} {body} {Spans(past, ended)}.");
                    break;
                case MembershipStatus.BodyAbsent:
                    b.Say(query.Body.Kind == EntityKind.Actor
                        ? $"{Naming.Capitalise(body)} did not exist {AnswerBuilder.OnDate(on)} (it existed {AnswerBuilder.Period(atlas.Actor(new ActorId(query.Body.Id)).Existed)})."
                        : $"{Naming.Capitalise(body)} was not in force {AnswerBuilder.OnDate(on)}.");
                    if (Lifetime(query.Body).To is { } over && over.FirstDay <= on)
                    {
                        var before = result.Spells.Where(p => p.Joined.FirstDay <= on).ToArray();
                        b.Say(before.Length == 0 ? $"{Naming.Start(state)} was never {role} it." : $"{Naming.Start(state)} was {role} it {Spans(before, over)}.");
                    }
                    break;
                case MembershipStatus.Member:
                    b.Say($"{Yes(true)}. On {AnswerBuilder.Date(on)} {Naming.Of(state)} {tense} {role} {body}: it joined {AnswerBuilder.OnDate(result.Spell!.Joined)} ({How(result.Spell)}).");
                    break;
                case MembershipStatus.NotYet:
                    b.Say($"{Yes(false)}. On {AnswerBuilder.Date(on)} {Naming.Of(state)} was not yet {role} {body}: it joined {AnswerBuilder.OnDate(result.Spells.First(s => s.Joined.FirstDay > on).Joined)}.");
                    break;
                case MembershipStatus.Former:
                    b.Say($"{Yes(false)}. {Naming.Start(state)} was {role} {body} until {AnswerBuilder.Date(result.Spells.Last(s => s.Left is not null).Left!.Value)}.");
                    break;
                default:
                    b.Say($"{Yes(false)}. {Naming.Start(state)} is not {role} {body} and never has been.");
                    break;
            }
        }
        foreach (var spell in result.Spells)
            b.Fact($"{state.Name}: party to {atlas.Treaty(spell.Treaty).Name} from {spell.Joined}{(spell.Left is { } l ? $" to {l}" : "")}.", spell.Sources);
        if (result.Spell is { } current && query.Body.Kind == EntityKind.Actor)
        {
            var org = new ActorId(query.Body.Id);
            // Events short of leaving (Armenia "freezing" its CSTO participation) qualify a plain yes.
            foreach (var e in atlas.EventsOf(state.Id).Where(e => e.Actors.Contains(org) && e.Kind is EventKind.Suspension or EventKind.Withdrawal
                && e.Date.FirstDay >= current.Joined.FirstDay && e.Date.FirstDay <= on && (e.To is not { } to || to.FirstDay > on)))
            {
                b.Say($"But since {AnswerBuilder.Date(e.Date)}: {Core.Reasoning.Eligibility.FirstSentence(e.Summary)}");
                b.Fact($"{e.Date}: {e.Summary}", e.Sources);
            }
        }
        if (result.Spell is { } spellNow)
        {
            foreach (var suspension in atlas.SuspensionsOn(spellNow.Treaty, state.Id, on))
            {
                b.Say($"Its obligations have been suspended since {AnswerBuilder.Date(suspension.From)}{(suspension.Towards is { } t ? $" towards {b.Name(t)}" : "")}.");
                b.Fact($"Suspension from {suspension.From}: {suspension.Note}", suspension.Sources);
            }
        }
        if (result.Spells.Count == 0 && query.Body.Kind == EntityKind.Actor)
        {
            var org = new ActorId(query.Body.Id);
            foreach (var participation in atlas.ParticipationsOf(state.Id))
            {
                var partnership = atlas.FindPartnership(participation.Partnership)!;
                if (partnership.Organization == org && new Interval(participation.Joined ?? partnership.From, participation.Left ?? partnership.To).Contains(on))
                {
                    b.Say($"It is a partner, not a member: {partnership.Name}.");
                    b.Fact($"{state.Name} takes part in {partnership.Name}.", participation.Sources);
                    break;
                }
            }
        }
        return b.Build();
    }

    // "from 5 June 1955 to 13 September 1968 (withdrawal) and from …, when it ended": a state's spells in a body that may have ended.
    private static string Spans(IReadOnlyList<Party> spells, PartialDate? ended) =>
        AnswerBuilder.List(spells.Select(p => $"from {AnswerBuilder.Date(p.Joined)}"
            + ((p.Left ?? ended) is { } end ? $" to {AnswerBuilder.Date(end)}" : " to this day")
            + (p.Left is { } l && (ended is not { } e || l.FirstDay < e.FirstDay) && p.LeftHow is { } how ? $" ({how.ToString().ToLowerInvariant()})" : "")))
        + (ended is not null && spells.Any(p => p.Left is not { } l || l.FirstDay >= ended.Value.FirstDay) ? ", when it ended" : "");

    // The time a body existed (an organization) or was in force (a treaty).
    private Interval Lifetime(EntityRef body) =>
        body.Kind == EntityKind.Actor ? atlas.Actor(new ActorId(body.Id)).Existed : atlas.Treaty(new TreatyId(body.Id)).InForcePeriod;

    private Answer Members(ParsedQuestion q, MembersQuery query)
    {
        var executed = QueryExecutor.Execute(atlas, query, today)!;
        if (executed is ParticipantsResult participants)
            return Participants(q, query, participants);
        var result = (MembersResult)executed;
        query = result.Query;
        if (query.Body.Kind == EntityKind.Actor && atlas.TreatiesOf(new ActorId(query.Body.Id)).Count == 0)
        {
            // An organization whose members the data does not list (no treaty of membership): say so, and what it is.
            var described = WhatIs(q, new WhatIsQuery(query.Body) { When = query.When });
            return described with { Intent = "members", Text = $"Entente's data does not list the members of {Naming.Of(atlas.Actor(new ActorId(query.Body.Id)))}. {described.Text}" };
        }
        var name = query.Body.Kind == EntityKind.Actor ? Naming.Of(atlas.Actor(new ActorId(query.Body.Id))) : Naming.Of(atlas.Treaty(new TreatyId(query.Body.Id)));
        if (query.Holding is not null || query.Except.Count > 0 || query.AlsoIn.Count + query.NotIn.Count > 0)
            return Filtered(q, query, result, name);
        var start = Naming.Capitalise(name);
        var intent = query.Aggregate == MemberAggregate.Count ? "member-count" : query.Selection == MemberSelection.Founding ? "founders"
            : query.Selection == MemberSelection.Joined ? (query.When.Kind == TimeKind.InYear ? "joined-in-year" : "joined") : "members";
        var b = Builder(q, intent);
        var members = result.Members;
        var names = AnswerBuilder.List(members.Select(p => b.Name(p.Actor)));
        var has = b.On < today ? "had" : "has";
        IReadOnlyList<MemberStanding> standings = query.Selection != MemberSelection.Current ? []
            : query.Body.Kind == EntityKind.Actor ? atlas.StandingsOn(new ActorId(query.Body.Id), b.On)
            : atlas.StandingsOn(new TreatyId(query.Body.Id), b.On).Where(st => st.IsSuspended).ToArray();
        if (!result.BodyExisted)
        {
            b.Say(query.Body.Kind == EntityKind.Actor
                ? $"{start} did not exist {AnswerBuilder.OnDate(b.On)} (it existed {atlas.Actor(new ActorId(query.Body.Id)).Existed})."
                : $"{start} was not in force {AnswerBuilder.OnDate(b.On)}.");
        }
        else if (query.Polarity == Polarity.Negative && query.Selection == MemberSelection.Current)
        {
            var group = query.Among is { } among ? atlas.FindGroup(among) : null;
            var states = atlas.Actors.Where(a => a.IsState && a.Existed.Contains(b.On) && (group is null || group.Members.Contains(a.Id))).OrderBy(a => a.Name, StringComparer.Ordinal).ToArray();
            var outside = states.Where(a => !members.Any(m => m.Actor == a.Id)).ToArray();
            if (group is not null)
            {
                b.Say(outside.Length == 0
                    ? $"None. On {AnswerBuilder.Date(b.On)} all {states.Length} of {group.Name} are members of {name}: {names}."
                    : $"{Naming.Capitalise(AnswerBuilder.List(outside.Select(Naming.Of)))} {(outside.Length == 1 ? "is" : "are")} not {(outside.Length == 1 ? "a member" : "members")} of {name} on {AnswerBuilder.Date(b.On)}; of {group.Name}, {(result.Count == 0 ? "none is" : $"{names} {(result.Count == 1 ? "is" : "are")}")}.");
                b.Fact($"{Naming.Capitalise(group.Name)}: {string.Join(", ", group.Members.Select(m => atlas.Actor(m).Name))}.", group.Sources);
            }
            else
                b.Say($"On {AnswerBuilder.Date(b.On)}, {outside.Length} of the {states.Length} states in Entente's data are not members of {name}; its {result.Count} members are {names}.");
            b.Fact($"Not members of {name} on {b.On:yyyy-MM-dd}: {string.Join(", ", outside.Select(a => a.Name))}.", members.SelectMany(m => m.Sources));
        }
        else
        {
            var period = Period(query.When);
            switch (query.Selection, query.Aggregate)
            {
                case (MemberSelection.Founding, MemberAggregate.Count):
                    b.Say($"{start} had {result.Count} founding members: {names}.");
                    break;
                case (MemberSelection.Founding, _):
                    b.Say(members.Count == 0 ? $"The data records no founding members of {name}." : $"{start} had {result.Count} founding members: {names}.");
                    break;
                case (MemberSelection.Former, MemberAggregate.Last or MemberAggregate.First):
                    var leaving = query.Aggregate == MemberAggregate.Last ? "last" : "first";
                    b.Say(members.Count == 0
                        ? $"No state has left {name} in Entente's data{period}."
                        : $"The {leaving} to leave {name}{period} {(members.Count == 1 ? "was" : "were")} {names}, {AnswerBuilder.OnDate(members[0].Left!.Value)}{(members[0].LeftHow is { } how ? $" ({how.ToString().ToLowerInvariant()})" : "")}.");
                    break;
                case (_, MemberAggregate.Last) or (_, MemberAggregate.First):
                    var which = query.Aggregate == MemberAggregate.Last ? "last" : "first";
                    b.Say(members.Count == 0
                        ? $"The data records no member of {name} that joined{period}."
                        : $"The {which} to join {name}{period} {(members.Count == 1 ? "was" : "were")} {names}, {AnswerBuilder.OnDate(members[0].Joined)} ({How(members[0])}).");
                    break;
                case (_, MemberAggregate.Rank) when result.Ranks is var (from, to, ofAll):
                    var rank = Reading.Ordinals.Write(query.Rank);
                    b.Say(members.Count == 0
                        ? $"Only {ofAll} state{(ofAll == 1 ? "" : "s")} had joined {name} by {AnswerBuilder.Date(b.On)}, so none was its {rank} member."
                        : from == to
                            ? $"{Naming.Capitalise(b.Name(members[0].Actor))} was the {rank} member of {name}: it joined {AnswerBuilder.OnDate(members[0].Joined)} ({How(members[0])})."
                            : $"{names} joined {name} together {AnswerBuilder.OnDate(members[0].Joined)}, as its {Reading.Ordinals.Write(from)} {(to == from + 1 ? "and" : "to")} {Reading.Ordinals.Write(to)} members; the data ranks none of them {rank} alone.");
                    break;
                case (MemberSelection.Joined, MemberAggregate.Count):
                    b.Say($"{result.Count} state{(result.Count == 1 ? "" : "s")} joined {name}{period}{(members.Count > 0 ? $": {names}" : "")}.");
                    break;
                case (MemberSelection.Joined, _):
                    b.Say(members.Count == 0
                        ? $"No state joined {name}{period}."
                        : $"{names} joined {name}{period} ({AnswerBuilder.List(members.Select(p => p.Joined).Distinct().Select(AnswerBuilder.Date))}).");
                    if (members.Count == 0)
                    {
                        var all = QueryExecutor.Spells(atlas, query.Body);
                        b.Fact($"Years in which states joined {query.Body.Name}: {string.Join(", ", all.Select(p => p.Joined.Year).Distinct().Order())}.", all.SelectMany(p => p.Sources));
                    }
                    break;
                case (MemberSelection.Former, _):
                    b.Say(members.Count == 0 ? $"No state has left {name} in Entente's data." : $"{result.Count} former member{(result.Count == 1 ? "" : "s")} of {name}: {AnswerBuilder.List(members.Select(p => $"{b.Name(p.Actor)} (left {AnswerBuilder.Date(p.Left!.Value)})"))}.");
                    break;
                case (MemberSelection.Ever, MemberAggregate.List or MemberAggregate.Count) when query.When.Kind == TimeKind.Now:
                    var life = query.Body.Kind == EntityKind.Actor ? atlas.Actor(new ActorId(query.Body.Id)).Existed : atlas.Treaty(new TreatyId(query.Body.Id)).InForcePeriod;
                    b.Say($"{start} {(life.To is { } ended && ended.FirstDay <= b.On ? $"no longer exists ({(query.Body.Kind == EntityKind.Actor ? "it existed" : "in force")} {AnswerBuilder.Period(life)}); over that time it had" : "has had")} {result.Count} members: "
                        + $"{AnswerBuilder.List(members.Select(p => b.NameOn(p.Actor, p.Joined.FirstDay) + (p.How == JoinHow.Founding ? "" : $" (joined {AnswerBuilder.Date(p.Joined)})") + (p.Left is { } l && (life.To is not { } e || l.FirstDay < e.FirstDay) ? $" (left {AnswerBuilder.Date(l)})" : "")))}.");
                    break;
                case (_, MemberAggregate.Count):
                    b.Say($"{start} {has} {result.Count} members {AnswerBuilder.OnDate(b.On)}{Suspended(standings)}: {StandingNames(b, members, standings)}.");
                    break;
                case (MemberSelection.Current, _) when query.Among is { } among && atlas.FindGroup(among) is { } group:
                    var outsiders = group.Members.Where(g => !members.Any(m => m.Actor == g) && atlas.Actor(g).Existed.Contains(b.On)).Select(g => Naming.Of(atlas.Actor(g))).ToArray();
                    b.Say($"{(q.IsYesNo ? outsiders.Length == 0 ? "Yes. " : "No. " : "")}Of {group.Name}, {(result.Count == 0 ? "none is a member" : $"{result.Count} {(result.Count == 1 ? "is a member" : "are members")}")} of {name} {AnswerBuilder.OnDate(b.On)}{(result.Count > 0 ? $": {StandingNames(b, members, standings)}" : "")}{(outsiders.Length > 0 ? $"; not {AnswerBuilder.List(outsiders)}" : "")}.");
                    b.Fact($"{Naming.Capitalise(group.Name)}: {string.Join(", ", group.Members.Select(m => atlas.Actor(m).Name))}.", group.Sources);
                    break;
                default:
                    b.Say($"On {AnswerBuilder.Date(b.On)} {name} {has} {result.Count} members{Suspended(standings)}: {StandingNames(b, members, standings)}.");
                    break;
            }
        }
        foreach (var p in members)
            b.Fact($"{atlas.Actor(p.Actor).Name}: {(p.How == JoinHow.Founding ? "founding member" : "member")} from {p.Joined} ({How(p)}){(p.Left is { } l ? $" to {l}" : "")}.", p.Sources);
        foreach (var st in standings)
        {
            foreach (var suspension in st.Suspensions)
                b.Fact($"{atlas.Actor(st.Party.Actor).Name}: membership suspended since {suspension.From}{(suspension.Note is { } n ? $" ({n.TrimEnd('.')})" : "")}.", suspension.Sources);
            foreach (var e in st.Events.Where(_ => !st.IsSuspended))
                b.Fact($"{e.Date}: {e.Summary}", e.Sources);
        }
        return b.Build();
    }

    // Each member's name, with its standing where its membership is suspended or its participation frozen.
    private static string StandingNames(AnswerBuilder b, IReadOnlyList<Party> members, IReadOnlyList<MemberStanding> standings) =>
        AnswerBuilder.List(members.Select(p => b.Name(p.Actor) + (standings.FirstOrDefault(st => st.Party.Actor == p.Actor) is { } st ? Standing(st) : "")));

    // The time a selection covers, in the words the reading uses (" in 1999", " after 2000").
    private static string Period(TimeSpec when) => ReadingWriter.Period(when);

    // "including one whose membership is suspended (Uzbekistan, since 19 December 2012)".
    private string Suspended(IReadOnlyList<MemberStanding> standings)
    {
        var suspended = standings.Where(st => st.IsSuspended).ToArray();
        return suspended.Length == 0 ? ""
            : $", {(suspended.Length == 1 ? "one of them" : $"{suspended.Length} of them")} with its membership suspended ({AnswerBuilder.List(suspended.Select(st => $"{atlas.Actor(st.Party.Actor).Name}, since {AnswerBuilder.Date(st.Suspensions.First(x => x.Towards is null).From)}"))})";
    }

    // A member's qualifier in a list: " (membership suspended since …)" or " (participation frozen since …)".
    private static string Standing(MemberStanding st) =>
        st.IsSuspended ? $" (membership suspended since {AnswerBuilder.Date(st.Suspensions.First(x => x.Towards is null).From)})"
        : st.Events.FirstOrDefault() is { } e ? $" ({(e.Summary.Contains("frozen", StringComparison.OrdinalIgnoreCase) ? "participation frozen" : "participation qualified")} since {AnswerBuilder.Date(e.Date)})"
        : "";

    /// <summary>The treaties a state was party to at any time in a year or a span ("during the First World War"), not only on its last day.</summary>
    private Answer TreatiesInYear(ParsedQuestion q, Actor state, TimeSpec when)
    {
        var b = Builder(q, "treaties-in-year");
        var from = when.From!.Value;
        var to = when.To!.Value;
        var during = when.Kind == TimeKind.InYear ? $"In {from.Year}"
            : when.Label is { } label ? $"During {label}" : $"Between {AnswerBuilder.Date(from)} and {AnswerBuilder.Date(to)}";
        var rows = atlas.PartiesOf(state.Id).Where(p =>
        {
            var t = atlas.Treaty(p.Treaty);
            var period = new Interval(p.Joined, p.Left is { } l && (t.Ended is not { } e || l < e) ? l : t.Ended ?? p.Left);
            return period.Overlaps(new Interval(PartialDate.FromDate(from), PartialDate.FromDate(to.AddDays(1))));
        }).ToArray();
        b.Say(rows.Length == 0
            ? $"{during} {Naming.Of(state)} was party to none of the treaties in Entente's data."
            : $"{during} {Naming.Of(state)} was party to {rows.Length} treat{(rows.Length == 1 ? "y" : "ies")} in Entente's data: {AnswerBuilder.List(rows.Select(p => Naming.Of(atlas.Treaty(p.Treaty))))}.");
        foreach (var p in rows)
            b.Fact($"{state.Name}: party to {atlas.Treaty(p.Treaty).Name} from {p.Joined}{(p.Left is { } l ? $" to {l}" : "")}.", p.Sources);
        b.Say("Entente's curated data covers the major alliances, not every treaty a state signed.");
        return b.Build();
    }

    private static string How(Party party) => party.How switch
    {
        JoinHow.Founding => "a founding member",
        JoinHow.Accession => "by accession",
        JoinHow.Succession => "by succession",
        _ => "by reunification",
    };

    private static void AddTreatyRule(AnswerBuilder b, Actor org)
    {
        foreach (var treaty in b.Atlas.TreatiesOf(org.Id))
        {
            foreach (var rule in treaty.Provisions.Where(p => p.Kind == ProvisionKind.Accession))
                b.Fact($"{Naming.Capitalise(Naming.Article(rule.Article))} of {treaty.Name}: {rule.Summary}", rule.Sources);
        }
    }
}
