using Entente.Core.Model;
using Entente.Core.Reasoning;

namespace Entente.Language.Claims;

public static partial class ClaimChecker
{
    private static Outcome? FoundingDate(Evidence e)
    {
        var year = Year(e.Group("year"));
        var treaty = e.InSpan.Treaties.FirstOrDefault();
        var org = e.InSpan.Organizations.FirstOrDefault();
        if (year is null || (treaty is null && org is null))
            return null;
        treaty ??= e.Atlas.TreatiesOf(org!.Id).FirstOrDefault();
        if (treaty is null)
            return null;
        var years = new[] { treaty.Signed?.Year, treaty.InForce?.Year, org?.Existed.From?.Year }.OfType<int>().ToArray();
        var fact = Fact($"{treaty.Name} was signed on {treaty.Signed?.ToString() ?? "?"} and entered into force on {treaty.InForce?.ToString() ?? "?"}.", treaty.Sources);
        return years.Contains(year.Value)
            ? Outcome.Supported(fact)
            : Outcome.Contradicted($"{Naming.Capitalise(Naming.Of(treaty))} was signed on {AnswerBuilder.Date(treaty.Signed ?? treaty.InForce!.Value)} and entered into force on {AnswerBuilder.Date(treaty.InForce ?? treaty.Signed!.Value)}, not in {year}.", fact);
    }

    private static Outcome? ConstitutionOrigin(Evidence e)
    {
        var state = e.State;
        var constitution = state is null ? null : e.Atlas.PoliciesOf(state.Id).FirstOrDefault(p => p.Kind == PolicyKind.Constitutional && p.History.Count > 0);
        if (constitution is null)
            return Outcome.NotCheckable("how a constitution came about is history the data does not record here");
        var facts = constitution.History.Select(h => Fact($"{h.Date}: {h.What}.", h.Sources)).ToArray();
        var drafted = constitution.History.FirstOrDefault(h => h.What.Contains("draft", StringComparison.OrdinalIgnoreCase));
        var enacted = constitution.History.FirstOrDefault(h => h.What.Contains("passed", StringComparison.OrdinalIgnoreCase) || h.What.Contains("adopted", StringComparison.OrdinalIgnoreCase));
        if (drafted is null || enacted is null)
            return Outcome.NotCheckable("the data does not record who drafted and who adopted the constitution");
        static string Clause(string what) => what.StartsWith("The ", StringComparison.Ordinal) ? "the " + what[4..] : what;
        return Outcome.Partly($"The constitution was drafted under the occupation and adopted by {Naming.Of(state!)}'s own legislature: on {AnswerBuilder.Date(drafted.Date)} {Clause(drafted.What)}; on {AnswerBuilder.Date(enacted.Date)} {Clause(enacted.What)}. 'Imposed' simplifies a contested history.", facts);
    }

    private static Outcome? Neutrality(Evidence e)
    {
        var state = e.InSpan.States.FirstOrDefault() ?? e.State;
        if (state is null)
            return null;
        var claimsNeutral = e.Group("not").Length == 0;
        var neutrality = e.Atlas.PoliciesOf(state.Id).Where(p => p.Kind == PolicyKind.Neutrality && p.Period.Contains(e.On)).ToArray();
        var alliances = DefenceTreaties(e, state);
        var facts = neutrality.Select(p => Fact($"{p.Name}: {p.Summary}", p.Sources))
            .Concat(alliances.Select(t => Fact($"{state.Name} is a party to {t.Name} (in force since {t.InForce}), which has a defence clause.", t.Parties.First(p => p.Actor == state.Id).Sources)))
            .ToArray();
        if (neutrality.Length == 0 && alliances.Length == 0)
            return Outcome.NotCheckable($"the data records neither a neutrality policy nor a defence treaty for {state.Name}");
        var isNeutral = neutrality.Length > 0;
        if (isNeutral == claimsNeutral)
            return Outcome.Supported(facts);
        return claimsNeutral
            ? Outcome.Contradicted($"{Naming.Start(state)} is not neutral: it is a treaty ally under {AnswerBuilder.List(alliances.Select(Naming.Of))}.", facts)
            : Outcome.Contradicted($"{Naming.Start(state)} follows a policy of neutrality: {neutrality[0].Name}.", facts);
    }

    private static Outcome? DecisionNotToJoin(Evidence e)
    {
        var state = e.State;
        var org = e.InSpan.Organizations.FirstOrDefault() ?? e.Organization;
        if (state is null || org is null)
            return null;
        var report = Eligibility.Evaluate(e.Atlas, state.Id, org.Id, e.On);
        var facts = report.Factors.Where(f => f.Kind is FactorKind.LegalBar or FactorKind.Open).Select(f => Fact(f.Statement, f.Sources)).ToArray();
        if (report.Status == MembershipStatus.Member)
            return Outcome.Contradicted($"{Naming.Start(state)} is a member of {Naming.Of(org)}.", [.. report.Spells.Select(s => Fact($"{state.Name} joined on {s.Joined}.", s.Sources))]);
        if (report.IsBarred)
            return Outcome.Contradicted($"{Naming.Start(state)} cannot simply decide to join: {report.LegalBars.First().Statement} It has not been invited.", facts);
        return Outcome.NotCheckable("a state's reasons for not seeking membership are a motive, not a fact the data records");
    }

    private static Outcome? CouldJoin(Evidence e)
    {
        // The one who could join stands before "could join", or was the subject of the text so far.
        var state = e.Before.States.LastOrDefault() ?? e.Context.State();
        var org = e.Organization;
        if (state is null || org is null)
            return null;
        var report = Eligibility.Evaluate(e.Atlas, state.Id, org.Id, e.On);
        var facts = report.Factors.Where(f => f.Kind is FactorKind.LegalBar or FactorKind.Open or FactorKind.Met).Select(f => Fact(f.Statement, f.Sources)).ToArray();
        return report.Status switch
        {
            MembershipStatus.Member => Outcome.Contradicted($"{Naming.Start(state)} is already a member of {Naming.Of(org)}.", facts),
            _ when report.IsBarred => Outcome.Partly($"{report.LegalBars.First().Statement} Admitting {Naming.Of(state)} would need a new agreement ratified by every party, besides changes in its own policy.", facts),
            _ => Outcome.Supported(facts),
        };
    }

    private static Outcome? MutualDefence(Evidence e)
    {
        var treaty = e.InSentence.Treaties.FirstOrDefault() ?? e.Treaty;
        if (treaty is null)
            return null;
        var defence = treaty.Provisions.Where(p => p.Kind == ProvisionKind.Defence).ToArray();
        var facts = defence.Select(p => Fact($"Article {p.Article} of {treaty.Name} ({(p.Direction == Direction.OneWay ? "one-way" : "mutual")}): {p.Summary}{(p.Scope is { } s ? $" Scope: {s}." : "")}", p.Sources)).ToArray();
        if (defence.Length == 0)
            return Outcome.Contradicted($"{Naming.Capitalise(Naming.Of(treaty))} has no defence clause in the data.", [Fact($"{treaty.Name}.", treaty.Sources)]);
        var oneWay = defence.FirstOrDefault(p => p.Direction == Direction.OneWay);
        if (oneWay is null)
        {
            // Mutual but limited to an area some parties' own territory lies outside (U.S.–Japan Article V).
            var parties = treaty.Parties.Select(p => p.Actor).Distinct().Select(e.Atlas.Actor).ToArray();
            foreach (var p in defence)
            {
                var zones = Core.Reasoning.Obligations.ZonesOf(treaty, p);
                if (zones.Count == 0)
                    continue;
                var outside = parties.Where(a => !Core.Reasoning.Obligations.HomeZones(a, e.Atlas.HomeZones).Intersect(zones).Any()).ToArray();
                if (outside.Length == 0 || outside.Length == parties.Length)
                    continue;
                var inside = parties.Except(outside).Select(Naming.Of);
                return Outcome.Partly($"The treaty is asymmetric: Article {p.Article} is mutual but covers armed attacks {(p.Scope is { } area ? $"in the {area}" : "in the area it names")} only; {AnswerBuilder.List(inside)} has no obligation to defend the territory of {AnswerBuilder.List(outside.Select(Naming.Of))}.", facts);
            }
            return Outcome.Supported(facts);
        }
        var beneficiaries = AnswerBuilder.List(oneWay.Beneficiaries.Select(b => Naming.Of(e.Atlas.Actor(b))));
        var others = treaty.Parties.Select(p => p.Actor).Distinct().Where(a => !oneWay.Beneficiaries.Contains(a)).Select(a => Naming.Of(e.Atlas.Actor(a)));
        return Outcome.Partly($"The treaty is asymmetric: Article {oneWay.Article} covers armed attacks {(oneWay.Scope is { } scope ? $"in the {scope}" : $"on {beneficiaries}")} only; {beneficiaries} has no obligation to defend the territory of {AnswerBuilder.List(others)}.", facts);
    }

    private static Outcome? DefenceGuarantee(Evidence e)
    {
        var target = e.Context.Read(e.Group("target")).States.FirstOrDefault();
        if (target is null)
            return null;
        var guarantor = e.InSpan.States.FirstOrDefault(s => s.Id != target.Id);
        var analysis = Obligations.Attack(e.Atlas, target.Id, e.On);
        var binding = analysis.Obligations.Where(o => o.IsDefence && o.Coverage != Coverage.NotCovered && (guarantor is null ? o.Guarantors.Count > 0 : o.Guarantors.Contains(guarantor.Id))).ToArray();
        if (binding.Length == 0)
            return Outcome.Contradicted($"No treaty in the data obliges {(guarantor is null ? "any state" : Naming.Of(guarantor))} to defend {Naming.Of(target)}.", [Fact($"{target.Name}: no defence obligation towards it in the data on {e.On:yyyy-MM-dd}.", target.Sources)]);
        var o = binding[0];
        var p = o.Provision;
        var fact = Fact($"Article {p.Article} of {o.Treaty.Name}: {p.Summary}{(p.Scope is { } s ? $" Scope: {s}." : "")}{(p.Conditions.Count > 0 ? $" Conditions: {string.Join("; ", p.Conditions)}." : "")}", p.Sources);
        var limited = p.Response != Response.Automatic || p.Scope is not null;
        if (!limited)
            return Outcome.Supported(fact);
        var procedure = p.Conditions.FirstOrDefault(c => c.StartsWith("in accordance", StringComparison.OrdinalIgnoreCase));
        return Outcome.Partly($"Under Article {p.Article} {(guarantor is null ? "the parties" : Naming.Of(guarantor))} would act against an armed attack{(p.Scope is { } scope ? $" in the {scope}" : "")}{(procedure is null ? "" : $", {procedure}")}: the commitment is {(p.Scope is not null ? "limited to that area and " : "")}not automatic.", fact);
    }

    private static Outcome? Basing(Evidence e)
    {
        var treaty = e.InSentence.Treaties.FirstOrDefault() ?? e.Treaty;
        var basing = treaty?.Provisions.FirstOrDefault(p => p.Kind == ProvisionKind.Basing);
        if (treaty is null || basing is null)
            return null;
        return Outcome.Supported(Fact($"Article {basing.Article} of {treaty.Name}: {basing.Summary}", basing.Sources));
    }

    private static Outcome? DefencePurpose(Evidence e)
    {
        var org = e.Organization;
        if (org is null)
            return null;
        var provisions = e.Atlas.TreatiesOf(org.Id).SelectMany(t => t.Provisions.Where(p => p.Kind == ProvisionKind.Defence && p.Direction != Direction.OneWay || p.Title?.Contains("mutual aid", StringComparison.OrdinalIgnoreCase) == true).Select(p => (t, p))).ToArray();
        if (provisions.Length == 0)
            return Outcome.NotCheckable($"the data holds no collective defence clause for {org.Name}");
        return Outcome.Supported([.. provisions.Select(x => Fact($"Article {x.p.Article} of {x.t.Name} ({x.p.Title}): {x.p.Summary}", x.p.Sources))]);
    }

    private static Outcome? RenouncesForce(Evidence e) => PolicyTerm(e, p => p.Kind == PolicyKind.Constitutional, t => t.Contains("renounce", StringComparison.OrdinalIgnoreCase) && (t.Contains("force", StringComparison.OrdinalIgnoreCase) || t.Contains("war", StringComparison.OrdinalIgnoreCase)));

    private static Outcome? SelfDefenceOnly(Evidence e) => PolicyTerm(e, p => p.Kind == PolicyKind.Doctrine, t => t.Contains("self-defense", StringComparison.OrdinalIgnoreCase) || t.Contains("self-defence", StringComparison.OrdinalIgnoreCase) || t.Contains("defensive", StringComparison.OrdinalIgnoreCase));

    private static Outcome? NonNuclear(Evidence e) => PolicyTerm(e, p => p.Kind == PolicyKind.Nuclear, t => t.Contains("nuclear", StringComparison.OrdinalIgnoreCase));

    private static Outcome? PolicyTerm(Evidence e, Func<Policy, bool> kind, Func<string, bool> term)
    {
        var state = e.State;
        if (state is null)
            return null;
        var policy = e.Atlas.PoliciesOf(state.Id).FirstOrDefault(p => kind(p) && p.Period.Contains(e.On) && p.Terms.Any(term));
        return policy is null
            ? Outcome.NotCheckable($"the data records no such policy of {state.Name}")
            : Outcome.Supported(Fact($"{policy.Name} (since {policy.From}): {string.Join("; ", policy.Terms)}.", policy.Sources));
    }

    private static Outcome? ForbidsMilitary(Evidence e)
    {
        var state = e.State;
        if (state is null)
            return null;
        var constitution = e.Atlas.PoliciesOf(state.Id).FirstOrDefault(p => p.Kind == PolicyKind.Constitutional && p.Terms.Any(t => t.Contains("never be maintained", StringComparison.OrdinalIgnoreCase)));
        if (constitution is null)
            return Outcome.NotCheckable($"the data records no constitutional bar on armed forces for {state.Name}");
        var forces = e.Atlas.PoliciesOf(state.Id).FirstOrDefault(p => p.Period.Contains(e.On) && p.Name.Contains("Self-Defense Forces", StringComparison.OrdinalIgnoreCase));
        var facts = new List<AnswerFact> { Fact($"{constitution.Name}: {string.Join("; ", constitution.Terms)}.", constitution.Sources) };
        if (forces is null)
            return Outcome.Supported([.. facts]);
        facts.Add(Fact($"{forces.Name} (since {forces.From}): {forces.Terms.FirstOrDefault()}.", forces.Sources));
        return Outcome.Partly($"{constitution.Name} says forces will never be maintained, yet {Naming.Of(state)} has maintained the Self-Defense Forces since {forces.From?.Year} under the government's reading that forces for self-defence are allowed.", [.. facts]);
    }

    private static Outcome? MainAlly(Evidence e)
    {
        var state = e.State;
        var ally = e.Context.Read(e.Group("ally")).States.FirstOrDefault();
        if (state is null || ally is null)
            return null;
        var treaties = DefenceTreaties(e, state);
        var with = treaties.Where(t => e.Atlas.IsParty(ally.Id, t.Id, e.On)).ToArray();
        var facts = treaties.Select(t => Fact($"{state.Name} is a party to {t.Name}, in force since {t.InForce}.", t.Sources)).ToArray();
        if (with.Length == 0)
            return Outcome.Contradicted($"{Naming.Start(state)} has no defence treaty with {Naming.Of(ally)} in the data.", facts);
        return Outcome.Supported(facts);
    }

    private static Outcome? Area(Evidence e)
    {
        var state = e.State;
        var nato = e.Atlas.FindActor(new ActorId("NATO"));
        var treaty = nato is null ? null : e.Atlas.TreatiesOf(nato.Id).FirstOrDefault();
        var scope = treaty?.Provisions.FirstOrDefault(p => p.Kind == ProvisionKind.Scope);
        if (state is null || scope is null)
            return null;
        var home = Obligations.HomeZones(state, e.Atlas.HomeZones).Where(z => z != "metropolitan-territory");
        var fact = Fact($"Article {scope.Article} of {treaty!.Name}: {scope.Summary}", scope.Sources);
        return scope.Zones.Intersect(home).Any()
            ? Outcome.NotCheckable($"{state.Name}'s territory lies inside the area of Article {scope.Article}; the claim is a judgement about its concerns")
            : Outcome.Supported(fact);
    }

    private static Outcome? NuclearPosture(Evidence e)
    {
        var nato = e.Atlas.FindActor(new ActorId("NATO"));
        var posture = nato is null ? null : e.Atlas.PoliciesOf(nato.Id).FirstOrDefault(p => p.Kind == PolicyKind.Nuclear && p.Period.Contains(e.On));
        return posture is null ? null : Outcome.Supported(Fact($"{posture.Name}: {posture.Summary}", posture.Sources));
    }

    private static Outcome? RegionalForums(Evidence e)
    {
        var state = e.State;
        if (state is null)
            return null;
        var forums = Participations(e, state).Where(x => x.Partnership.Kind == PartnershipKind.Forum).ToArray();
        return forums.Length == 0
            ? Outcome.NotCheckable($"the data records no regional forum for {state.Name}")
            : Outcome.Supported([.. forums.Select(x => Fact($"{state.Name} takes part in the {x.Partnership.Name} (since {x.Participation.Joined ?? x.Partnership.From}).", x.Participation.Sources))]);
    }

    private static Outcome? Peacekeeping(Evidence e)
    {
        var state = e.InSpan.States.FirstOrDefault() ?? e.State;
        if (state is null)
            return null;
        var laws = e.Atlas.PoliciesOf(state.Id).Where(p => p.Name.Contains("Peacekeeping", StringComparison.OrdinalIgnoreCase)).ToArray();
        var deployments = e.Atlas.ParticipationsOf(state.Id).Select(p => (p, e.Atlas.FindPartnership(p.Partnership)!)).Where(x => x.Item2.Kind == PartnershipKind.Deployment).ToArray();
        if (laws.Length == 0 && deployments.Length == 0)
            return Outcome.NotCheckable($"the data records no peacekeeping law or deployment for {state.Name}");
        return Outcome.Supported([.. laws.Select(l => Fact($"{l.Name} (since {l.From}): {string.Join("; ", l.Terms)}.", l.Sources)),
            .. deployments.Select(d => Fact($"{d.Item2.Name} ({d.p.Joined ?? d.Item2.From}–{d.p.Left ?? d.Item2.To}).", d.p.Sources))]);
    }

    private static Outcome? CaseByCase(Evidence e)
    {
        var state = e.State;
        var org = e.Context.Read(e.Group("org")).Organizations.FirstOrDefault() ?? e.Organization;
        if (state is null || org is null)
            return null;
        var standing = Participations(e, state).Where(x => x.Partnership.Organization == org.Id && x.Partnership.Kind is PartnershipKind.Programme or PartnershipKind.Status or PartnershipKind.Mission).ToArray();
        if (standing.Length == 0)
            return Outcome.NotCheckable($"the data records no standing programme between {state.Name} and {org.Name}");
        return Outcome.Partly($"{Naming.Start(state)} cooperates with {Naming.Of(org)} through standing arrangements ({AnswerBuilder.List(standing.Select(x => x.Partnership.Name))}), not only case by case.",
            [.. standing.Select(x => Fact($"{x.Partnership.Name} (since {x.Participation.Joined ?? x.Partnership.From}).", x.Participation.Sources))]);
    }

    private static Outcome? CooperationAreas(Evidence e)
    {
        var named = e.Context.Read(e.Group("subject") + " " + e.Group("org") + " " + e.Group("org2"));
        var state = named.States.FirstOrDefault() ?? e.State;
        var org = named.Organizations.FirstOrDefault() ?? e.Organization;
        if (state is null || org is null)
            return null;
        var areas = e.Group("areas").Replace(" and ", ", ", StringComparison.Ordinal).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.Replace(" issues", "", StringComparison.Ordinal)).Where(a => a.Length > 0).ToArray();
        var partnerships = e.Atlas.ParticipationsOf(state.Id).Select(p => (Participation: p, Partnership: e.Atlas.FindPartnership(p.Partnership)!))
            .Where(x => x.Partnership.Organization == org.Id && ((x.Participation.Joined ?? x.Participation.KnownFrom ?? x.Partnership.From)?.FirstDay ?? DateOnly.MinValue) <= e.On).ToArray();
        if (partnerships.Length == 0)
            return Outcome.NotCheckable($"the data records no cooperation between {state.Name} and {org.Name}");
        var found = areas.Where(a => partnerships.Any(x => x.Partnership.Areas.Any(area => Questions.Topics.Matches(area, a)) || Questions.Topics.Matches(x.Partnership.Summary ?? "", a))).ToArray();
        var facts = partnerships.Where(x => x.Partnership.Areas.Count > 0).Select(x => Fact($"{x.Partnership.Name} ({x.Participation.Joined ?? x.Partnership.From}–{x.Participation.Left ?? x.Partnership.To}); areas: {string.Join(", ", x.Partnership.Areas)}.", x.Participation.Sources.Concat(x.Partnership.Sources))).ToArray();
        if (found.Length == 0)
            return Outcome.NotCheckable($"the data records none of these areas ({string.Join(", ", areas)}) in {state.Name}'s cooperation with {org.Name}");
        var missing = areas.Except(found).ToArray();
        if (missing.Length == 0 || found.Length * 2 >= areas.Length)
            return new Outcome(Verdict.Supported, missing.Length == 0 ? null : $"The data confirms {string.Join(", ", found)}; it does not record {string.Join(", ", missing)}.", facts);
        return Outcome.Partly($"The data confirms {string.Join(", ", found)} but not {string.Join(", ", missing)}.", facts);
    }

    private static Outcome? MembershipCount(Evidence e)
    {
        var org = e.InSpan.Organizations.FirstOrDefault();
        if (org is null || Year(e.Group("count")) is not { } count)
            return null;
        var members = e.Atlas.MembersOn(org.Id, e.On);
        var fact = Fact($"{org.Name} has {members.Count} members on {e.On:yyyy-MM-dd}.", members.SelectMany(m => m.Sources).Take(3));
        return members.Count == count ? Outcome.Supported(fact) : Outcome.Contradicted($"{Naming.Start(org)} has {members.Count} members on {AnswerBuilder.Date(e.On)}, not {count}.", fact);
    }

    private static Outcome? Joined(Evidence e)
    {
        var state = e.InSpan.States.FirstOrDefault();
        var org = e.InSpan.Organizations.FirstOrDefault();
        if (state is null || org is null || Year(e.Group("year")) is not { } year)
            return null;
        var spells = e.Atlas.MembershipSpells(state.Id, org.Id);
        if (spells.Count == 0)
            return Outcome.Contradicted($"{Naming.Start(state)} has never been a member of {Naming.Of(org)}.", [Fact($"{org.Name}: no membership of {state.Name} in the data.", org.Sources)]);
        var facts = spells.Select(s => Fact($"{state.Name} joined {org.Name} on {s.Joined}.", s.Sources)).ToArray();
        return spells.Any(s => s.Joined.Year == year) ? Outcome.Supported(facts)
            : Outcome.Contradicted($"{Naming.Start(state)} joined {Naming.Of(org)} on {AnswerBuilder.Date(spells[0].Joined)}, not in {year}.", facts);
    }

    private static Outcome? Membership(Evidence e)
    {
        var state = e.InSpan.States.FirstOrDefault();
        var org = e.InSpan.Organizations.FirstOrDefault();
        if (state is null || org is null)
            return null;
        var claimsMember = e.Group("not").Length == 0;
        var spells = e.Atlas.MembershipSpells(state.Id, org.Id);
        var isMember = e.Atlas.IsMember(state.Id, org.Id, e.On);
        var facts = spells.Count > 0 ? spells.Select(s => Fact($"{state.Name}: member of {org.Name} from {s.Joined}{(s.Left is { } l ? $" to {l}" : "")}.", s.Sources)).ToArray()
            : [Fact($"{org.Name}: {state.Name} is not among its members in the data.", e.Atlas.TreatiesOf(org.Id).SelectMany(t => t.Sources).Take(2))];
        if (isMember == claimsMember)
            return Outcome.Supported(facts);
        return isMember
            ? Outcome.Contradicted($"{Naming.Start(state)} is a member of {Naming.Of(org)} (since {AnswerBuilder.Date(spells.First(s => s.Period.Contains(e.On)).Joined)}).", facts)
            : Outcome.Contradicted($"{Naming.Start(state)} is not a member of {Naming.Of(org)} on {AnswerBuilder.Date(e.On)}.", facts);
    }

    private static Outcome? Invocations(Evidence e)
    {
        var article = e.Group("article");
        var org = e.Organization;
        var treaties = org is null ? [] : e.Atlas.TreatiesOf(org.Id);
        var events = e.Atlas.Events.Where(x => x.Kind == EventKind.Invocation && x.Article == article && (treaties.Count == 0 || treaties.Any(t => t.Id == x.Treaty))).ToArray();
        var count = events.Select(x => x.Date).Distinct().Count();
        var claimed = e.Group("count") switch
        {
            "once" => 1,
            "twice" => 2,
            "never" => 0,
            var c => Year(c.Split(' ')[0]) ?? c.Split(' ')[0] switch { "three" => 3, "four" => 4, _ => -1 },
        };
        var facts = events.Select(x => Fact($"{x.Date}: {x.Summary}", x.Sources)).ToArray();
        if (facts.Length == 0)
            return Outcome.NotCheckable($"the data records no invocation of Article {article}");
        return claimed == count ? Outcome.Supported(facts)
            : Outcome.Contradicted($"Article {article} has been invoked {(count == 1 ? "once" : $"{count} times")}: {AnswerBuilder.List(events.Select(x => AnswerBuilder.Date(x.Date)))}.", facts);
    }

    private static Treaty[] DefenceTreaties(Evidence e, Actor state) =>
        e.Atlas.PartiesOf(state.Id).Where(p => p.Period.Contains(e.On)).Select(p => e.Atlas.Treaty(p.Treaty))
            .Where(t => t.InForcePeriod.Contains(e.On) && t.Provisions.Any(p => p.Kind == ProvisionKind.Defence)).Distinct().ToArray();

    private static (Participation Participation, Partnership Partnership)[] Participations(Evidence e, Actor state) =>
        e.Atlas.ParticipationsOf(state.Id).Select(p => (Participation: p, Partnership: e.Atlas.FindPartnership(p.Partnership)!))
            .Where(x => new Interval(x.Participation.Joined ?? x.Partnership.From, x.Participation.Left ?? x.Partnership.To).Contains(e.On)).ToArray();
}
