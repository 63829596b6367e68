using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Questions;

internal sealed partial class Asker
{
    private Answer? Route(ParsedQuestion q)
    {
        var states = States(q).ToList();
        var orgs = Organizations(q).ToList();
        var places = q.Entities(EntityKind.Place).Select(p => atlas.FindPlace(new PlaceId(p.Id))!).ToList();
        var policies = q.Entities(EntityKind.Policy).Select(p => atlas.FindPolicy(new PolicyId(p.Id))!).ToList();
        var treaties = Treaties(q).ToList();

        if (q.Has("why") && q.HasAny("not", "never") && states.Count > 0 && orgs.Count > 0)
            return Answers.WhyNot(atlas, states[0].Id, orgs[0].Id, On(q), q.Original, "why-not");
        if (q.HasAny("join", "eligible", "become", "admitted", "accede", "membership") && q.HasAny("could", "can", "may", "might", "would", "will", "eligible", "allowed")
            && states.Count > 0 && orgs.Count > 0)
            return Answers.WhyNot(atlas, states[0].Id, orgs[0].Id, On(q), q.Original, "could-join");
        if (q.Has("when") && q.HasAny("join", "joined", "admitted", "become", "became", "accede", "acceded", "enter", "entered") && states.Count > 0 && orgs.Count > 0)
            return WhenJoined(q, states[0], orgs[0]);
        if (q.ContainsAny("since when", "what year did", "which year did") && states.Count > 0 && orgs.Count > 0)
            return WhenJoined(q, states[0], orgs[0]);
        if (q.HasAny("leave", "left", "withdraw", "withdrew", "quit", "exit", "exited", "withdrawn") && states.Count > 0 && orgs.Count > 0)
            return WhenLeft(q, states[0], orgs[0]);
        if (q.HasAny("invoked", "invoke", "invocation", "invocations", "triggered"))
            return Invoked(q, treaties);
        if (places.Count > 0)
            return Covered(q, places[0], treaties);
        if (q.Entities(EntityKind.Partnership).Select(p => atlas.FindPartnership(new PartnershipId(p.Id))!).FirstOrDefault(p => p.Kind == PartnershipKind.Status) is { } status
            && states.Count > 0 && orgs.Count == 0)
            return HoldsStatus(q, states[0], status);
        if (IsAboutDefence(q) && states.Count > 0)
            return Defend(q, states, orgs);
        if (q.ContainsAny("defense commitment", "defence commitment", "defense commitments", "defence commitments", "defense treaty", "defence treaty",
                "defense treaties", "defence treaties", "mutual defense", "mutual defence", "collective defense", "collective defence", "defense pact",
                "defence pact", "security treaty", "allied", "allies", "ally", "alliance", "alliances", "military alliance")
            && states.Count > 0 && q.Year is null)
            return DefenceTreaties(q, states);
        if (q.HasAny("peacekeeping", "pko", "peacekeepers") && states.Count > 0)
            return Peacekeeping(q, states[0]);
        if (q.HasAny("cooperate", "cooperates", "cooperation", "collaborate", "collaborates", "collaboration", "partner", "partners", "partnership", "work")
            && states.Count > 0 && orgs.Count > 0)
            return Cooperation(q, states[0], orgs[0]);
        // "Article 9 of the North Atlantic Treaty" is the treaty's article, not Japan's Article 9.
        if (q.Article is { } named && treaties.Count > 0)
            return ArticleText(q, named, treaties, states);
        if (policies.Count > 0)
            return PolicyTerms(q, policies[0]);
        if (q.HasAny("neutral", "neutrality", "nonaligned", "non") && states.Count > 0)
            return Neutral(q, states[0]);
        if (q.Article is { } article && (treaties.Count > 0 || states.Count > 0))
            return ArticleText(q, article, treaties, states);
        if (q.HasAny("pacifist", "constitution", "constitutional") && states.Count > 0)
            return ConstitutionPolicies(q, states[0]);
        if (q.Has("when") && q.HasAny("signed", "founded", "established", "created", "formed", "force", "set", "dissolved", "ended", "terminated", "concluded")
            && (treaties.Count > 0 || orgs.Count > 0))
            return TreatyDates(q, orgs, treaties);
        if (states.Count > 0 && q.HasAny("treaty", "treaties", "alliances", "alliance", "party", "pacts") && q.Year is not null)
            return TreatiesInYear(q, states[0]);
        if (orgs.Count > 0 && states.Count == 0
            && (q.HasAny("members", "member", "countries", "states", "founding", "founders", "founder", "original", "joined", "nations")
                || q.ContainsAny("how many", "who is in", "who are in", "who was in", "who were in", "who is part", "who belongs to", "list")))
            return Members(q, orgs[0], treaties);
        if (states.Count > 0 && orgs.Count > 0)
            return IsMember(q, states[0], orgs[0]);
        if (states.Count > 0 && treaties.Count > 0)
            return IsParty(q, states[0], treaties[0]);
        return null;
    }

    private static bool IsAboutDefence(ParsedQuestion q) =>
        q.HasAny("defend", "defends", "defended", "protect", "protects", "protected", "rescue", "respond", "obliged", "obligated", "guarantee", "guarantees", "guarantor", "guarantors", "attacked", "invaded", "invades", "invade")
        || q.ContainsAny("come to the aid", "come to its aid", "come to aid", "help defend", "must help", "would help", "will help", "attack on", "attacks on", "armed attack", "security guarantee");

    // "Is Israel a major non-NATO ally?": a status partnership held on the day, with since when.
    private Answer HoldsStatus(ParsedQuestion q, Actor state, Partnership status)
    {
        var b = Builder(q, "holds-status");
        var spells = status.Parties.Where(p => p.Actor == state.Id).ToArray();
        var now = spells.FirstOrDefault(p => p.Period.Contains(b.On));
        if (now is not null)
            b.Say(now.Joined is { } joined
                ? $"Yes. {Naming.Start(state)} has held {status.Name} status since {AnswerBuilder.Date(joined)}."
                : $"Yes. {Naming.Start(state)} has held {status.Name} status at least since {AnswerBuilder.Date(now.KnownFrom!.Value)}; when it began is not known.");
        else if (spells.Length > 0)
            b.Say($"No, not on {AnswerBuilder.Date(b.On)}. {Naming.Start(state)} held {status.Name} status {AnswerBuilder.List(spells.Select(p => p.Period.From is { } from ? $"from {AnswerBuilder.Date(from)}{(p.Period.To is { } to ? $" to {AnswerBuilder.Date(to)}" : "")}" : "at a time the data does not date"))}.");
        else
            b.Say($"The data does not record {Naming.Of(state)} as holding {status.Name} status.");
        foreach (var p in spells)
            b.Fact($"{state.Name}: {status.Name}{(p.Note is { } n ? $"; {n}" : "")}", p.Sources);
        b.Fact($"{status.Name}: {status.Summary}", status.Sources);
        return b.Build();
    }
}
