using Entente.Core.Model;

namespace Entente.Language.Questions;

internal sealed partial class Asker
{
    private AnswerBuilder Builder(ParsedQuestion q, string intent) => new(atlas, q.Original, intent, On(q));

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
        b.Say($"{Naming.Start(state)} joined {Naming.Of(org)} on {AnswerBuilder.Date(first.Joined)} ({How(first)}).");
        if (first.Left is { } left)
            b.Say($"It left on {AnswerBuilder.Date(left)}{(first.LeftHow is { } h ? $" ({h.ToString().ToLowerInvariant()})" : "")}.");
        foreach (var spell in spells.Skip(1))
            b.Say($"It joined again on {AnswerBuilder.Date(spell.Joined)}{(spell.Left is { } l ? $" and left on {AnswerBuilder.Date(l)}" : "")}.");
        if (spells.Any(s => s.Period.Contains(b.On)))
            b.Say($"It is a member on {AnswerBuilder.Date(b.On)}.");
        foreach (var spell in spells)
            b.Fact($"{state.Name} became a party to {atlas.Treaty(spell.Treaty).Name} on {spell.Joined} ({How(spell)}){(spell.Left is { } l ? $" and ceased to be one on {l}" : "")}{(spell.Note is { } n ? $"; {n}" : "")}.", spell.Sources);
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
            b.Say($"{Naming.Start(state)} ceased to be a member of {Naming.Of(org)} on {AnswerBuilder.Date(spell.Left!.Value)} ({spell.LeftHow?.ToString().ToLowerInvariant() ?? "left"}), after joining on {AnswerBuilder.Date(spell.Joined)}.");
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

    private Answer IsMember(ParsedQuestion q, Actor state, Actor org)
    {
        var b = Builder(q, "is-member");
        var on = b.On;
        var spells = atlas.MembershipSpells(state.Id, org.Id);
        var current = spells.FirstOrDefault(s => s.Period.Contains(on));
        if (!org.Existed.Contains(on))
        {
            b.Say($"{Naming.Start(org)} did not exist on {AnswerBuilder.Date(on)} (it existed {org.Existed}).");
            b.Fact($"{org.Name} existed {org.Existed}.", org.Sources);
        }
        else if (current is not null)
            b.Say($"Yes. On {AnswerBuilder.Date(on)} {Naming.Of(state)} {(on < today ? "was" : "is")} a member of {Naming.Of(org)}: it joined on {AnswerBuilder.Date(current.Joined)} ({How(current)}).");
        else if (spells.Any(s => s.Joined.FirstDay > on))
            b.Say($"No. On {AnswerBuilder.Date(on)} {Naming.Of(state)} was not yet a member of {Naming.Of(org)}: it joined on {AnswerBuilder.Date(spells.First(s => s.Joined.FirstDay > on).Joined)}.");
        else if (spells.Count > 0)
            b.Say($"No. {Naming.Start(state)} was a member of {Naming.Of(org)} until {AnswerBuilder.Date(spells[^1].Left!.Value)}.");
        else
            b.Say($"No. {Naming.Start(state)} is not a member of {Naming.Of(org)} and never has been.");
        foreach (var spell in spells)
            b.Fact($"{state.Name}: party to {atlas.Treaty(spell.Treaty).Name} from {spell.Joined}{(spell.Left is { } l ? $" to {l}" : "")}.", spell.Sources);
        if (current is not null)
        {
            // Events short of leaving (Armenia "freezing" its CSTO participation) qualify a plain yes.
            foreach (var e in atlas.EventsOf(state.Id).Where(e => e.Actors.Contains(org.Id) && e.Kind is EventKind.Suspension or EventKind.Withdrawal
                && e.Date.FirstDay >= current.Joined.FirstDay && e.Date.FirstDay <= on && (e.To is not { } to || to.FirstDay > on)))
            {
                b.Say($"But since {AnswerBuilder.Date(e.Date)}: {Core.Reasoning.Eligibility.FirstSentence(e.Summary)}");
                b.Fact($"{e.Date}: {e.Summary}", e.Sources);
            }
            foreach (var suspension in atlas.SuspensionsOn(current.Treaty, state.Id, on))
            {
                b.Say($"Its obligations have been suspended since {AnswerBuilder.Date(suspension.From)}{(suspension.Towards is { } t ? $" towards {b.Name(t)}" : "")}.");
                b.Fact($"Suspension from {suspension.From}: {suspension.Note}", suspension.Sources);
            }
        }
        if (spells.Count == 0 && current is null)
        {
            foreach (var participation in atlas.ParticipationsOf(state.Id))
            {
                var partnership = atlas.FindPartnership(participation.Partnership)!;
                if (partnership.Organization == org.Id && new Interval(participation.Joined ?? partnership.From, participation.Left ?? partnership.To).Contains(on))
                {
                    b.Say($"It is a partner, not a member: {partnership.Name}.");
                    b.Fact($"{state.Name} takes part in {partnership.Name}.", participation.Sources);
                    break;
                }
            }
        }
        return b.Build();
    }

    private Answer IsParty(ParsedQuestion q, Actor state, Treaty treaty)
    {
        var b = Builder(q, "is-party");
        var spells = treaty.Parties.Where(p => p.Actor == state.Id).ToArray();
        var current = spells.FirstOrDefault(s => s.Period.Contains(b.On) && treaty.InForcePeriod.Contains(b.On));
        b.Say(current is not null
            ? $"Yes. On {AnswerBuilder.Date(b.On)} {Naming.Of(state)} {(b.On < today ? "was" : "is")} a party to {Naming.Of(treaty)}, since {AnswerBuilder.Date(current.Joined)}."
            : spells.Length == 0 ? $"No. {Naming.Start(state)} is not a party to {Naming.Of(treaty)}."
            : $"No. On {AnswerBuilder.Date(b.On)} {Naming.Of(state)} is not bound by {Naming.Of(treaty)}.");
        foreach (var spell in spells)
            b.Fact($"{state.Name}: party to {treaty.Name} from {spell.Joined}{(spell.Left is { } l ? $" to {l}" : "")}.", spell.Sources);
        return b.Build();
    }

    private Answer Members(ParsedQuestion q, Actor org, List<Treaty> treaties)
    {
        if (q.HasAny("founding", "founders", "founder", "original", "founded") && !q.Contains("when"))
        {
            var b = Builder(q, "founders");
            var founders = atlas.TreatiesOf(org.Id).Take(1).SelectMany(t => t.Parties).Where(p => p.How == JoinHow.Founding).ToArray();
            b.Say(founders.Length == 0
                ? $"The data records no founding members of {Naming.Of(org)}."
                : $"{Naming.Start(org)} had {founders.Length} founding members: {AnswerBuilder.List(founders.Select(p => b.Name(p.Actor)))}.");
            foreach (var p in founders)
                b.Fact($"{atlas.Actor(p.Actor).Name}: founding party from {p.Joined}{(p.Signed is { } s ? $", signed {s}" : "")}.", p.Sources);
            return b.Build();
        }
        if (q.HasAny("joined", "join", "admitted") && q.Year is { } year)
        {
            var b = Builder(q, "joined-in-year");
            var joined = atlas.TreatiesOf(org.Id).SelectMany(t => t.Parties).Where(p => p.Joined.Year == year).OrderBy(p => p.Joined).ToArray();
            b.Say(joined.Length == 0
                ? $"No state joined {Naming.Of(org)} in {year}."
                : $"In {year}, {AnswerBuilder.List(joined.Select(p => b.Name(p.Actor)))} joined {Naming.Of(org)} ({AnswerBuilder.List(joined.Select(p => p.Joined).Distinct().Select(AnswerBuilder.Date))}).");
            foreach (var p in joined)
                b.Fact($"{atlas.Actor(p.Actor).Name} joined on {p.Joined} ({How(p)}).", p.Sources);
            if (joined.Length == 0)
            {
                var all = atlas.TreatiesOf(org.Id).SelectMany(t => t.Parties).ToArray();
                b.Fact($"Years in which states joined {org.Name}: {string.Join(", ", all.Select(p => p.Joined.Year).Distinct().Order())}.", all.SelectMany(p => p.Sources));
            }
            return b.Build();
        }
        var builder = Builder(q, q.Contains("how many") ? "member-count" : "members");
        var members = atlas.MembersOn(org.Id, builder.On);
        var standings = atlas.StandingsOn(org.Id, builder.On);
        if (!org.Existed.Contains(builder.On))
        {
            builder.Say($"{Naming.Start(org)} did not exist on {AnswerBuilder.Date(builder.On)} (it existed {org.Existed}).");
            builder.Fact($"{org.Name} existed {org.Existed}.", org.Sources);
        }
        else if (q.Contains("how many"))
            builder.Say($"{Naming.Start(org)} {(builder.On < today ? "had" : "has")} {members.Count} members on {AnswerBuilder.Date(builder.On)}{Suspended(standings)}.");
        else
            builder.Say($"On {AnswerBuilder.Date(builder.On)} {Naming.Of(org)} {(builder.On < today ? "had" : "has")} {members.Count} members{Suspended(standings)}: {AnswerBuilder.List(standings.Select(st => builder.Name(st.Party.Actor) + Standing(st)))}.");
        foreach (var p in members)
            builder.Fact($"{atlas.Actor(p.Actor).Name}: member since {p.Joined} ({How(p)}).", p.Sources);
        foreach (var st in standings)
        {
            foreach (var suspension in st.Suspensions)
                builder.Fact($"{atlas.Actor(st.Party.Actor).Name}: membership suspended since {suspension.From}{(suspension.Note is { } n ? $" ({n.TrimEnd('.')})" : "")}.", suspension.Sources);
            foreach (var e in st.Events.Where(_ => !st.IsSuspended))
                builder.Fact($"{e.Date}: {e.Summary}", e.Sources);
        }
        _ = treaties;
        return builder.Build();
    }

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

    private Answer TreatiesInYear(ParsedQuestion q, Actor state)
    {
        var b = Builder(q, "treaties-in-year");
        var year = q.Year!.Value;
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var rows = atlas.PartiesOf(state.Id).Where(p =>
        {
            var t = atlas.Treaty(p.Treaty);
            var period = new Interval(p.Joined, p.Left is { } l && (t.Ended is not { } e || l < e) ? l : t.Ended ?? p.Left);
            return period.Overlaps(new Interval(PartialDate.FromDate(from), PartialDate.FromDate(to.AddDays(1))));
        }).ToArray();
        b.Say(rows.Length == 0
            ? $"In {year} {Naming.Of(state)} was party to none of the treaties in Entente's data."
            : $"In {year} {Naming.Of(state)} was party to {rows.Length} treat{(rows.Length == 1 ? "y" : "ies")} in Entente's data: {AnswerBuilder.List(rows.Select(p => Naming.Of(atlas.Treaty(p.Treaty))))}.");
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
                b.Fact($"Article {rule.Article} of {treaty.Name}: {rule.Summary}", rule.Sources);
        }
    }
}
