using System.Globalization;
using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Language.Reading;

/// <summary>
/// Says how a text was read, before any answer: "Read as: members of NATO that joined after 2000, on 27
/// November 2026. 'Japn' read as Japan. Not used: 'bigger'." A misreading is then visible, never silent.
/// </summary>
internal static class ReadingWriter
{
    public static string Describe(Atlas atlas, Interpretation reading, DateOnly today)
    {
        var parts = new List<string>();
        if (reading.Query is { } query)
            parts.Add($"Read as: {Of(atlas, query, today)}.");
        else if (reading.Entities.Count > 0)
            parts.Add($"Read: {string.Join(", ", reading.Entities.Select(e => e.Name))}; no question fits.");
        else
            parts.Add("Read: nothing Entente knows.");
        parts.AddRange(reading.Notes);
        foreach (var (written, entity) in reading.Guessed)
            parts.Add($"'{written}' read as {entity.Name}.");
        if (reading.Query is not null && reading.Unread.Count > 0)
            parts.Add($"Not used: {string.Join(", ", reading.Unread.Take(8).Select(w => $"'{w}'"))}.");
        return string.Join(" ", parts);
    }

    public static string Of(Atlas atlas, Query query, DateOnly today)
    {
        var on = query.When.Truth(today);
        var not = query.Polarity == Polarity.Negative ? "not " : "";
        var text = query switch
        {
            ChoiceQuery c => $"{Of(atlas, c.Stem, today)}, then which of the {c.Options.Count} options ({string.Join(", ", c.Options.Select(o => o.Label))}) fit",
            IsMemberQuery m => $"is {Name(atlas, m.State)} {not}{(m.Body.Kind == EntityKind.Treaty ? "a party to" : "a member of")} {Name(atlas, m.Body)}{Time(query.When, on, today)}",
            MembersQuery m => Members(atlas, m, on, today),
            InForceQuery f => f.AsksEnded ? $"has {Name(atlas, f.Subject)} ended{Time(query.When, on, today)}" : $"is {Name(atlas, f.Subject)} in force{Time(query.When, on, today)}",
            DateQuery { Years: > 0 } d => $"the day {d.Years} years after the signing of {(d.Subject.Kind == EntityKind.Treaty ? Name(atlas, d.Subject) : Name(atlas, d.Subject) + "'s treaty")} (its anniversary)",
            DateQuery { Kind: DateKind.Independent } d => $"when {Name(atlas, d.Subject)} became independent",
            DateQuery d => d.Party is { } p ? $"when {Name(atlas, p)} {(d.Kind switch { DateKind.Joined => "joined", DateKind.Rejoined => "rejoined", DateKind.Applied => "applied to join", DateKind.LeftCommand => "withdrew from the military structure of", DateKind.RejoinedCommand => "returned to the military structure of", DateKind.Suspended => "suspended its part in", _ => "left" })} {Name(atlas, d.Subject)}" : $"when {Name(atlas, d.Subject)} was {Verb(d.Kind)}",
            EligibilityQuery e => e.WhyNot ? $"why {Name(atlas, e.State)} is not a member of {Name(atlas, e.Organization)}{Time(query.When, on, today)}" : $"could {Name(atlas, e.State)} join {Name(atlas, e.Organization)}",
            DefendersQuery d => $"who must defend {Name(atlas, d.State)} if it is attacked{(d.Attacker is { } a ? $" by {Name(atlas, a)}" : "")}{(d.Via is { } v ? $", under {Name(atlas, v)}" : "")}{Time(query.When, on, today)}",
            DefendsQuery d => $"must {Name(atlas, d.Defender)} defend {Name(atlas, d.Defended)}{(d.Via is { } via ? $" under {via.Name}" : "")}{Time(query.When, on, today)}",
            AlliesQuery a => a.Other is { } o ? $"do {Name(atlas, a.State)} and {Name(atlas, o)} share a defence treaty{Time(query.When, on, today)}" : $"the defence treaties of {Name(atlas, a.State)}{Time(query.When, on, today)}",
            ArticleQuery a => $"what Article {a.Article} of {(a.Treaty is { } t ? atlas.Treaty(t).Name : a.State is { } s ? Name(atlas, s) + "'s constitution" : "?")} says",
            InvocationsQuery i => $"has {(i.Article is { } art ? $"Article {art}{(i.Treaty is { } t ? $" of {atlas.Treaty(t).Name}" : "")}" : i.Treaty is { } treaty ? atlas.Treaty(treaty).Name : "it")} been invoked{(i.By is { } by ? $" for {atlas.Actor(by).Name}" : "")}",
            NeutralityQuery n => $"is {Name(atlas, n.State)} neutral{Time(query.When, on, today)}",
            PolicyBasisQuery b => $"what {Name(atlas, b.State)}'s {(b.Kind == PolicyKind.Neutrality ? "neutrality" : "policies")} rest{(b.Kind == PolicyKind.Neutrality ? "s" : "")} on in law{Time(query.When, on, today)}",
            PolicyQuery p => $"the terms of {atlas.FindPolicy(p.Policy)!.Name}",
            ConstitutionQuery c => $"{Name(atlas, c.State)}'s constitutional and defence policies",
            CooperationQuery c => $"how {Name(atlas, c.State)} cooperates with {Name(atlas, c.Organization)}",
            PeacekeepingQuery p => $"{Name(atlas, p.State)}'s part in peacekeeping",
            CoveredQuery c => $"is {atlas.FindPlace(c.Place)!.Name} covered by {(c.Article is { } art ? $"Article {art}" : "a defence article")}{(c.Treaty is { } t ? $" of {atlas.Treaty(t).Name}" : "")}",
            TreatiesOfQuery t => $"the treaties {Name(atlas, t.State)} was party to{Time(query.When, on, today)}",
            WhatIsQuery w => $"what {Name(atlas, w.Subject)} is",
            TermQuery t when atlas.Terms.FirstOrDefault(x => x.Id == t.Term) is { } term => t.Aspect switch
            {
                TermAspect.Trigger => $"what engages the term '{term.Name}'",
                TermAspect.Purpose => $"what the term '{term.Name}' is for",
                _ => $"what the term '{term.Name}' means",
            },
            IsAllianceQuery w => $"is {Name(atlas, w.Subject)} an alliance: does it bind its parties to defend each other",
            RatificationsQuery { By: { } by } r => $"when {Name(atlas, by)} ratified the accession of {Name(atlas, r.Admitted)} to {atlas.Treaty(r.Treaty).Name}",
            RatificationsQuery { Aggregate: MemberAggregate.First or MemberAggregate.Last } r => $"which member was the {(r.Aggregate == MemberAggregate.First ? "first" : "last")} to ratify the accession of {Name(atlas, r.Admitted)} to {atlas.Treaty(r.Treaty).Name}",
            RatificationsQuery r => $"the ratifications of the accession of {Name(atlas, r.Admitted)} to {atlas.Treaty(r.Treaty).Name}",
            NamedEventsQuery n => $"what happened at {string.Join(" and ", n.Events.Select(id => atlas.FindEvent(id) is { } e ? (e.Names.FirstOrDefault() ?? e.Id.Value) + $" ({e.Date.Year})" : id.Value))}",
            IsBindingQuery w => $"is {Name(atlas, w.Subject)} legally binding: a treaty, or a political commitment",
            WhyQuery { Objection: true } w => $"why {(w.Actor is { } who ? Name(atlas, who) : "any state")} objected to {Name(atlas, w.Subject)}",
            WhyQuery w => $"why {(w.Actor is { } a ? Name(atlas, a) + " " : "")}{Change(w.Change)} {Name(atlas, w.Subject)}",
            HeadquartersQuery h => $"where {Name(atlas, h.Organization)} has its headquarters",
            LeaderQuery { Aggregate: MemberAggregate.First or MemberAggregate.Last } l => $"who was the {(l.Aggregate == MemberAggregate.First ? "first" : "last")} holder of the office of {l.Title ?? "leader"} of {Name(atlas, l.Organization)}",
            LeaderQuery { Title: { } title } l => $"who holds the office of {title} of {Name(atlas, l.Organization)}{Time(query.When, on, today)}",
            LeaderQuery l => $"who leads {Name(atlas, l.Organization)}{Time(query.When, on, today)}",
            SignedAtQuery s => $"where {atlas.Treaty(s.Treaty).Name} was signed",
            StatusQuery s => atlas.FindPartnership(s.Status)! is { Kind: PartnershipKind.Status } status
                ? $"does {Name(atlas, s.State)} hold {status.Name} status{Time(query.When, on, today)}"
                : $"does {Name(atlas, s.State)} take part in {atlas.FindPartnership(s.Status)!.Name}{Time(query.When, on, today)}",
            EventsQuery e => $"the {(e.Kind is { } kind ? kind.ToString().ToLowerInvariant() + "s" : "events")} of {Name(atlas, e.Subject)}{Period(query.When)}",
            HappeningsQuery h => Happenings(atlas, h),
            DecisionRuleQuery d => $"how {Name(atlas, d.Organization)} takes its decisions",
            FiguresQuery f => $"how many {(f.People is { } id ? Demonyms.Plural(atlas.Actor(id), f.Forces == true) : "people")} {Demonyms.Verb(f.Measure)} in {f.Year}",
            CompareMembersQuery c => $"which has more members, {Name(atlas, c.Left)} or {Name(atlas, c.Right)}",
            _ => query.GetType().Name,
        };
        return text;
    }

    private static string Happenings(Atlas atlas, HappeningsQuery h)
    {
        var kind = h.Kinds[0] switch
        {
            EventKind.Invasion or EventKind.Attack => "invasions or armed attacks",
            EventKind.Announcement => $"announcements of a {h.Announces?.ToString().ToLowerInvariant() ?? "change"}",
            var k => $"events of kind {k.ToString().ToLowerInvariant()}",
        };
        var against = h.Against.Count > 0 ? $" of {string.Join(" and ", h.Against.Select(a => Name(atlas, a)))}" : "";
        var by = h.By.Count > 0 ? $" by {string.Join(" and ", h.By.Select(a => Name(atlas, a)))}" : "";
        var about = h.About is { } b ? $" about {Name(atlas, b)}" : "";
        return $"{kind}{against}{by}{about}{Period(h.When)}";
    }

    private static string Members(Atlas atlas, MembersQuery m, DateOnly on, DateOnly today)
    {
        var body = Name(atlas, m.Body);
        var what = m.Aggregate switch
        {
            MemberAggregate.Count => "how many ",
            MemberAggregate.First => "the first of the ",
            MemberAggregate.Last => "the last of the ",
            _ => "",
        };
        var who = m.Selection switch
        {
            _ when m.Aggregate == MemberAggregate.Rank => $"the {Ordinals.Write(m.Rank)} state to join {body}",
            MemberSelection.Founding => $"founding members of {body}",
            MemberSelection.Joined => $"states that joined {body}{Period(m.When)}",
            MemberSelection.Former => $"former members of {body}",
            MemberSelection.Ever => $"states that joined {body}",
            _ when m.Polarity == Polarity.Negative => $"states that are not members of {body}",
            _ => $"members of {body}",
        };
        var holding = m.Holding == PolicyKind.Nuclear ? " with nuclear forces of their own" : m.Holding is { } kind ? $" holding a {kind.ToString().ToLowerInvariant()} policy" : "";
        var among = m.Among is { } g && atlas.FindGroup(g) is { } group ? $" among {group.Name}" : "";
        var except = m.Except.Count > 0 ? $" other than {string.Join(" and ", m.Except.Select(a => Name(atlas, a)))}" : "";
        var sides = string.Concat(m.AlsoIn.Select(x => $" that are also members of {Name(atlas, x)}"))
            + string.Concat(m.NotIn.Select(x => $" that are not members of {Name(atlas, x)}"));
        return what + who + among + holding + except + sides + (m.Selection is MemberSelection.Current or MemberSelection.Former ? Time(m.When, on, today) : "");
    }

    /// <summary>The time a query covers, as a phrase with a leading space (" in 1999", " after 2000", " during the Cold War (1947–1991)").</summary>
    internal static string Period(TimeSpec when) => when.Kind switch
    {
        TimeKind.InYear => $" in {when.Year}",
        TimeKind.After => $" after {Edge(when.From!.Value, end: true)}",
        TimeKind.Before => $" before {Edge(when.From!.Value, end: false)}",
        TimeKind.Since => $" since {Edge(when.From!.Value, end: false)}",
        TimeKind.Between => when.Label is { } l ? $" during {l}" : $" between {Day(when.From!.Value)} and {Day(when.To!.Value)}",
        TimeKind.On => $" on {Day(when.From!.Value)}",
        _ => "",
    };

    /// <summary>The time asked, and the date the answer holds on when it is not today.</summary>
    private static string Time(TimeSpec when, DateOnly on, DateOnly today) => when.Kind switch
    {
        TimeKind.Now => on == today ? "" : $", on {Day(on)}",
        TimeKind.InYear => $" in {when.Year} (as of {Day(on)})",
        TimeKind.Since => $" since {Day(when.From!.Value)}",
        // "during the Vietnam War": the period named, then the day the answer holds on (its last day).
        TimeKind.Between when when.Label is { } label => $" during {label} (as of {Day(on)})",
        _ => $", on {Day(on)}",
    };

    // "after 2000" is after 31 December 2000, "before 2000" before 1 January 2000: say the year as written.
    private static string Edge(DateOnly day, bool end) =>
        end && day.Month == 12 && day.Day == 31 || !end && day.Month == 1 && day.Day == 1 ? day.Year.ToString(CultureInfo.InvariantCulture) : Day(day);

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Verb(DateKind kind) => kind switch
    {
        DateKind.Signed => "signed",
        DateKind.InForce => "in force",
        DateKind.Founded => "founded",
        DateKind.Ended => "ended or dissolved",
        DateKind.Joined => "joined",
        DateKind.Applied => "applied for",
        _ => "left",
    };

    private static string Change(DateKind kind) => kind switch
    {
        DateKind.Left => "left",
        DateKind.Joined => "joined",
        DateKind.Founded => "founded",
        DateKind.Ended => "ended",
        _ => "changed",
    };

    private static string Name(Atlas atlas, ActorId id) => atlas.Actor(id).Name;

    private static string Name(Atlas atlas, EntityRef e) => e.Kind == EntityKind.Actor ? atlas.Actor(new ActorId(e.Id)).Name : e.Name;
}
