using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Core.Reasoning;
using Entente.Language.Explain;

namespace Entente.Language.Questions;

internal sealed partial class Asker
{
    private Answer Defenders(ParsedQuestion q, DefendersQuery query)
    {
        var target = atlas.Actor(query.State);
        var analysis = Obligations.Attack(atlas, target.Id, On(q));
        var answer = AttackExplainer.Explain(atlas, analysis, q.Original, "attack");
        if (query.Via is not { } via)
            return WithSignedDocuments(answer, target, analysis.On);
        var viaTreaties = via.Kind == EntityKind.Actor ? atlas.TreatiesOf(new ActorId(via.Id)).Select(t => t.Id).ToHashSet() : [new TreatyId(via.Id)];
        var viaName = via.Kind == EntityKind.Actor ? Naming.Of(atlas.Actor(new ActorId(via.Id))) : Naming.Of(atlas.Treaty(new TreatyId(via.Id)));
        var bound = analysis.Obligations.Where(o => o.IsDefence && viaTreaties.Contains(o.Treaty.Id) && o.Guarantors.Count > 0 && o.Coverage == Coverage.Covered).ToArray();
        var member = via.Kind == EntityKind.Actor ? atlas.IsMember(target.Id, new ActorId(via.Id), analysis.On) : atlas.IsParty(target.Id, new TreatyId(via.Id), analysis.On);
        var lead = bound.Length > 0
            ? $"Yes: {Naming.Of(target)} is {(via.Kind == EntityKind.Actor ? "a member of" : "a party to")} {viaName}, so the other {(via.Kind == EntityKind.Actor ? "members" : "parties")} are obliged to act under {AttackExplainer.Article(bound[0])}."
            : $"No: {viaName} has no treaty obligation to defend {Naming.Of(target)}{(member ? " where this attack happens" : $", which is not a member of {viaName}")}.";
        return answer with { Text = lead + " " + answer.Text, Intent = "would-defend" };
    }

    /// <summary>
    /// "Who must defend Pakistan?": a document it signed that is no treaty in force in the data (the 2025 Strategic Mutual
    /// Defence Agreement with Saudi Arabia, whose entry into force no source gives; the Budapest Memorandum's assurances to
    /// Ukraine) is said after the obligations, so that "no confirmed obligation" is not read as nothing signed.
    /// </summary>
    private Answer WithSignedDocuments(Answer answer, Actor target, DateOnly on)
    {
        // Only those after ATOP's coverage: before it, ATOP codes every written pledge, so a document it does not code holds none.
        var signed = atlas.EventsOf(target.Id).Where(e => e.Kind == EventKind.Signing && e.Treaty is null && e.Actors.Contains(target.Id) && e.Actors.Count > 1 && e.Date.FirstDay <= on
                && atlas.Dataset.AtopEnd is { } end && e.Date.FirstDay > end)
            .OrderBy(e => e.Date).ToArray();
        if (signed.Length == 0)
            return answer;
        var text = string.Concat(signed.Select(e => $" Signed {AnswerBuilder.OnDate(e.Date)} with {AnswerBuilder.List(e.Actors.Where(a => a != target.Id).Select(a => Naming.Of(atlas.Actor(a))))}, a document that is no treaty in force in Entente's data: {e.Summary.Trim().TrimEnd('.')}."));
        return AnswerBuilder.WithFacts(atlas, answer with { Text = answer.Text + text }, signed.Select(e => new AnswerFact($"{e.Date}: {e.Summary.Trim()}", e.Sources)));
    }

    private Answer Defends(ParsedQuestion q, DefendsQuery query)
    {
        var target = atlas.Actor(query.Defended);
        var guarantor = atlas.Actor(query.Defender);
        var analysis = Obligations.Attack(atlas, target.Id, On(q));
        var answer = AttackExplainer.Explain(atlas, analysis, q.Original, "attack");
        // A treaty named in the question ("under their 1951 Mutual Defense Treaty"): its obligations first, then the others.
        bool Named(Obligation o) => query.Via is { } via && (via.Kind == EntityKind.Treaty ? o.Treaty.Id.Value == via.Id : o.Treaty.Organization is { } org && org.Value == via.Id);
        var bound = analysis.Obligations.Where(o => o.IsDefence && o.Guarantors.Contains(guarantor.Id) && o.Coverage == Coverage.Covered && !o.UnconfirmedSinceAtop)
            .OrderByDescending(Named).ToArray();
        var unconfirmed = analysis.Unconfirmed.Where(o => o.IsDefence && o.Guarantors.Contains(guarantor.Id)).ToArray();
        var lead = bound.Length > 0
            ? $"Yes: {Naming.Of(guarantor)} is obliged to act if {Naming.Of(target)} is attacked, under {AnswerBuilder.List(bound.Select(AttackExplainer.Article))}; how it responds is for it to decide{(bound[0].Provision.Conditions.Count > 0 ? $" ({bound[0].Provision.Conditions[0]})" : "")}."
            : unconfirmed.Length > 0
            ? $"Not known: {Naming.Of(guarantor)} was obliged to act under {AnswerBuilder.List(unconfirmed.Select(AttackExplainer.Article))}, in force at the end of ATOP's coverage (2016); Entente has not confirmed it since."
            : !analysis.DataCoverage.AllowsNo
            ? $"Not known. {AttackExplainer.NotCovered(analysis.DataCoverage, $"that {Naming.Of(guarantor)} has no obligation to defend {Naming.Of(target)}")}"
            : $"No: in Entente's data {Naming.Of(guarantor)} has no defence commitment to {Naming.Of(target)}: no treaty obliges it to defend {Naming.Of(target)} {AnswerBuilder.OnDate(analysis.On)}.";
        var extra = new List<AnswerFact>();
        // The named treaty's own pledge: when it was signed, and what its articles count as an attack (Article V's armed forces, public vessels or aircraft).
        if (bound.FirstOrDefault(Named) is { } named)
        {
            var treaty = named.Treaty;
            lead += $" {Naming.Capitalise(Naming.Of(treaty))} was signed on {(treaty.Signed is { } signed ? AnswerBuilder.Date(signed) : "an unrecorded day")}.";
            foreach (var scope in treaty.Provisions.Where(p => p.Kind == ProvisionKind.Scope))
            {
                lead += $" {Naming.Capitalise(Naming.Article(scope.Article))}: {(scope.Summary ?? scope.Scope ?? "").TrimEnd('.')}.";
                extra.Add(new AnswerFact($"{Naming.Article(scope.Article)} of {treaty.Name}: {scope.Summary ?? scope.Scope}", scope.Sources));
            }
        }
        else if (query.Via is { } via && bound.Length > 0)
            lead += $" None of these is {via.Name}.";
        if (bound.Length == 0 && unconfirmed.Length == 0)
        {
            // A defence treaty both are party to that does not bind this one towards that one (Japan towards the United States
            // under the 1960 treaty; the United States towards New Zealand under ANZUS since 1986): said, with why.
            foreach (var treaty in atlas.PartiesOf(guarantor.Id).Where(p => p.Period.Contains(analysis.On)).Select(p => atlas.Treaty(p.Treaty)).Distinct()
                .Where(t => t.InForcePeriod.Contains(analysis.On) && atlas.IsParty(target.Id, t.Id, analysis.On) && t.Provisions.Any(x => x.Kind == ProvisionKind.Defence)))
            {
                var excluded = analysis.Obligations.Where(o => o.Treaty.Id == treaty.Id).SelectMany(o => o.Excluded).FirstOrDefault(x => x.Actor == guarantor.Id);
                var pledge = treaty.Provisions.First(x => x.Kind == ProvisionKind.Defence);
                lead += excluded.Why is { } why
                    ? $" {Naming.Start(guarantor)} is party to {Naming.Of(treaty)} with {Naming.Of(target)}, but not bound by it towards {Naming.Of(target)}: {why.TrimEnd('.')}."
                    : $" {Naming.Start(guarantor)} and {Naming.Of(target)} are both parties to {Naming.Of(treaty)}, but its {Naming.Article(pledge.Article)} does not bind {Naming.Of(guarantor)} to defend the territory of {Naming.Of(target)}{(pledge.Summary is { } summary ? $": {summary.TrimEnd('.')}" : "")}.";
                extra.Add(new AnswerFact($"{Naming.Capitalise(Naming.Article(pledge.Article))} of {treaty.Name}: {pledge.Summary ?? pledge.Trigger}", excluded.Why is null ? pledge.Sources : [.. pledge.Sources, .. excluded.Sources]));
            }
        }
        if (bound.Length == 0)
        {
            // Name the agreements they do have, so "no obligation" is not read as "no relation".
            foreach (var p in atlas.ParticipationsOf(target.Id).Select(p => atlas.FindPartnership(p.Partnership)!)
                .Where(p => p.Kind == PartnershipKind.Agreement && p.Parties.Any(x => x.Actor == guarantor.Id)).Distinct())
            {
                lead += $" They do have the {p.Name}{(p.From is { } f ? $" ({f.Year})" : "")}, which is not a defence commitment.";
                extra.Add(new AnswerFact($"{p.Name}: {p.Summary}", p.Sources));
            }
            // A document the two signed that is no treaty in force in the data — a pledge whose entry into force was not read
            // (Saudi Arabia–Pakistan, 2025) or a declaration with no pledge (the Entente Cordiale): said, with what the record says of it.
            foreach (var e in atlas.EventsOf(target.Id).Where(e => e.Kind == EventKind.Signing && e.Actors.Contains(guarantor.Id) && e.Date.FirstDay <= analysis.On))
            {
                lead += $" Signed {AnswerBuilder.OnDate(e.Date)}, a document that is no treaty in force in Entente's data: {e.Summary.TrimEnd('.')}.";
                extra.Add(new AnswerFact($"{e.Date}: {e.Summary}", e.Sources));
            }
        }
        return answer with { Text = lead + " " + answer.Text, Intent = "would-defend", Facts = [.. extra, .. answer.Facts] };
    }

    private Answer Covered(ParsedQuestion q, Place place, List<Treaty> treaties)
    {
        var analysis = Obligations.Attack(atlas, place.State, On(q), place);
        var answer = AttackExplainer.Explain(atlas, analysis, q.Original, "covered");
        var asked = analysis.Obligations.Where(o => o.IsDefence && (treaties.Count == 0 ? q.Article is null || o.Provision.Article == q.Article : treaties.Contains(o.Treaty))).ToArray();
        if (asked.Length == 0 && q.Article is { } article && treaties.Count == 0)
            asked = analysis.Obligations.Where(o => o.IsDefence && o.Provision.Article == article).ToArray();
        if (asked.Length == 0)
            return answer;
        var o = asked[0];
        var lead = o.Coverage switch
        {
            Coverage.Covered => $"Yes. An armed attack on {Naming.Of(place)} is covered by {AttackExplainer.Article(o)}: {o.CoverageReason}.",
            Coverage.NotCovered => $"No. {Naming.Capitalise(AttackExplainer.Article(o))} does not cover {Naming.Of(place)}: {o.CoverageReason}.",
            _ => $"Not known: {o.CoverageReason}.",
        };
        return answer with { Text = lead + " " + answer.Text };
    }

    private Answer DefenceTreaties(ParsedQuestion q, List<Actor> states)
    {
        var b = Builder(q, "defence-treaties");
        var state = states[0];
        var other = states.Count > 1 ? states[1] : null;
        var rows = atlas.PartiesOf(state.Id)
            .Where(p => p.Period.Contains(b.On) && atlas.Treaty(p.Treaty).InForcePeriod.Contains(b.On))
            .Select(p => atlas.Treaty(p.Treaty))
            .Where(t => t.Provisions.Any(x => x.Kind == ProvisionKind.Defence))
            .Where(t => other is null || atlas.IsParty(other.Id, t.Id, b.On))
            .Distinct()
            .ToArray();
        var yesNo = q.IsYesNo;
        if (rows.Length == 0)
        {
            var coverage = DataCoverageCheck.Of(atlas.Dataset, b.On);
            b.Say(!coverage.AllowsNo
                ? $"Not known. {AttackExplainer.NotCovered(coverage, other is null ? $"that {Naming.Of(state)} is party to no defence treaty" : $"that {Naming.Of(state)} and {Naming.Of(other)} share no defence treaty")}"
                : other is null
                ? $"{(yesNo ? "No. " : "")}On {AnswerBuilder.Date(b.On)} {Naming.Of(state)} is party to no defence treaty in Entente's data."
                : $"No. On {AnswerBuilder.Date(b.On)} {Naming.Of(state)} and {Naming.Of(other)} share no defence treaty in Entente's data.");
            if (other is not null)
            {
                // What each of them is bound by instead: "Albania is party to the North Atlantic Treaty (NATO) since 1 April 2009".
                foreach (var side in new[] { state, other })
                {
                    var own = DefenceSpells(side, b.On);
                    b.Say(own.Length == 0
                        ? $"{Naming.Start(side)} is party to no defence treaty in Entente's data."
                        : $"{Naming.Start(side)} is party to {AnswerBuilder.List(own.Select(p => $"{TreatyName(p.Treaty)} since {AnswerBuilder.Date(p.Joined)}"))}.");
                    foreach (var p in own)
                        b.Fact($"{side.Name}: party to {atlas.Treaty(p.Treaty).Name} from {p.Joined}.", p.Sources);
                }
                foreach (var p in atlas.ParticipationsOf(state.Id).Where(p => atlas.FindPartnership(p.Partnership)!.Parties.Any(x => x.Actor == other.Id)))
                {
                    var partnership = atlas.FindPartnership(p.Partnership)!;
                    if (partnership.Kind == PartnershipKind.Agreement)
                    {
                        b.Say($"They do have the {partnership.Name}, which is not a defence commitment.");
                        b.Fact($"{partnership.Name}: {partnership.Summary}", partnership.Sources);
                    }
                }
                // A pact both signed that the data does not hold as a treaty in force (its entry into force not read): the
                // signing, as its record gives it ("…; no source read says when it entered into force").
                foreach (var signing in atlas.EventsOf(state.Id).Where(e => e.Kind == EventKind.Signing && e.Treaty is null && e.Actors.Contains(other.Id) && e.Date.FirstDay <= b.On))
                {
                    b.Say($"Signed {AnswerBuilder.OnDate(signing.Date)}: {signing.Summary.Trim()}");
                    b.Fact($"{signing.Date}: {signing.Summary.Trim()}", signing.Sources);
                }
            }
            return b.Build();
        }
        // An ATOP-level alliance asked of a day after ATOP's end that no source read since confirms is neither a yes nor a no.
        var unconfirmed = rows.Where(t => QueryExecutor.InForce(atlas, new EntityRef(EntityKind.Treaty, t.Id.Value, t.Name), b.On).TreatyStatus == InForceStatus.NotConfirmed).ToArray();
        var confirmed = rows.Except(unconfirmed).ToArray();
        string Dated(Treaty t) => $"{TreatyName(t.Id)} ({(t.Signed is { } signed ? $"signed {AnswerBuilder.Date(signed)}, " : "")}in force since {AnswerBuilder.Date(t.InForce ?? t.Signed!.Value)})";
        var atopEnd = atlas.Dataset.AtopEnd is { } end ? AnswerBuilder.Date(end) : "";
        if (yesNo || other is not null)
        {
            b.Say(confirmed.Length > 0
                ? $"{(confirmed.Length == 1 ? "Yes, one" : $"Yes, {confirmed.Length}")}: {AnswerBuilder.List(confirmed.Select(Dated))}."
                : $"Not known. ATOP shows {AnswerBuilder.List(unconfirmed.Select(Dated))} in force at the end of its coverage ({atopEnd}); Entente has not confirmed {(unconfirmed.Length == 1 ? "it" : "them")} since.");
            if (confirmed.Length > 0 && unconfirmed.Length > 0)
                b.Say($"ATOP also shows {AnswerBuilder.List(unconfirmed.Select(Dated))} in force at the end of its coverage ({atopEnd}); Entente has not confirmed {(unconfirmed.Length == 1 ? "it" : "them")} since.");
        }
        else
        {
            // "Who are the allies of Albania?": the treaties, since when it is bound, and the other parties.
            foreach (var spell in DefenceSpells(state, b.On))
            {
                var others = atlas.Treaty(spell.Treaty).Parties.Where(p => p.Actor != state.Id && p.Period.Contains(b.On)).Select(p => p.Actor).Distinct().ToArray();
                var open = unconfirmed.Any(t => t.Id == spell.Treaty) ? $" (in force at the end of ATOP's coverage, {atopEnd}; not confirmed since)" : "";
                b.Say($"{Naming.Start(state)} has been party to {TreatyName(spell.Treaty)} since {AnswerBuilder.Date(spell.Joined)}{open}; its {others.Length} other part{(others.Length == 1 ? "y is" : "ies are")} {AnswerBuilder.List(others.Select(b.Name))}.");
                b.Fact($"{state.Name}: party to {atlas.Treaty(spell.Treaty).Name} from {spell.Joined}.", spell.Sources);
            }
        }
        foreach (var treaty in rows)
        {
            // "The United States suspended its obligations under ANZUS towards New Zealand": a party's pledge set aside, said beside the treaty.
            foreach (var held in treaty.Suspensions.Where(x => x.Period.Contains(b.On) && (x.Actor == state.Id || x.Actor == other?.Id)
                && (x.Towards is null || x.Towards == state.Id || x.Towards == other?.Id || other is null)))
            {
                b.Say($"{Naming.Start(atlas.Actor(held.Actor))} has suspended its obligations under {TreatyName(treaty.Id)}{(held.Towards is { } towards ? $" towards {Naming.Of(atlas.Actor(towards))}" : "")} since {AnswerBuilder.Date(held.From)}.");
                b.Fact($"{atlas.Actor(held.Actor).Name}: obligations under {treaty.Name}{(held.Towards is { } t ? $" towards {atlas.Actor(t).Name}" : "")} suspended from {held.From}.{(held.Note is { } note ? " " + note.Trim() : "")}", held.Sources);
            }
            foreach (var p in treaty.Provisions.Where(x => x.Kind is ProvisionKind.Defence or ProvisionKind.Basing))
            {
                // A protocol that covers third states (SEATO's, towards Cambodia and South Vietnam) says nothing of these two.
                if (p is { Direction: Direction.OneWay, Kind: ProvisionKind.Defence, Beneficiaries.Count: > 0 } && !p.Beneficiaries.Contains(state.Id) && (other is null || !p.Beneficiaries.Contains(other.Id)))
                    continue;
                if (p.Direction == Direction.OneWay)
                {
                    var toward = AnswerBuilder.List(p.Beneficiaries.Select(b.Name));
                    var toState = p.Beneficiaries.Contains(state.Id);
                    b.Say(p.Kind == ProvisionKind.Basing
                        ? $"{Naming.Capitalise(Naming.Article(p.Article))} (basing): {Core.Reasoning.Eligibility.FirstSentence(p.Summary ?? $"{AnswerBuilder.List(p.Obliged.Select(b.Name))} grants {toward} the use of bases.")}"
                        : $"It is not a mutual-defence pact in the NATO sense: {Naming.Article(p.Article)} applies only to {p.Scope ?? "the area it names"}{(toState ? $"; {Naming.Of(state)} has no obligation to defend the territory of the other party" : $"; it runs towards {toward}")}.");
                }
                else if (p.Kind == ProvisionKind.Defence && OutsideScope(treaty, p, state) is { Length: > 0 } outside)
                {
                    // Mutual but limited to an area the other parties' own territory lies outside (U.S.–Japan Article V).
                    b.Say($"It is not a mutual-defence pact in the NATO sense: {Naming.Article(p.Article)} is mutual but applies only to {p.Scope ?? "the area it names"}; {Naming.Of(state)} has no obligation to defend the territory of the other party ({AnswerBuilder.List(outside.Select(b.Name))}).");
                }
                else if (p.Kind == ProvisionKind.Defence)
                {
                    b.Say($"{Naming.Capitalise(Naming.Article(p.Article))} is mutual: {p.Summary ?? p.Trigger}");
                }
                b.Fact($"{Naming.Capitalise(Naming.Article(p.Article))} of {treaty.Name} ({p.Kind.ToString().ToLowerInvariant()}{(p.Direction is { } d ? ", " + (d == Direction.OneWay ? "one-way" : "mutual") : "")}): {p.Summary ?? p.Trigger}{(p.Scope is { } s ? $" Scope: {s}." : "")}", p.Sources);
            }
        }
        return b.Build();
    }

    // The spells of a state in defence treaties in force on a day, earliest first.
    private Party[] DefenceSpells(Actor state, DateOnly on) =>
        atlas.PartiesOf(state.Id)
            .Where(p => p.Period.Contains(on) && atlas.Treaty(p.Treaty).InForcePeriod.Contains(on) && atlas.Treaty(p.Treaty).Provisions.Any(x => x.Kind == ProvisionKind.Defence))
            .GroupBy(p => p.Treaty).Select(g => g.First()).OrderBy(p => p.Joined).ToArray();

    // "the North Atlantic Treaty (NATO)": a treaty with the organization it founds, as readers know it.
    private string TreatyName(TreatyId id)
    {
        var treaty = atlas.Treaty(id);
        return treaty.Organization is { } org ? $"{Naming.Of(treaty)} ({Naming.Of(atlas.Actor(org)).Replace("the ", "", StringComparison.Ordinal)})" : Naming.Of(treaty);
    }

    // The other parties whose own territory lies in none of a zoned provision's zones.
    private ActorId[] OutsideScope(Treaty treaty, Provision p, Actor state)
    {
        var zones = Core.Reasoning.Obligations.ZonesOf(treaty, p);
        if (zones.Count == 0)
            return [];
        return treaty.Parties.Select(x => x.Actor).Where(a => a != state.Id).Distinct()
            .Where(a => !Core.Reasoning.Obligations.HomeZones(atlas.Actor(a), atlas.HomeZones).Intersect(zones).Any()).ToArray();
    }

    private Answer Invoked(ParsedQuestion q, List<Treaty> treaties, ActorId? by = null)
    {
        var b = Builder(q, "invoked");
        var events = atlas.Events.Where(e => e.Kind == EventKind.Invocation)
            .Where(e => treaties.Count == 0 || (e.Treaty is { } t && treaties.Any(x => x.Id == t)))
            .Where(e => q.Article is null || e.Article == q.Article)
            .Where(e => by is not { } who || e.Actors.Contains(who))
            .OrderBy(e => e.Date)
            .ToArray();
        var subject = q.Article is { } a ? $"Article {a}{(treaties.Count > 0 ? $" of {Naming.Of(treaties[0])}" : "")}" : treaties.Count > 0 ? Naming.Of(treaties[0]) : "it";
        // An invocation "for" a state: the state that asked for consultations, or the one attacked (Article 5 for the United States).
        var byWhom = by is { } state ? $" for {Naming.Of(atlas.Actor(state))}" : "";
        if (events.Length == 0)
        {
            // The record of invocations is a lower bound: none found for a state is not a "never".
            b.Say(by is null ? $"Entente's data records no invocation of {subject}." : $"Entente's data records no invocation of {subject}{byWhom}; its record of invocations may not be complete.");
            return b.Build();
        }
        subject += byWhom;
        var firstTreaty = events[0].Treaty is { } id ? atlas.Treaty(id) : null;
        var label = q.Article is not null && firstTreaty is not null ? $"{Naming.Capitalise(Naming.Article(q.Article))} of {Naming.Of(firstTreaty)}" : subject[..^byWhom.Length];
        var distinctDays = events.Select(e => e.Date).Distinct().Count();
        b.Say(distinctDays == 1
            ? $"{Naming.Capitalise(label)} has been invoked{byWhom} once, {AnswerBuilder.OnDate(events[0].Date)}: {events[0].Summary.TrimEnd('.')}."
            : $"{Naming.Capitalise(label)} has been invoked{byWhom} {distinctDays} times in Entente's data: {AnswerBuilder.List(events.Select(e => AnswerBuilder.Date(e.Date)))}.");
        foreach (var e in atlas.Events.Where(e => events.Any(x => x.Treaty == e.Treaty && x.Article == e.Article) && e.Kind != EventKind.Invocation || events.Contains(e)).OrderBy(e => e.Date))
            b.Fact($"{e.Date}: {e.Summary}", e.Sources);
        return b.Build();
    }
}
