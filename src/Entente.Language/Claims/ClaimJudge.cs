using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Language.Claims;

/// <summary>
/// Compares what a claim asserts with what the query finds: the same executor as <c>ask</c>, the asserted
/// value against the result; the correction is the true result written out. Where the data has no value,
/// the claim is not checkable — never "supported".
/// </summary>
internal static partial class ClaimJudge
{
    public static Outcome? Judge(Atlas atlas, ReadClaim claim, DateOnly on)
    {
        if (claim.Query is null)
            return Outcome.NotCheckable(claim.Opinion ?? "the words assert nothing the data could settle");
        var result = QueryExecutor.Execute(atlas, claim.Query, on);
        var asserted = claim.Query.Asserted;
        if (Policies(atlas, claim, result) is { } judged)
            return judged;
        switch (result)
        {
            case OfficeHolderResult o:
                return Office(atlas, o);
            case WhyResult why when claim.Kind == "founding-cause":
                return Cause(atlas, claim, why);
            case PactsWithResult pacts:
                return PactsWith(atlas, pacts);
            case FiguresResult figures:
                return Figures(atlas, figures);
            case DecisionRuleResult rules:
                return Decides(atlas, rules, claim.Topics);
            case DateResult d when asserted?.Date is { } said:
                return Date(atlas, d, said, asserted.Until);
            case DateResult { Query.Subject.Kind: EntityKind.Document } d when asserted?.Holds == true:
                // That a document known by its signing was signed: so, from that day.
                return d.Date is { } signedOn && signedOn.FirstDay <= d.On
                    ? Outcome.Supported(Fact($"{Naming.Capitalise(d.Query.Subject.Name)} was signed on {signedOn}.", d.Sources))
                    : null;
            case DateResult { Query.Party: { } listed } d when asserted?.Holds == true:
                // A state in a list of members: supported when it has been one.
                // One never a party, in a list the reader kept as the body's (most of its states were parties): contradicted.
                if (d.Date is { } joined)
                    return Outcome.Supported(Fact($"{atlas.Actor(listed).Name} joined {Name(atlas, d.Query.Subject)} on {joined}.", d.Sources));
                if (claim.Kind != "member-list" || QueryExecutor.Spells(atlas, d.Query.Subject) is not { Count: > 0 } parties)
                    return null;
                var members = parties.Select(p => p.Actor).Distinct().Select(a => atlas.Actor(a).Name).ToArray();
                return Outcome.Contradicted($"{atlas.Actor(listed).Name} was never a party to {Name(atlas, d.Query.Subject)}.",
                    [Fact($"The parties to {Name(atlas, d.Query.Subject)}: {AnswerBuilder.List(members)}.", parties.Take(3).SelectMany(p => p.Sources).Distinct())]);
            case MembersResult m when claim.Kind == "began-leaving" && asserted?.Date is { } began:
                return BeganLeaving(atlas, m, began);
            case MembersResult m when asserted is { Actors: { Count: > 0 } listed, Holds: true } && m.Query.AlsoIn.Count + m.Query.NotIn.Count > 0:
                return OnlyMembers(atlas, m, listed);
            case InForceResult r when asserted?.Holds is { } holds:
                {
                    var status = r.Subject.Kind == EntityKind.Actor && r.OrganizationStatus is { } o ? o : r.TreatyStatus;
                    if (status is null)
                        return null;
                    if (status == InForceStatus.NotConfirmed)
                        return Outcome.NotCheckable($"ATOP shows {Name(atlas, r.Subject)} in force at the end of its coverage (2016), and Entente has not confirmed it since");
                    var facts = new List<AnswerFact>();
                    if (r.Treaty is { } treaty)
                        facts.Add(Fact($"{treaty.Name}: signed {treaty.Signed?.ToString() ?? "(no date)"}, in force {treaty.InForce?.ToString() ?? "(no date)"}{(treaty.Ended is { } e ? $", ended {e}" : "")}.", treaty.Sources));
                    if (r.Organization is { } org && r.Subject.Kind == EntityKind.Actor)
                        facts.Add(Fact($"{org.Name}: existed {org.Existed}.", org.Sources));
                    var inForce = status == InForceStatus.InForce;
                    if (inForce == holds)
                        return Outcome.Supported([.. facts]);
                    var organization = r.Subject.Kind == EntityKind.Actor && r.Organization is not null;
                    var ended = organization ? r.Organization!.Existed.To : r.Treaty?.Ended;
                    var correction = inForce
                        ? $"{Name(atlas, r.Subject)} {(organization ? "exists" : "is in force")} {AnswerBuilder.OnDate(r.On)}."
                        : $"{Name(atlas, r.Subject)} {(organization ? "does not exist" : "is not in force")} {AnswerBuilder.OnDate(r.On)}{(ended is { } end ? $": it {(organization ? "was dissolved" : "ended")} {AnswerBuilder.OnDate(end)}" : "")}.";
                    // "SEATO is still in force": the organization was dissolved, but the treaty that founded it is in force.
                    if (organization && r.Treaty is { } founding && r.TreatyStatus is { } treatyStatus && treatyStatus != InForceStatus.NotConfirmed && (treatyStatus == InForceStatus.InForce) == holds)
                        return Outcome.Partly($"{correction} Its treaty, {founding.Name}, {(holds ? "is still in force" : "has ended")}.", [.. facts]);
                    return Outcome.Contradicted(correction, [.. facts]);
                }
            case MembersResult { Query.Aggregate: MemberAggregate.Rank, Ranks: var (from, to, ofAll) } m when asserted is { Actors: [var ranked] }:
                {
                    // The member of that rank, or those who joined together on the day that spans it.
                    var rank = Reading.Ordinals.Write(m.Query.Rank);
                    if (!m.BodyExisted && m.Members.Count == 0)
                        return null;
                    var facts = m.Members.Select(p => Fact($"{atlas.Actor(p.Actor).Name}: member of {atlas.Treaty(p.Treaty).Name} from {p.Joined}.", p.Sources)).ToArray();
                    if (m.Members.Any(p => p.Actor == ranked))
                        return Outcome.Supported(facts);
                    var own = QueryExecutor.Execute(atlas, m.Query with { Aggregate = MemberAggregate.List }, m.On) is MembersResult all
                        ? all.Members.FirstOrDefault(p => p.Actor == ranked) : null;
                    var who = m.Members.Count == 0 ? $"only {ofAll} states had joined {Name(atlas, m.Body)} by {AnswerBuilder.Date(m.On)}"
                        : from == to ? $"the {rank} was {atlas.Actor(m.Members[0].Actor).Name} ({AnswerBuilder.Date(m.Members[0].Joined)})"
                        : $"the {Reading.Ordinals.Write(from)} to {Reading.Ordinals.Write(to)} were {AnswerBuilder.List(m.Members.Select(p => atlas.Actor(p.Actor).Name))}, who joined together {AnswerBuilder.OnDate(m.Members[0].Joined)}";
                    return Outcome.Contradicted($"{atlas.Actor(ranked).Name} was not the {rank} member of {Name(atlas, m.Body)}{(own is null ? "" : $" (it joined {AnswerBuilder.OnDate(own.Joined)})")}: {who}.",
                        own is null ? facts : [.. facts, Fact($"{atlas.Actor(own.Actor).Name}: member of {atlas.Treaty(own.Treaty).Name} from {own.Joined}.", own.Sources)]);
                }
            case MembersResult m when asserted?.Number is { } n:
                {
                    // A count said of a year holds if the body had that many on some day of it (joinings and leavings change it).
                    if (m.Query is { When: { Kind: TimeKind.InYear, From: { } first, To: { } last }, Selection: MemberSelection.Current })
                    {
                        var days = QueryExecutor.Spells(atlas, m.Body).SelectMany(p => new[] { p.Joined.FirstDay, p.Left?.FirstDay ?? first })
                            .Where(d => d >= first && d <= last).Append(first).Append(last).Distinct().Order();
                        MembersResult? matched = null, existing = null;
                        foreach (var day in days)
                        {
                            if (QueryExecutor.Execute(atlas, m.Query with { When = TimeSpec.OnDay(day) }, m.On) is MembersResult { BodyExisted: true, Count: > 0 } then)
                            {
                                existing ??= then;
                                if (then.Count == n)
                                    matched ??= then;
                            }
                        }
                        m = matched ?? existing ?? m;
                    }
                    var facts = m.Members.Select(p => Fact($"{atlas.Actor(p.Actor).Name}: member of {atlas.Treaty(p.Treaty).Name} from {p.Joined}.", p.Sources)).ToArray();
                    var what = m.Query.Selection == MemberSelection.Founding ? "founding members" : $"members {AnswerBuilder.OnDate(m.On)}";
                    if (!m.BodyExisted || m.Count == 0)
                        return null;
                    if (n == m.Count)
                        return Outcome.Supported(facts);
                    // Members that suspended or froze their part may or may not be counted: a count without some of them is one
                    // that sources give (the CSTO's six without Uzbekistan), said with who it leaves out.
                    var suspended = m.Query.Selection == MemberSelection.Current ? Suspended(atlas, m) : [];
                    if (n < m.Count && n >= m.Count - suspended.Length)
                        return Outcome.Supported([.. facts, Fact($"{Name(atlas, m.Body)} has {m.Count} {what}; {n} leaves out {(m.Count - n == 1 ? "one" : m.Count - n)} of {AnswerBuilder.List(suspended.Select(a => atlas.Actor(a).Name))}, which suspended or froze {(suspended.Length == 1 ? "its" : "their")} part.", [])]);
                    return Outcome.Contradicted($"{Name(atlas, m.Body)} had {m.Count} {what}, not {n}.", facts);
                }
            case MembershipResult r when asserted?.Holds is { } holds:
                {
                    var facts = r.Spells.Select(p => Fact($"{atlas.Actor(p.Actor).Name}: party to {atlas.Treaty(p.Treaty).Name} from {p.Joined}{(p.Left is { } l ? $" to {l}" : "")}.", p.Sources)).ToArray();
                    if (r.Status == MembershipStatus.BodyAbsent)
                        return null;
                    var member = r.Status == MembershipStatus.Member;
                    if (facts.Length == 0)
                        facts = [Fact($"{Name(atlas, r.Body)}: the members {AnswerBuilder.OnDate(r.On)} do not include {atlas.Actor(r.State).Name}.", QueryExecutor.Spells(atlas, r.Body).Take(3).SelectMany(p => p.Sources))];
                    return member == holds
                        ? Outcome.Supported(facts)
                        : Outcome.Contradicted(member
                            ? $"{atlas.Actor(r.State).Name} is a member of {Name(atlas, r.Body)} {AnswerBuilder.OnDate(r.On)} (since {r.Spell!.Joined})."
                            : $"{atlas.Actor(r.State).Name} is not a member of {Name(atlas, r.Body)} {AnswerBuilder.OnDate(r.On)}.", facts);
                }
        }
        return null;
    }

    /// <summary>
    /// "They are the only countries inside the EU but outside of NATO": the states listed are exactly the members the
    /// query finds. A listed state not among them, or a member left out, is contradicted with the true list.
    /// </summary>
    private static Outcome? OnlyMembers(Atlas atlas, MembersResult m, IReadOnlyList<ActorId> listed)
    {
        if (!m.BodyExisted)
            return null;
        var found = m.Members.Select(p => p.Actor).Distinct().ToArray();
        string What() => $"members of {Name(atlas, m.Body)}"
            + string.Concat(m.Query.AlsoIn.Select(b => $" that are also members of {Name(atlas, b)}"))
            + string.Concat(m.Query.NotIn.Select(b => $" that are not members of {Name(atlas, b)}"));
        var names = AnswerBuilder.List(found.Select(a => atlas.Actor(a).Name));
        var facts = new List<AnswerFact> { Fact($"The {What()} on {m.On:yyyy-MM-dd}: {names}.", m.Members.SelectMany(p => p.Sources)) };
        foreach (var b in m.Query.AlsoIn.Concat(m.Query.NotIn))
        {
            if (QueryExecutor.Execute(atlas, new MembersQuery(b, MemberSelection.Current, MemberAggregate.List) { When = m.Query.When }, m.On) is MembersResult other)
                facts.Add(Fact($"Members of {Name(atlas, b)} on {m.On:yyyy-MM-dd}: {string.Join(", ", other.Members.Select(p => atlas.Actor(p.Actor).Name).Distinct())}.", other.Members.SelectMany(p => p.Sources)));
        }
        var extra = listed.Where(a => !found.Contains(a)).ToArray();
        var missing = found.Where(a => !listed.Contains(a)).ToArray();
        if (extra.Length == 0 && missing.Length == 0)
            return Outcome.Supported([.. facts]);
        var why = extra.Length > 0
            ? $"{AnswerBuilder.List(extra.Select(a => atlas.Actor(a).Name))} {(extra.Length == 1 ? "is" : "are")} not among them"
            : $"{AnswerBuilder.List(missing.Select(a => atlas.Actor(a).Name))} {(missing.Length == 1 ? "is" : "are")} too";
        return Outcome.Contradicted($"On {AnswerBuilder.Date(m.On)} the {What()} are {names}: {why}.", [.. facts]);
    }

    /// <summary>
    /// "NATO reaches unanimous decisions": consensus and unanimity agree (no decision against any member's objection); a
    /// majority vote said of a body that decides by consensus is contradicted. No rule on record is not checkable.
    /// </summary>
    private static Outcome? Decides(Atlas atlas, DecisionRuleResult r, IReadOnlyList<string> topics)
    {
        var org = atlas.Actor(r.Query.Organization);
        if (r.Query.Said is not { } said)
            return null;
        if (r.Rules.Count == 0)
            return Outcome.NotCheckable($"the data does not record how {org.Name} takes its decisions");
        // A body with a rule per kind of decision (the EU: unanimity on foreign policy, qualified majority on most law):
        // the rules whose scope the claim's words name, else all of them.
        static bool Named(DecisionRule rule, IReadOnlyList<string> words) => rule.Scope is { } scope
            && scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.').ToLowerInvariant())
                .Where(w => w.Length >= 5 && w is not ("matters" or "council" or "other" or "under" or "before" or "treaty" or "decisions"))
                .Any(w => words.Any(t => t.StartsWith(w[..^1], StringComparison.Ordinal)));
        var named = r.Rules.Where(x => Named(x, topics)).ToArray();
        var rules = named.Length > 0 ? named : r.Rules.ToArray();
        static string Scope(DecisionRule x) => x.Scope is { } scope ? $" ({scope})" : "";
        var facts = rules.Select(rule => Fact($"{org.Name} decides by {Rule(rule.Rule)}{Scope(rule)}{(rule.Note is { } note ? $": {note}" : ".")}", rule.Sources)).ToArray();
        static bool All(DecisionKind k) => k is DecisionKind.Consensus or DecisionKind.Unanimity;
        var agree = rules.Where(x => All(x.Rule) == All(said)).ToArray();
        if (agree.Length == rules.Length)
            return Outcome.Supported(facts);
        var others = string.Join("; ", rules.Where(x => !agree.Contains(x)).Select(x => $"by {Rule(x.Rule)}{Scope(x)}"));
        if (agree.Length > 0)
            return Outcome.Partly($"Only for some decisions: {Naming.Of(org)} decides {others}.", facts);
        return Outcome.Contradicted($"{Naming.Capitalise(Naming.Of(org))} decides {others}, not by {Rule(said)}.", facts);
    }

    private static string Rule(DecisionKind k) => k switch
    {
        DecisionKind.Consensus => "consensus",
        DecisionKind.Unanimity => "unanimity",
        DecisionKind.QualifiedMajority => "qualified majority",
        _ => "majority vote",
    };

    /// <summary>
    /// "The member states began to withdraw in 1991": the year the first member left. The first left then: supported;
    /// earlier, with others leaving then: partly so (it began before); no member left then: contradicted with the dates.
    /// </summary>
    private static Outcome? BeganLeaving(Atlas atlas, MembersResult m, PartialDate began)
    {
        var departures = m.Members.Where(p => p.Left is not null).OrderBy(p => p.Left!.Value).ToArray();
        if (departures.Length == 0)
            return null;
        string Left(Party p) => $"{atlas.Actor(p.Actor).Name} ({AnswerBuilder.Date(p.Left!.Value)}{(p.LeftHow is { } how ? $", {how.ToString().ToLowerInvariant()}" : "")})";
        var facts = departures.Select(p => Fact($"{atlas.Actor(p.Actor).Name} left {Name(atlas, m.Body)} on {p.Left}{(p.LeftHow is { } how ? $" ({how.ToString().ToLowerInvariant()})" : "")}.", p.Sources)).ToArray();
        bool InSaid(Party p) => p.Left!.Value.LastDay >= began.FirstDay && p.Left!.Value.FirstDay <= began.LastDay;
        var first = departures[0];
        if (InSaid(first))
            return Outcome.Supported(facts);
        var earlier = departures.Where(p => p.Left!.Value.LastDay < began.FirstDay).ToArray();
        if (departures.Any(InSaid) && earlier.Length > 0)
            return Outcome.Partly($"Members left {Name(atlas, m.Body)} before {began}: {AnswerBuilder.List(earlier.Select(Left))}; the others left in {began}.", facts);
        return Outcome.Contradicted($"No member left {Name(atlas, m.Body)} in {began}; the first to leave was {Left(first)}.", facts);
    }

    /// <summary>Members whose part in the body is suspended (or frozen) on the day of the count.</summary>
    private static ActorId[] Suspended(Atlas atlas, MembersResult m)
    {
        if (m.Body.Kind != EntityKind.Actor)
            return [];
        var body = new ActorId(m.Body.Id);
        return [.. m.Members.Select(p => p.Actor).Distinct().Where(a => atlas.EventsOf(a).Any(e => e.Kind == EventKind.Suspension && e.Actors.Contains(body)
            && e.Date.FirstDay <= m.On && (e.To is null || e.To.Value.FirstDay > m.On)
            && !atlas.EventsOf(a).Any(r => r.Kind == EventKind.Return && r.Actors.Contains(body) && r.Date.FirstDay > e.Date.FirstDay && r.Date.FirstDay <= m.On)))];
    }

    private static Outcome? Date(Atlas atlas, DateResult d, PartialDate said, PartialDate? until)
    {
        var q = d.Query;
        if (d.Date is null && q is { Kind: DateKind.Left, Party: { } stayed } && NeverLeft(atlas, q.Subject, stayed, said, until ?? said) is { } outcome)
            return outcome;
        if (d.Date is null && q.Kind == DateKind.Applied && q.Party is { } applicant)
            return Outcome.NotCheckable($"the data records no application by {atlas.Actor(applicant).Name} to join {Name(atlas, q.Subject)}");
        if (d.Date is null && q.Kind == DateKind.Rejoined && q.Party is { } back)
            return Outcome.NotCheckable($"the data records no return of {atlas.Actor(back).Name} to {Name(atlas, q.Subject)} after it left");
        if (d.Date is null && q.Kind is DateKind.LeftCommand or DateKind.RejoinedCommand && q.Party is { } withdrawn)
            return Outcome.NotCheckable($"the data records no withdrawal by {atlas.Actor(withdrawn).Name} from the military structure of {Name(atlas, q.Subject)}{(q.Kind == DateKind.RejoinedCommand ? " that has ended" : "")}");
        if (d.Date is not { } actual)
        {
            // Said to have joined a body it never joined: the body's own list of parties settles it.
            if (q is { Kind: DateKind.Joined, Party: { } never } && QueryExecutor.Spells(atlas, q.Subject) is { Count: > 0 } parties && parties.All(p => p.Actor != never))
                return Outcome.Contradicted($"{Naming.Start(atlas.Actor(never))} has never been a member of {Name(atlas, q.Subject)}.",
                    Fact($"{Name(atlas, q.Subject)}: no membership of {atlas.Actor(never).Name} in the data.", QueryExecutor.TreatyOf(atlas, q.Subject)?.Sources ?? []));
            return null;
        }
        var what = q.Kind == DateKind.Independent ? $"{Name(atlas, q.Subject)} became independent"
            : q.Party is { } party
            ? q.Kind is DateKind.LeftCommand or DateKind.RejoinedCommand
                ? $"{atlas.Actor(party).Name} {(q.Kind == DateKind.LeftCommand ? "withdrew from" : "returned to")} the military structure of {Name(atlas, q.Subject)}"
                : q.Kind == DateKind.Suspended ? $"the first suspension recorded of {atlas.Actor(party).Name}{(atlas.Actor(party).Name.EndsWith('s') ? "'" : "'s")} part or obligations in {Name(atlas, q.Subject)} began"
                : $"{atlas.Actor(party).Name} {(q.Kind switch { DateKind.Joined => "joined", DateKind.Rejoined => "rejoined", DateKind.Applied => "applied to join", _ => "left" })} {Name(atlas, q.Subject)}"
            : $"{Name(atlas, q.Subject)} was {Verb(q.Kind)}";
        var fact = q is { Kind: DateKind.LeftCommand or DateKind.RejoinedCommand, Party: { } member } && QueryExecutor.PartWithdrawalsOf(atlas, member, q.Subject).FirstOrDefault() is { } withdrawal
            ? Fact($"{withdrawal.Date}: {withdrawal.Summary.Trim()}", withdrawal.Sources)
            : Fact($"{what} on {actual}.", d.Sources);
        if (until is { } last ? said.Year <= actual.Year && actual.Year <= last.Year : Agrees(said, actual))
            return Outcome.Supported(fact);
        // Independence: another step it is dated by (the treaty, the republic) is partly so; an earlier independence the
        // record does not hold (Estonia's of 1918, before the restoration of 1991) is not a mistake the data can show.
        if (q.Kind == DateKind.Independent && atlas.IndependenceOf(new ActorId(q.Subject.Id)) is { } independence)
        {
            var noted = Fact($"{what} on {actual}.{(independence.Note is { } note ? $" {note.Trim()}" : "")}", d.Sources);
            if (independence.Steps.FirstOrDefault(x => until is { } end ? said.Year <= x.Date.Year && x.Date.Year <= end.Year : Agrees(said, x.Date)) is { What: not null } step)
                return Outcome.Partly($"{what} {AnswerBuilder.OnDate(actual)}; {AnswerBuilder.OnDate(step.Date)}: {step.What}", noted);
            if ((until ?? said).LastDay < actual.FirstDay)
                return Outcome.NotCheckable($"the data records {Name(atlas, q.Subject)}'s independence of {AnswerBuilder.Date(actual)}, not an earlier one");
        }
        // "The CSTO was founded in 2002": the year its founding treaty was signed, the organization coming into being when it
        // entered into force (18 September 2003). Partly so, not wrong.
        if (q is { Kind: DateKind.Founded, Subject.Kind: EntityKind.Actor } && QueryExecutor.TreatyOf(atlas, q.Subject) is { Signed: { } signed } founding && Agrees(said, signed))
            return Outcome.Partly($"{Naming.Capitalise(Naming.Of(founding))} was signed {AnswerBuilder.OnDate(signed)}; {Name(atlas, q.Subject)} came into being {AnswerBuilder.OnDate(actual)}.", fact, Fact($"{founding.Name}: signed on {signed}.", founding.Sources));
        // A date off by its precision only ("September 1990" for 3 October 1990 is not that) is contradicted;
        // an event of the same state and body that began in the year said or the year after (a de facto end "in 1961",
        // dormant from February 1962, formally in 1968) makes it partly so.
        // The body is an organization or a treaty: its events are those naming the organization or one of its treaties
        // (the ALBA states' denunciation of the Rio Treaty announced in June 2012, in force for Bolivia from October 2014).
        if (q.Party is { } who && q.Subject.Kind is EntityKind.Actor or EntityKind.Treaty && q.Kind is DateKind.Joined or DateKind.Left)
        {
            var org = q.Subject.Kind == EntityKind.Actor ? new ActorId(q.Subject.Id) : (ActorId?)null;
            var treaties = QueryExecutor.Spells(atlas, q.Subject).Select(p => p.Treaty).ToHashSet();
            var near = atlas.EventsOf(who).FirstOrDefault(e => (org is { } o && e.Actors.Contains(o) || e.Treaty is { } t && treaties.Contains(t))
                && (e.Date.Year - 1 <= said.Year && said.Year <= e.Date.Year || e.To is { } to && to.Year == said.Year)
                && e.Kind is EventKind.Withdrawal or EventKind.Suspension);
            if (near is not null)
                return Outcome.Partly($"{what} formally {AnswerBuilder.OnDate(actual)}; in {said.Year}: {near.Summary}", fact, Fact($"{near.Date}: {near.Summary}", near.Sources));
        }
        return Outcome.Contradicted($"{what} {AnswerBuilder.OnDate(actual)}, not {(said.Day != 0 ? "on" : "in")} {(until is { } end ? $"{said.Year}–{end.Year}" : AnswerBuilder.Date(said))}.", fact);
    }

    /// <summary>
    /// Said to have left a body it never left: partly so when the years said hold a suspension of its part or of
    /// others' obligations towards it (the United States suspended its ANZUS obligations to New Zealand in 1986), else
    /// contradicted with its membership; null when it was never a member (another claim's matter) or the body is unknown.
    /// </summary>
    private static Outcome? NeverLeft(Atlas atlas, EntityRef body, ActorId state, PartialDate from, PartialDate to)
    {
        var spells = QueryExecutor.Spells(atlas, body).Where(p => p.Actor == state).ToArray();
        if (spells.Length == 0 || spells.Any(p => p.Left is not null))
            return null;
        var name = atlas.Actor(state).Name;
        var facts = spells.Select(p => Fact($"{name}: party to {atlas.Treaty(p.Treaty).Name} from {p.Joined}.", p.Sources)).ToList();
        var treaties = spells.Select(p => p.Treaty).Distinct().Select(atlas.Treaty).ToArray();
        var suspension = treaties.SelectMany(t => t.Suspensions).Where(x => x.Actor == state || x.Towards == state)
            .FirstOrDefault(x => from.Year <= x.From.Year && x.From.Year <= to.Year);
        // A step of its own towards leaving in the years said (France out of NATO's integrated command from 1966).
        if (body.Kind == EntityKind.Actor && atlas.EventsOf(state).FirstOrDefault(e => e.Actors.Contains(new ActorId(body.Id)) && from.Year <= e.Date.Year && e.Date.Year <= to.Year
            && e.Kind is EventKind.Withdrawal or EventKind.Suspension) is { } step)
        {
            facts.Add(Fact($"{step.Date}: {step.Summary}", step.Sources));
            return Outcome.Partly($"{Naming.Start(atlas.Actor(state))} never left {Name(atlas, body)} as a party; in {step.Date.Year}: {step.Summary}", [.. facts]);
        }
        if (suspension is not null)
        {
            var who = suspension.Actor == state ? $"{name} suspended its part" : $"{Naming.Start(atlas.Actor(suspension.Actor))} suspended its obligations towards {name}";
            facts.Add(Fact($"{atlas.Treaty(suspension.Treaty).Name}: {who} from {suspension.From}{(suspension.To is { } end ? $" to {end}" : "")}.", suspension.Sources));
            return Outcome.Partly($"{Naming.Start(atlas.Actor(state))} never left {Name(atlas, body)}: {who} {AnswerBuilder.OnDate(suspension.From)}, and {name} is still a party.", [.. facts]);
        }
        return Outcome.Contradicted($"{Naming.Start(atlas.Actor(state))} has not left {Name(atlas, body)}: a party since {AnswerBuilder.Date(spells[0].Joined)}.", [.. facts]);
    }

    /// <summary>Whether a date as said agrees with the data at the precision said ("1949" with 1949-04-04).</summary>
    private static bool Agrees(PartialDate said, PartialDate actual) =>
        said.Year == actual.Year
        && (said.Month == 0 || actual.Month == 0 || said.Month == actual.Month)
        && (said.Day == 0 || actual.Day == 0 || said.Day == actual.Day);

    private static string Verb(DateKind kind) => kind switch
    {
        DateKind.Signed => "signed",
        DateKind.InForce => "in force",
        DateKind.Founded => "founded",
        DateKind.Ended => "ended",
        _ => "dated",
    };

    private static string Name(Atlas atlas, EntityRef e) => e.Kind switch
    {
        EntityKind.Actor => Naming.Of(atlas.Actor(new ActorId(e.Id))),
        EntityKind.Treaty => Naming.Of(atlas.Treaty(new TreatyId(e.Id))),
        _ => e.Name,
    };

    private static AnswerFact Fact(string statement, IEnumerable<SourceId> sources) => new(statement, sources.Distinct().ToArray());
}
