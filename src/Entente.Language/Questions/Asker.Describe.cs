using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Questions;

internal sealed partial class Asker
{
    private Answer Choice(ParsedQuestion q, ChoiceQuery query)
    {
        var stem = Write(q, query.Stem);
        var result = (ChoiceResult)QueryExecutor.Execute(atlas, query, today)!;
        var fitting = result.Fitting.ToArray();
        if (result.Stem is MembersResult { Query.Aggregate: MemberAggregate.Count } && query.Options.All(o => o.Number is null && o.Entities.Count > 0))
        {
            // "How many of the above are members?": count the options that are.
            var members = result.Options.Where(o => o.Fits == true).Select(o => o.Option).ToArray();
            return stem with { Text = $"{members.Length} of the {query.Options.Count}{(members.Length > 0 ? $": {AnswerBuilder.List(members.Select(o => o.Text))}" : "")}. {stem.Text}", Intent = "choice" };
        }
        if (fitting.Length == 0)
        {
            // The options could not be judged one by one: the options the stem's answer names are the pick.
            fitting = query.Options.Where(o => o.Entities.Count > 0 ? o.Entities.All(e => Mentions(stem, e)) : Says(stem, o.Text)).ToArray();
            if (fitting.Length == query.Options.Count)
                fitting = [];
        }
        if (fitting.Length == 0)
            return stem with { Intent = "choice" };
        var pick = AnswerBuilder.List(fitting.Select(o => $"{o.Label}. {o.Text}"));
        return stem with { Text = $"{pick}. {stem.Text}", Intent = "choice" };
    }

    // An option's words ("Article 5", "Washington, D.C.") written in the answer.
    private static bool Says(Answer answer, string option)
    {
        var words = option.Trim().TrimEnd('.', ',').Trim();
        if (words.Length < 3 || words.Length > 40)
            return false;
        var text = string.Join("\n", new[] { answer.Text }.Concat(answer.Facts.Select(f => f.Statement)));
        return System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\w]){System.Text.RegularExpressions.Regex.Escape(words)}(?![\w])", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private bool Mentions(Answer answer, EntityRef entity)
    {
        var names = entity.Kind == EntityKind.Actor ? new[] { atlas.Actor(new ActorId(entity.Id)).Name, Naming.Of(atlas.Actor(new ActorId(entity.Id))) } : [entity.Name];
        return names.Any(n => answer.Text.Contains(n, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A term of the field: what it is, what engages it or what it is for (as asked, the rest after), and its examples in the data.</summary>
    private Answer Term(ParsedQuestion q, TermQuery query)
    {
        var b = Builder(q, "term");
        if (QueryExecutor.Execute(atlas, query, On(q)) is not TermResult r)
            return Unanswered(q.Original, "Entente's glossary has no such term.");
        var term = r.Term;
        var what = Sentence(term.What);
        var trigger = term.Trigger is { } t ? $"What engages it: {Sentence(t)}" : null;
        var purpose = term.Purpose is { } p ? $"What it is for: {Sentence(p)}" : null;
        var first = r.Aspect switch { TermAspect.Trigger => trigger, TermAspect.Purpose => purpose, _ => null };
        if (first is not null)
            b.Say(first);
        b.Say($"{Naming.Capitalise(term.Name)}: {what}");
        foreach (var more in new[] { trigger, purpose }.Where(x => x is not null && x != first))
            b.Say(more!);
        if (r.Examples.Count > 0)
            b.Say($"Examples in Entente's data: {AnswerBuilder.List(r.Examples.Take(5).Select(e => e.Name))}.");
        b.Fact($"{term.Name}: {term.What}", term.Sources);
        return b.Build();
    }

    private static string Sentence(string text)
    {
        var trimmed = text.Trim().ReplaceLineEndings(" ");
        trimmed = char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
        return trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }

    private Answer WhatIs(ParsedQuestion q, WhatIsQuery query)
    {
        var b = Builder(q, "what-is");
        var subject = query.Subject;
        if (atlas.DescriptionOf(subject) is { } description)
        {
            b.Say(description.What.TrimEnd() is var what && what.EndsWith('.') ? what : what + ".");
            b.Fact($"{subject.Name}: {description.What}", description.Sources);
            if (description.DefencePledge == false)
                b.Say("It carries no mutual defence pledge.");
            if (description.Purpose is { } purpose)
            {
                b.Say(purpose.Text.TrimEnd('.') + ".");
                b.Fact($"Purpose: {purpose.Text}", purpose.Sources);
            }
            if (description.End is { } ending)
            {
                b.Say($"{(ending.Date is { } d ? $"It ended {AnswerBuilder.OnDate(d)}: " : "It ended: ")}{ending.Why.TrimEnd('.')}.");
                b.Fact($"End: {ending.Why}", ending.Sources);
            }
        }
        switch (subject.Kind)
        {
            case EntityKind.Actor:
                var org = atlas.Actor(new ActorId(subject.Id));
                var treaties = atlas.TreatiesOf(org.Id).OrderBy(t => t.Signed ?? t.InForce).ToArray();
                var founding = treaties.FirstOrDefault();
                var members = atlas.MembersOn(org.Id, org.Existed.Contains(b.On) ? b.On : (org.Existed.To?.FirstDay.AddDays(-1) ?? b.On));
                var kind = treaties.Any(t => t.Provisions.Any(p => p.Kind == ProvisionKind.Defence)) ? "a collective defence organization" : "an organization";
                b.Say($"{Naming.Start(org)}{(org.Aliases.Count > 0 && org.Aliases[0] != org.Name ? $" ({org.Name})" : "")} is {kind}{(founding is null ? "" : $" founded by {Naming.Of(founding)}{(founding.Signed is { } s ? $", signed {AnswerBuilder.OnDate(s)}{(founding.SignedAt is { } at ? $" in {at}" : "")}" : "")}")}.");
                if (org.Existed.To is { } end)
                    b.Say($"It was dissolved {AnswerBuilder.OnDate(end)}.");
                if (members.Count > 0)
                    b.Say($"{(org.Existed.Contains(b.On) ? $"It has {members.Count} members" : $"At its end it had {members.Count} members")}: {AnswerBuilder.List(members.Select(p => b.Name(p.Actor)))}.");
                if (founding is not null)
                    DescribeProvisions(b, founding);
                b.Fact($"{org.Name}: existed {org.Existed}.", org.Sources);
                break;
            case EntityKind.Treaty:
                var treaty = atlas.Treaty(new TreatyId(subject.Id));
                var parties = treaty.Parties.Select(p => p.Actor).Distinct().ToArray();
                b.Say($"{Naming.Capitalise(Naming.Of(treaty))} is {(treaty.Provisions.Any(p => p.Kind == ProvisionKind.Defence) ? "a defence treaty" : "a treaty")} between {AnswerBuilder.List(parties.Take(12).Select(b.Name))}{(parties.Length > 12 ? $" and {parties.Length - 12} more" : "")}{(treaty.Signed is { } signed ? $", signed {AnswerBuilder.OnDate(signed)}{(treaty.SignedAt is { } where ? $" in {where}" : "")}" : "")}{(treaty.InForce is { } inForce ? $", in force from {AnswerBuilder.Date(inForce)}" : "")}{(treaty.Ended is { } ended ? treaty.InForce is null ? $", ended {AnswerBuilder.OnDate(ended)}" : $" to {AnswerBuilder.Date(ended)}" : "")}.");
                DescribeProvisions(b, treaty);
                b.Fact($"{treaty.Name}: signed {treaty.Signed}, in force {treaty.InForce}.", treaty.Sources);
                // The treaty it replaced, with what that one did: a name people still use for both ("the U.S.-Japan Security Treaty").
                foreach (var earlier in atlas.Treaties.Where(t => t.SupersededBy == treaty.Id))
                {
                    var what = atlas.DescriptionOf(new EntityRef(EntityKind.Treaty, earlier.Id.Value, earlier.Name));
                    b.Say($"It replaced {Naming.Of(earlier)}{(earlier.Signed is { } earlierSigned ? $" (signed {AnswerBuilder.Date(earlierSigned)})" : "")}{(what is null ? "." : $": {what.What.TrimEnd('.')}.")}");
                    b.Fact($"{earlier.Name}: signed {earlier.Signed}, in force {earlier.InForce}, superseded {earlier.Ended}.", what?.Sources.Concat(earlier.Sources) ?? earlier.Sources);
                }
                break;
            case EntityKind.Partnership:
                var partnership = atlas.FindPartnership(new PartnershipId(subject.Id))!;
                b.Say($"{partnership.Name}: {partnership.Summary ?? $"a {partnership.Kind.ToString().ToLowerInvariant()}"}");
                if (partnership.Areas.Count > 0)
                    b.Say($"Its areas: {AnswerBuilder.List(partnership.Areas)}.");
                b.Fact($"{partnership.Name}: {partnership.Summary}", partnership.Sources);
                break;
            case EntityKind.Document when atlas.FindEvent(new EventId(subject.Id)) is { } signing:
                // A document known by its signing: what the record says of it, and when and by whom it was signed.
                b.Say($"{Naming.Capitalise(subject.Name)} was signed {AnswerBuilder.OnDate(signing.Date)}{(signing.Actors.Count > 0 ? $" by {AnswerBuilder.List(signing.Actors.Select(b.Name))}" : "")}.");
                b.Say(signing.Summary.Trim());
                b.Fact($"{Naming.Capitalise(subject.Name)}, signed {signing.Date}: {signing.Summary.Trim()}", signing.Sources);
                break;
            case EntityKind.Policy:
                return PolicyTerms(q, atlas.FindPolicy(new PolicyId(subject.Id))!) with { Intent = "what-is" };
            default:
                b.Say($"Entente's data has no description of {subject.Name}.");
                return b.Build() with { Answered = false };
        }
        return b.Build();
    }

    private Answer IsAlliance(ParsedQuestion q, IsAllianceQuery query)
    {
        var result = (AllianceResult)QueryExecutor.Execute(atlas, query, today)!;
        var b = Builder(q, "is-alliance");
        var name = Name(query.Subject);
        switch (result.IsAlliance)
        {
            case true when result.Pledge is { } pledge:
                b.Say($"Yes. {Naming.Capitalise(name)} binds its parties to defend each other: {Naming.Article(pledge.Article)} of {Naming.Of(result.Treaty!)}{(pledge.Summary is { } summary ? $": {Core.Reasoning.Eligibility.FirstSentence(summary)}" : ".")}");
                b.Fact($"{Naming.Article(pledge.Article)} of {result.Treaty!.Name}: {pledge.Summary ?? pledge.Trigger}", pledge.Sources);
                break;
            case true:
                // The description records the pledge; no treaty of the body in the data codes it as an article.
                b.Say($"Yes. {Naming.Capitalise(name)} binds its parties to defend each other.");
                break;
            case false:
                b.Say($"No. {Naming.Capitalise(name)} is not an alliance: no treaty binds its members to defend each other.");
                break;
            default:
                b.Say($"Entente's data does not say whether {name} binds its parties to defend each other.");
                break;
        }
        if (result.Description is { } description)
        {
            b.Say(description.What.TrimEnd() is var what && what.EndsWith('.') ? what : what + ".");
            b.Fact($"{query.Subject.Name}: {description.What}", description.Sources);
        }
        else if (query.Subject.Kind == EntityKind.Partnership && atlas.FindPartnership(new PartnershipId(query.Subject.Id)) is { } partnership)
        {
            b.Say($"It is {A(Kind(partnership.Kind))}: {partnership.Summary}");
            b.Fact($"{partnership.Name}: {partnership.Summary}", partnership.Sources);
        }
        return result.IsAlliance is null ? b.Build() with { Answered = false } : b.Build();
    }

    private Answer IsBinding(ParsedQuestion q, IsBindingQuery query)
    {
        var result = (BindingResult)QueryExecutor.Execute(atlas, query, today)!;
        var b = Builder(q, "is-binding");
        var name = Name(query.Subject);
        var partnership = query.Subject.Kind == EntityKind.Partnership ? atlas.FindPartnership(new PartnershipId(query.Subject.Id)) : null;
        switch (result.Binding)
        {
            case true when result.Treaty is { Ended: { } ended } treaty && ended.FirstDay <= result.On:
                b.Say($"No longer. {Naming.Capitalise(name)} {(query.Subject.Kind == EntityKind.Treaty ? "was a treaty" : $"rested on a treaty, {Naming.Of(treaty)}")}: it bound its parties in law until it ended {AnswerBuilder.OnDate(ended)}.");
                b.Fact($"{treaty.Name}: a treaty{(treaty.Signed is { } signedOn ? $", signed {signedOn}" : "")}, ended {ended}.", treaty.Sources);
                break;
            case true when result.Treaty is { } treaty:
                b.Say($"Yes. {Naming.Capitalise(name)} {(query.Subject.Kind == EntityKind.Treaty ? "is a treaty" : $"rests on a treaty, {Naming.Of(treaty)}")}: it binds its parties in law{(treaty.InForce is { } inForce ? $" (in force {AnswerBuilder.OnDate(inForce)})" : "")}.");
                b.Fact($"{treaty.Name}: a treaty{(treaty.Signed is { } signed ? $", signed {signed}" : "")}.", treaty.Sources);
                break;
            case false:
                b.Say($"No. {Naming.Capitalise(name)} is not legally binding: it is a political commitment, not a treaty.");
                break;
            default:
                b.Say($"Entente's data does not say whether {name} binds its parties in law.");
                break;
        }
        if (partnership is not null)
        {
            b.Say($"It is {A(Kind(partnership.Kind))}: {partnership.Summary}");
            b.Fact($"{partnership.Name}: {partnership.Summary}", partnership.Sources);
        }
        return result.Binding is null ? b.Build() with { Answered = false } : b.Build();
    }

    // A thing's name in a sentence: "NATO", "AUKUS" (an acronym takes no article), "the Quad", "the North Atlantic Treaty".
    private string Name(EntityRef e) => e.Kind switch
    {
        EntityKind.Actor => Naming.Of(atlas.Actor(new ActorId(e.Id))),
        EntityKind.Treaty => Naming.Of(atlas.Treaty(new TreatyId(e.Id))),
        EntityKind.Partnership when atlas.FindPartnership(new PartnershipId(e.Id)) is { } p => p.Aliases.FirstOrDefault(a => a.Length <= 12 && char.IsUpper(a[0]) && !a.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) is { } shortName ? (shortName.All(c => !char.IsLower(c)) ? shortName : "the " + shortName) : "the " + p.Name,
        _ => e.Name,
    };

    private static void DescribeProvisions(AnswerBuilder b, Treaty treaty)
    {
        foreach (var p in treaty.Provisions.Where(p => p.Kind is ProvisionKind.Defence or ProvisionKind.Consultation or ProvisionKind.Basing).Take(3))
        {
            if (p.Summary is { } summary)
                b.Say($"{Naming.Capitalise(Naming.Article(p.Article))}{(p.Title is { } t ? $" ({t})" : "")}: {Core.Reasoning.Eligibility.FirstSentence(summary)}");
            b.Fact($"{Naming.Capitalise(Naming.Article(p.Article))} of {treaty.Name}: {p.Summary ?? p.Trigger}", p.Sources);
        }
    }

    private Answer Why(ParsedQuestion q, WhyQuery query)
    {
        var b = Builder(q, "why");
        // A state's reasons for the change asked about ("Why did Pakistan leave SEATO?" is not why it joined); all of them
        // only where none fits that change.
        var reasons = ((WhyResult)QueryExecutor.Execute(atlas, query, today)!).Reasons;
        if (reasons.Count > 0)
        {
            // The change itself first ("The Warsaw Treaty Organization was founded … on 14 May 1955"), then why.
            var dated = query.Objection ? null : query.Change switch
            {
                DateKind.Founded or DateKind.Ended => Write(q, new DateQuery(query.Subject, query.Change) { When = query.When }),
                DateKind.Joined or DateKind.Left when query.Actor is { } who && query.Subject.Kind == EntityKind.Actor => Write(q, new DateQuery(query.Subject, query.Change, who) { When = query.When }),
                _ => null,
            };
            if (dated is { Answered: true })
                b.Say(Core.Reasoning.Eligibility.FirstSentence(dated.Text));
            foreach (var r in reasons)
            {
                // Objections of several states: each said with whose it is ("China objected on 16 September 2021.").
                if (query.Objection && r.Actor is { } objector)
                    b.Say($"{Naming.Capitalise(Naming.Of(atlas.Actor(objector)))} objected to {Name(query.Subject)} {AnswerBuilder.OnDate(r.Date)}.");
                foreach (var st in r.Stated)
                {
                    // A statement is dated by its own day (a warning months before the change), never by the change's.
                    b.Say($"{(st.Date is { } said ? $"{AnswerBuilder.Date(said)}, as stated by" : "As stated by")} {st.By}: {(st.Quoted ? $"\"{st.Text.Trim()}\"" : st.Text.TrimEnd('.') + ".")}");
                    b.Fact($"Stated reason ({st.By}{(st.Date is { } d ? $", {d}" : "")}): {st.Text}", st.Sources);
                }
                foreach (var cx in r.Context)
                {
                    b.Say($"Context ({cx.By}): {(cx.Quoted ? $"\"{cx.Text.Trim()}\"" : cx.Text.TrimEnd('.') + ".")}");
                    b.Fact($"Context ({cx.By}): {cx.Text}", cx.Sources);
                }
            }
            if (query.Change is DateKind.Founded && atlas.DescriptionOf(query.Subject) is { Purpose: { } purpose })
            {
                b.Say(purpose.Text.TrimEnd('.') + ".");
                b.Fact($"Purpose: {purpose.Text}", purpose.Sources);
            }
            return b.Build();
        }
        if (query.Objection)
        {
            b.Say($"Entente's data records no objection {(query.Actor is { } objector ? $"by {Naming.Of(atlas.Actor(objector))} " : "")}to {Name(query.Subject)}, nor its reasons.");
            return b.Build() with { Answered = false };
        }
        var subjectActor = query.Subject.Kind == EntityKind.Actor ? new ActorId(query.Subject.Id) : (ActorId?)null;
        var treatyIds = subjectActor is { } orgId ? atlas.TreatiesOf(orgId).Select(t => t.Id).ToHashSet() : [new TreatyId(query.Subject.Id)];
        var events = atlas.Events.Where(e => (subjectActor is { } o && e.Actors.Contains(o) || e.Treaty is { } t && treatyIds.Contains(t))
                && (query.Actor is not { } a || e.Actors.Contains(a))).OrderBy(e => e.Date).ToArray();
        var spells = query.Actor is { } actor ? treatyIds.SelectMany(t => atlas.Treaty(t).Parties).Where(p => p.Actor == actor).ToArray() : [];
        var noted = spells.Where(p => p.Note is not null).ToArray();
        foreach (var e in events)
        {
            b.Say($"{AnswerBuilder.Date(e.Date)}: {e.Summary.TrimEnd('.')}.");
            b.Fact($"{e.Date}: {e.Summary}", e.Sources);
        }
        foreach (var p in noted)
        {
            b.Say(p.Note!.TrimEnd('.') + ".");
            b.Fact($"{atlas.Actor(p.Actor).Name}: party to {atlas.Treaty(p.Treaty).Name} from {p.Joined}{(p.Left is { } l ? $" to {l}" : "")}; {p.Note}", p.Sources);
        }
        if (events.Length == 0 && noted.Length == 0)
        {
            var when = query.Actor is { } who && query.Change is DateKind.Left or DateKind.Joined
                ? Write(q, new DateQuery(query.Subject, query.Change, who) { When = query.When })
                : query.Change == DateKind.Founded ? WhatIs(q, new WhatIsQuery(query.Subject)) : null;
            var because = "Entente's data records when, not why: it holds no sourced reason for this.";
            return when is null
                ? b.Say(because).Build() with { Answered = false }
                : when with { Text = when.Text + " " + because, Intent = "why" };
        }
        return b.Build();
    }

    private Answer HoldsStatus(ParsedQuestion q, StatusQuery query)
    {
        var b = Builder(q, "holds-status");
        // The spells and the one holding come from Core (the same result the claim judge uses), not found again here.
        var result = (StatusResult)QueryExecutor.Execute(atlas, query, today)!;
        var (state, status) = (atlas.Actor(result.State), result.Partnership);
        var spells = result.Spells;
        var now = result.Holding;
        // A status is held ("major non-NATO ally status"); a forum, programme or arrangement is taken part in.
        var isStatus = status.Kind == PartnershipKind.Status;
        var (has, had, what) = isStatus ? ("has held", "held", $"{status.Name} status") : ("has taken part in", "took part in", $"the {status.Name}");
        if (now is not null)
            b.Say(now.Joined is { } joined
                ? $"Yes. {Naming.Start(state)} {has} {what} since {AnswerBuilder.Date(joined)}."
                : $"Yes. {Naming.Start(state)} {has} {what} at least since {AnswerBuilder.Date(now.KnownFrom!.Value)}; when it began is not known.");
        else if (spells.Count > 0)
            b.Say($"No, not {AnswerBuilder.OnDate(b.On)}. {Naming.Start(state)} {had} {what} {AnswerBuilder.List(spells.Select(p => p.Period.From is { } from ? $"from {AnswerBuilder.Date(from)}{(p.Period.To is { } to ? $" to {AnswerBuilder.Date(to)}" : "")}" : "at a time the data does not date"))}.");
        else if (isStatus)
            b.Say($"The data does not record {Naming.Of(state)} as holding {status.Name} status.");
        else
            b.Say($"No. {Naming.Start(state)} does not take part in the {status.Name} in Entente's data; its participants are {AnswerBuilder.List(status.Parties.Where(p => p.Period.Contains(b.On)).Select(p => b.Name(p.Actor)).Distinct())}.");
        if (!isStatus)
            b.Say($"The {status.Name} is {A(Kind(status.Kind))}, not an alliance: it carries no obligation to defend anyone.");
        foreach (var p in spells)
            b.Fact($"{state.Name}: {status.Name}{(p.Note is { } n ? $"; {n}" : "")}", p.Sources);
        b.Fact($"{status.Name}: {status.Summary}", status.Sources);
        return b.Build();
    }

    private static string A(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    private static string Kind(PartnershipKind kind) => kind switch
    {
        PartnershipKind.Status => "status",
        PartnershipKind.Forum => "forum",
        PartnershipKind.Agreement => "agreement",
        PartnershipKind.Programme => "programme",
        PartnershipKind.Centre => "centre",
        PartnershipKind.Mission => "mission",
        _ => "deployment",
    };

    /// <summary>Who takes part in a partnership: named as such, with what it is and that it is no alliance.</summary>
    private Answer Participants(ParsedQuestion q, MembersQuery query, ParticipantsResult result)
    {
        var b = Builder(q, "participants");
        var p = result.Partnership;
        var names = AnswerBuilder.List(result.Current.Select(x => b.Name(x.Actor)).Distinct());
        var since = result.Current.Select(x => x.Joined).Distinct().ToArray();
        b.Say(result.Current.Count == 0
            ? $"No state takes part in the {p.Name} {AnswerBuilder.OnDate(b.On)} in Entente's data."
            : query.Aggregate == MemberAggregate.Count
                ? $"{result.Current.Select(x => x.Actor).Distinct().Count()} states take part in the {p.Name} {AnswerBuilder.OnDate(b.On)}: {names}."
                : $"On {AnswerBuilder.Date(b.On)} the {p.Name} brings together {names}{(since.Length == 1 && since[0] is { } from ? $" (since {AnswerBuilder.Date(from)})" : "")}.");
        b.Say($"It is {A(Kind(p.Kind))}, not an alliance: it carries no obligation to defend anyone.");
        foreach (var x in result.Current)
            b.Fact($"{atlas.Actor(x.Actor).Name}: takes part in {p.Name}{(x.Joined is { } j ? $" from {j}" : "")}{(x.Note is { } n ? $"; {n}" : "")}.", x.Sources);
        b.Fact($"{p.Name}: {p.Summary}", p.Sources);
        return b.Build();
    }

    private Answer Events(ParsedQuestion q, EventsQuery query)
    {
        var b = Builder(q, "events");
        var org = query.Subject.Kind == EntityKind.Actor ? new ActorId(query.Subject.Id) : (ActorId?)null;
        var treaties = org is { } o ? atlas.TreatiesOf(o).Select(t => t.Id).ToHashSet() : [new TreatyId(query.Subject.Id)];
        var when = query.When;
        var events = atlas.Events.Where(e => (org is { } id && e.Actors.Contains(id) || e.Treaty is { } t && treaties.Contains(t)) && (query.Kind is not { } kind || e.Kind == kind)
                && (when.Kind == TimeKind.Now || when.From is { } from && e.Date.LastDay >= from && (when.To is not { } to || e.Date.FirstDay <= to)))
            .OrderBy(e => e.Date).ToArray();
        if (events.Length == 0)
            b.Say($"Entente's data records no {(query.Kind is { } k ? k.ToString().ToLowerInvariant() : "event")} of {query.Subject.Name}{Period(when)}.");
        foreach (var e in events)
        {
            b.Say($"{AnswerBuilder.Date(e.Date)}: {e.Summary.TrimEnd('.')}.");
            b.Fact($"{e.Date}: {e.Summary}", e.Sources);
        }
        return b.Build();
    }

    /// <summary>
    /// "Is Austria legally bound to neutrality?": each policy in force with what it rests on (a constitution, a law of
    /// constitutional rank, a treaty, a declaration, or government policy alone) and whether it bars alliances.
    /// </summary>
    private Answer Basis(ParsedQuestion q, PolicyBasisQuery query)
    {
        var b = Builder(q, "policy-basis");
        var state = atlas.Actor(query.State);
        var result = (PolicyBasisResult)QueryExecutor.Execute(atlas, query, today)!;
        if (result.Policies.Count == 0)
        {
            b.Say($"Entente's data records no {(query.Kind == PolicyKind.Neutrality ? "neutrality" : "such policy")} of {Naming.Of(state)} {AnswerBuilder.OnDate(b.On)}.");
            return b.Build() with { Answered = false };
        }
        // A yes/no question ("Is Austria legally bound to neutrality?") is answered yes or no where a basis is recorded.
        if (query.Asked is { } asked && result.Recorded.Any())
        {
            var holds = result.Recorded.Any(p => asked == LegalStanding.InConstitution ? p.Basis!.IsConstitutional : p.Basis!.IsLegal);
            b.Say(holds ? "Yes." : "No.");
        }
        foreach (var (policy, basis) in result.Policies.Select(p => (p.Policy, p.Basis)))
        {
            if (basis is null)
            {
                b.Say($"{policy.Name}: Entente's data does not record what it rests on in law.");
                b.Fact(policy.Name, policy.Sources);
                continue;
            }
            var rests = basis.Kind switch
            {
                BasisKind.Policy => "is a matter of government policy with no constitutional or statutory basis",
                BasisKind.Constitution => $"is written into the constitution ({basis.Instrument})",
                BasisKind.Statute => $"rests on {(basis.ConstitutionalRank ? "a law of constitutional rank" : "a statute")} ({basis.Instrument})",
                BasisKind.Treaty => $"rests on a treaty ({basis.Instrument})",
                _ => $"rests on a declaration ({basis.Instrument})",
            };
            var bars = basis.ForbidsAlliances switch { true => "; it bars joining military alliances", false => "; it does not bar joining an alliance in law", _ => "" };
            b.Say($"{Naming.Capitalise(policy.Name)} {rests}{(basis.Date is { } d ? $", of {AnswerBuilder.Date(d)}" : "")}{bars}.");
            b.Fact(basis.Note ?? $"{policy.Name}: {rests}.", basis.Sources);
        }
        return b.Build() with { Answered = result.Recorded.Any() };
    }

    /// <summary>"How does NATO make decisions?": the rule on record, with the decisions it covers; none is "not recorded", never a guess.</summary>
    private Answer Decisions(ParsedQuestion q, DecisionRuleQuery query)
    {
        var b = Builder(q, "decision-rule");
        var org = atlas.Actor(query.Organization);
        var result = (DecisionRuleResult)QueryExecutor.Execute(atlas, query, today)!;
        if (result.Rules.Count == 0)
        {
            b.Say($"Entente's data does not record how {Naming.Of(org)} takes its decisions.");
            return b.Build() with { Answered = false };
        }
        foreach (var rule in result.Rules)
        {
            var how = rule.Rule switch
            {
                DecisionKind.Consensus => "by consensus: no decision is taken while any member objects, and there is no vote",
                DecisionKind.Unanimity => "unanimously: every member must vote for it",
                DecisionKind.QualifiedMajority => "by qualified majority vote",
                _ => "by majority vote",
            };
            b.Say($"{Naming.Start(org)} takes {(rule.Scope is { } scope ? $"its decisions on {scope}" : "its decisions")} {how}.");
            b.Fact(rule.Note ?? $"{org.Name}: decisions {how}.", rule.Sources);
        }
        return b.Build();
    }

    private Answer Headquarters(ParsedQuestion q, HeadquartersQuery query)
    {
        var b = Builder(q, "headquarters");
        var org = atlas.Actor(query.Organization);
        var history = atlas.HeadquartersHistory(org.Id);
        if (atlas.HeadquartersOf(org.Id, b.On) is not { } hq)
        {
            b.Say(history.Count == 0
                ? $"Entente's data does not record where {Naming.Of(org)} has its headquarters."
                : $"{Naming.Start(org)} had no headquarters {AnswerBuilder.OnDate(b.On)} in Entente's data.");
            return b.Build() with { Answered = history.Count > 0 };
        }
        b.Say($"{Naming.Start(org)}{(b.On < today ? "'s headquarters were" : " has its headquarters")} in {hq.Place}{(hq.State is { } st && !hq.Place.Contains(atlas.Actor(st).Name, StringComparison.Ordinal) ? $", {atlas.Actor(st).Name}" : "")}{(hq.From is { } from ? $" (since {AnswerBuilder.Date(from)})" : "")}.");
        var earlier = history.Where(h => h != hq && (h.From ?? default) < (hq.From ?? default)).ToArray();
        if (earlier.Length > 0)
            b.Say($"Earlier: {AnswerBuilder.List(earlier.Select(h => $"{h.Place} ({(h.From is { } f ? f.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?")}–{(h.To is { } t ? t.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")})"))}.");
        foreach (var h in history)
            b.Fact($"{org.Name} headquarters: {h.Place}{(h.Detail is { } d ? $" ({d})" : "")}, {h.From?.ToString() ?? "?"}–{h.To?.ToString() ?? ""}.", h.Sources);
        if (atlas.DescriptionOf(new EntityRef(EntityKind.Actor, org.Id.Value, org.Name)) is { } description)
            b.Fact($"{org.Name}: {description.What}", description.Sources);
        return b.Build();
    }

    private Answer Leader(ParsedQuestion q, LeaderQuery query)
    {
        var b = Builder(q, "leader");
        var org = atlas.Actor(query.Organization);
        var titled = query.Title is { } title ? atlas.OfficesOf(org.Id).FirstOrDefault(o => o.Title == title) : null;
        if (query.Aggregate is MemberAggregate.First or MemberAggregate.Last)
            return FirstOrLastHolder(b, org, titled ?? atlas.OfficesOf(org.Id).FirstOrDefault(o => o.Leading), query.Aggregate == MemberAggregate.First);
        var found = titled is null ? atlas.LeaderOf(org.Id, b.On)
            : titled.Holders.FirstOrDefault(h => h.Period.Contains(b.On)) is { } h ? new Leader(titled, h) : null;
        if (found is not { } leader)
        {
            b.Say($"Entente's data does not record who {(titled is null ? "led" : $"was the {titled.Title} of")} {Naming.Of(org)} {AnswerBuilder.OnDate(b.On)}.");
            return b.Build() with { Answered = false };
        }
        var holder = leader.Holder;
        b.Say($"The {leader.Office.Title} of {Naming.Of(org)} {(b.On < today ? "was" : "is")} {holder.Name}{(holder.Nationality is { } n && n != org.Id ? $" ({atlas.Actor(n).Name})" : "")}, since {AnswerBuilder.Date(holder.From)}.{(leader.Office.What is { } what ? $" {what.TrimEnd('.')}." : "")}");
        // A holder still in office in the data: what the data says of how far that is confirmed.
        if (holder.To is null && holder.Note is { } note)
            b.Say($"Note: {note.TrimEnd('.')}.");
        b.Fact($"{leader.Office.Title}: {holder.Name} from {holder.From}{(holder.To is { } to ? $" to {to}" : "")}.", holder.Sources);
        if (leader.Office.What is { } role)
            b.Fact($"{leader.Office.Title}: {role}", leader.Office.Sources);
        return b.Build();
    }

    // The first or last holder the data records; "first" is said as the first only when the record starts within five years
    // of the body's founding, else as the earliest recorded.
    private Answer FirstOrLastHolder(AnswerBuilder b, Actor org, Office? office, bool first)
    {
        var holders = office?.Holders.Where(h => h.From.FirstDay <= b.On).OrderBy(h => h.From).ToArray() ?? [];
        if (office is null || holders.Length == 0)
        {
            b.Say($"Entente's data does not record the holders of that office of {Naming.Of(org)}.");
            return b.Build() with { Answered = false };
        }
        var holder = first ? holders[0] : holders[^1];
        var founded = QueryExecutor.Existence(atlas, Slots.Ref(org)).From;
        var complete = founded is { } f && holders[0].From.FirstDay <= f.FirstDay.AddYears(5);
        var which = first ? complete ? "first" : "earliest recorded" : holder.To is null ? "current, and latest" : "last";
        var spell = $"from {AnswerBuilder.Date(holder.From)}{(holder.To is { } to ? $" to {AnswerBuilder.Date(to)}" : "")}";
        b.Say($"The {which} {office.Title} of {Naming.Of(org)} {(holder.To is null ? "is" : "was")} {holder.Name}{(holder.Nationality is { } n && n != org.Id ? $" ({atlas.Actor(n).Name})" : "")}, {spell}.");
        b.Fact($"{office.Title}: {holder.Name} from {holder.From}{(holder.To is { } end ? $" to {end}" : "")}.", holder.Sources);
        return b.Build();
    }

    private Answer SignedAt(ParsedQuestion q, SignedAtQuery query)
    {
        var b = Builder(q, "signed-at");
        var treaty = atlas.Treaty(query.Treaty);
        b.Say(treaty.SignedAt is { } at
            ? $"{Naming.Capitalise(Naming.Of(treaty))} was signed in {at}{(treaty.Signed is { } s ? $" {AnswerBuilder.OnDate(s)}" : "")}."
            : $"Entente's data does not record where {Naming.Of(treaty)} was signed.");
        b.Fact($"{treaty.Name}: signed {treaty.Signed}{(treaty.SignedAt is { } place ? $" in {place}" : "")}.", treaty.Sources);
        return treaty.SignedAt is null ? b.Build() with { Answered = false } : b.Build();
    }

    private Answer CompareMembers(ParsedQuestion q, CompareMembersQuery query)
    {
        var b = Builder(q, "compare-members");
        var result = (CompareMembersResult)QueryExecutor.Execute(atlas, query, today)!;
        string Name(EntityRef e) => e.Kind == EntityKind.Actor ? Naming.Of(atlas.Actor(new ActorId(e.Id))) : Naming.Of(atlas.Treaty(new TreatyId(e.Id)));
        var (l, r) = (result.Left, result.Right);
        var verdict = l.Count == r.Count ? "as many members as" : l.Count > r.Count ? "more members than" : "fewer members than";
        b.Say($"By members, {Name(query.Left)} ({l.Count}) has {verdict} {Name(query.Right)} ({r.Count}) {AnswerBuilder.OnDate(b.On)}. Entente compares members only, not armed forces or budgets.");
        foreach (var p in l.Members.Concat(r.Members))
            b.Fact($"{atlas.Actor(p.Actor).Name}: member of {atlas.Treaty(p.Treaty).Name} from {p.Joined}.", p.Sources);
        return b.Build();
    }

    private Answer Refuse(string question, Interpretation reading)
    {
        var unread = reading.Unread.Count > 0 ? $" Words not understood: {string.Join(", ", reading.Unread.Take(6).Select(w => $"'{w}'"))}." : "";
        var text = reading.RefusalIsSentence ? reading.Refusal! : $"Entente could not read this question: {reading.Refusal}.{unread}";
        var suggestions = Suggestions(reading.Ambiguous.Count > 0 ? reading.Ambiguous : reading.Entities);
        return Unanswered(question, text, suggestions.Count > 0 ? suggestions : null) with
        {
            Reading = ReadingWriter.Describe(atlas, reading, today),
        };
    }

    /// <summary>Questions Entente can answer about the things the text named, closest first.</summary>
    private List<string> Suggestions(IEnumerable<EntityRef> entities)
    {
        var list = new List<string>();
        foreach (var e in entities.Take(3))
        {
            switch (e.Kind)
            {
                case EntityKind.Actor when atlas.Actor(new ActorId(e.Id)) is { IsState: true } state:
                    list.Add($"Which alliances is {state.Name} part of?");
                    list.Add($"Who must defend {state.Name} if it is attacked?");
                    list.Add($"Is {state.Name} a member of NATO?");
                    break;
                case EntityKind.Actor:
                    var org = atlas.Actor(new ActorId(e.Id));
                    var short_ = org.Aliases.FirstOrDefault(a => a.All(c => char.IsUpper(c) || c == '-')) ?? org.Name;
                    list.Add($"What is {short_}?");
                    list.Add($"How many members does {short_} have?");
                    list.Add($"When was {short_} founded?");
                    break;
                case EntityKind.Treaty:
                    list.Add($"When was the {e.Name} signed?");
                    list.Add($"Who are the parties to the {e.Name}?");
                    break;
                case EntityKind.Place:
                    list.Add($"Is {e.Name} covered by a defence treaty?");
                    break;
                default:
                    list.Add($"What is {e.Name}?");
                    break;
            }
        }
        return list.Distinct().Take(4).ToList();
    }
}
