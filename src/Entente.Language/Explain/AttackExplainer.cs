using Entente.Core.Model;
using Entente.Core.Reasoning;

namespace Entente.Language.Explain;

/// <summary>Puts an <see cref="AttackAnalysis"/> into words: who must respond, under which article, how and where.</summary>
internal static class AttackExplainer
{
    public static Answer Explain(Core.Atlas.Atlas atlas, AttackAnalysis analysis, string question, string intent = "attack")
    {
        var b = new AnswerBuilder(atlas, question, intent, analysis.On);
        var target = analysis.Target;
        var name = Naming.Of(target);
        var where = analysis.Where is { } place ? $" in {Naming.Of(place)}" : "";
        var defence = analysis.Obligations.Where(o => o.IsDefence && o.Guarantors.Count > 0 && !o.UnconfirmedSinceAtop).ToArray();
        var unconfirmed = analysis.Unconfirmed.Where(o => o.IsDefence).ToArray();
        var covered = defence.Where(o => o.Coverage == Coverage.Covered).ToArray();
        var unknown = defence.Where(o => o.Coverage == Coverage.Unknown).ToArray();
        var outside = defence.Where(o => o.Coverage == Coverage.NotCovered).ToArray();

        if (covered.Length == 0 && unknown.Length == 0)
        {
            if (unconfirmed.Length > 0)
                b.Say($"If {name} is attacked{where} {AnswerBuilder.OnDate(analysis.On)}, Entente's data has no confirmed obligation to come to its defence.");
            else if (!analysis.DataCoverage.AllowsNo)
                b.Say(NotCovered(analysis.DataCoverage, $"that no state must come to {name}'s defence"));
            else
                b.Say($"If {name} is attacked{where} {AnswerBuilder.OnDate(analysis.On)}, no state has a treaty obligation in Entente's data to come to its defence.");
            foreach (var policy in atlas.PoliciesOf(target.Id).Where(p => p.Kind == PolicyKind.Neutrality && p.Period.Contains(analysis.On)))
            {
                b.Say($"{Naming.Start(target)} follows a policy of neutrality ({policy.Name}).");
                b.Fact($"{policy.Name}: {policy.Summary}", policy.Sources);
            }
            // Say what used to protect it, so "none" is not mistaken for "never".
            // The three that ended last: ATOP's history since 1815 would otherwise make a long list.
            var ended = atlas.PartiesOf(target.Id)
                .Select(party => (Party: party, Treaty: atlas.Treaty(party.Treaty)))
                .Select(x => (x.Party, x.Treaty, End: x.Treaty.Ended is { } e && (x.Party.Left is not { } l || e < l) ? e : x.Party.Left))
                .Where(x => x.End is { } over && over.FirstDay <= analysis.On && x.Treaty.Provisions.Any(p => p.Kind == ProvisionKind.Defence))
                .OrderByDescending(x => x.End!.Value.FirstDay).Take(3).OrderBy(x => x.End!.Value.FirstDay).ToArray();
            foreach (var (party, treaty, end) in ended)
            {
                if (end is not { } over)
                    continue;
                b.Say($"{Naming.Capitalise(Naming.Of(treaty))}, which {(treaty.Parties.Count == 2 ? $"bound {AnswerBuilder.List(treaty.Parties.Where(p => p.Actor != target.Id).Select(p => b.Name(p.Actor)))} towards it" : "covered it")}, ceased to apply to it {AnswerBuilder.OnDate(over)}.");
                b.Fact($"{treaty.Name}: in force {treaty.InForce?.ToString() ?? "?"}–{treaty.Ended?.ToString() ?? ""}; {target.Name} a party from {party.Joined}{(party.Left is { } left ? $" to {left}" : "")}.", [.. treaty.Sources, .. party.Sources]);
            }
        }
        else
        {
            b.Say($"If {name} is attacked{where} {AnswerBuilder.OnDate(analysis.On)}:");
            foreach (var o in covered)
                b.Say(Sentence(b, o, analysis.Target.Id) + ".");
            // Not known is not obliged: the obligation holds only if the article covers the attack.
            foreach (var o in unknown)
                b.Say($"Whether {Sentence(b, o, analysis.Target.Id, known: false)} is not known: {o.CoverageReason}.");
        }
        foreach (var o in unconfirmed)
            b.Say($"{Naming.Capitalise(AnswerBuilder.List(o.Guarantors.Select(b.Name)))} {(o.Guarantors.Count == 1 ? "was" : "were")} obliged to act under {Article(o)}, in force at the end of ATOP's coverage (2016); Entente has not confirmed it since.");
        foreach (var o in outside)
            b.Say($"{Naming.Capitalise(Article(o))} does not apply: {o.CoverageReason}.");
        foreach (var (treaty, provision) in analysis.NotBeneficiary)
        {
            var toward = provision.Beneficiaries.Select(b.Name);
            b.Say($"{Naming.Capitalise(Article(treaty, provision))} does not oblige anyone to defend {name}: it runs one way, towards {AnswerBuilder.List(toward)}{(provision.Scope is { } s ? $" ({s})" : "")}.");
            b.Fact($"{Article(treaty, provision)}: {provision.Summary ?? provision.Trigger ?? "one-way defence provision"}", provision.Sources);
        }
        foreach (var o in analysis.Obligations)
        {
            foreach (var (actor, why, sources) in o.Excluded)
            {
                b.Say($"{Naming.Capitalise(b.Name(actor))} is a party to {Naming.Of(o.Treaty)} but {why}.");
                b.Fact($"{Naming.Capitalise(b.Name(actor))}: {why} ({o.Treaty.Name}).", sources);
            }
        }
        var consult = analysis.Obligations.Where(o => !o.IsDefence && o.Guarantors.Count > 0 && o.Coverage != Coverage.NotCovered).ToArray();
        if (consult.Length > 0)
            b.Say($"Consultation: {AnswerBuilder.List(consult.Select(o => $"{Article(o)} ({o.Guarantors.Count} {(o.Guarantors.Count == 1 ? "party" : "parties")})"))} pledge{(consult.Length == 1 ? "s" : "")} the parties to consult.");

        // When each treaty behind an obligation was signed and came into force.
        foreach (var treaty in covered.Concat(unknown).Select(o => o.Treaty).Distinct())
            b.Fact($"{treaty.Name}: signed {treaty.Signed?.ToString() ?? "(no date)"}, in force from {treaty.InForce?.ToString() ?? "(no date)"}.", treaty.Sources);

        foreach (var o in analysis.Obligations)
        {
            var p = o.Provision;
            var details = new List<string>();
            if (p.Trigger is not null)
                details.Add($"trigger: {p.Trigger}");
            if (p.Scope is not null)
                details.Add($"scope: {p.Scope}");
            if (p.Response is { } r)
                details.Add(r == Response.Automatic ? "response: automatic" : "response: discretionary (each party decides what action to take)");
            if (p.Conditions.Count > 0)
                details.Add($"conditions: {string.Join("; ", p.Conditions)}");
            b.Fact($"{Naming.Capitalise(Article(o))} ({Kind(p)}): {(details.Count == 0 ? p.Summary?.TrimEnd('.') : string.Join("; ", details))}.", p.Sources);
            if (o.Guarantors.Count > 0)
                b.Fact($"Parties bound {AnswerBuilder.OnDate(analysis.On)} under {Article(o)}: {AnswerBuilder.List(o.Guarantors.Select(b.Name))}.",
                    atlas.PartiesOn(o.Treaty.Id, analysis.On).Where(x => o.Guarantors.Contains(x.Actor)).SelectMany(x => x.Sources));
        }
        if (analysis.Where is { } w)
            b.Fact($"{w.Name} is held by {b.Name(w.State)}; treaty zones: {(w.Zones.Count == 0 ? "none recorded" : string.Join("; ", w.Zones.Select(atlas.ZoneName)))}.{(w.Note is { } n ? " " + n : "")}", w.Sources);
        return b.Build();
    }

    private static string Sentence(AnswerBuilder b, Obligation o, ActorId target, bool known = true)
    {
        var names = o.Guarantors.Select(b.Name).ToArray();
        // "other" only when the state attacked is a party itself (the SEATO Protocol's states were not).
        var other = b.Atlas.PartiesOn(o.Treaty.Id, b.On).Any(p => p.Actor == target) ? "other " : "";
        var who = names.Length <= 6 ? AnswerBuilder.List(names) : $"the {names.Length} {other}parties ({AnswerBuilder.List(names)})";
        var verb = names.Length == 1 ? "is" : "are";
        var how = o.Provision.Response == Response.Automatic ? "the obligation arises without a further decision" : "each taking such action as it deems necessary";
        var procedure = o.Provision.Conditions.FirstOrDefault(c => c.StartsWith("in accordance", StringComparison.OrdinalIgnoreCase));
        var conditions = procedure is null ? "" : $", {procedure}";
        return known ? $"{Naming.Capitalise(who)} {verb} obliged to act under {Article(o)} — {how}{conditions}" : $"{who} {verb} obliged to act under {Article(o)}";
    }

    /// <summary>Why a negative cannot be given for the date: what the data covers and what it does not.</summary>
    public static string NotCovered(DataCoverageCheck coverage, string what) =>
        coverage.AtopEnd is { } end && coverage.AfterAtop
            ? $"Entente's data holds every alliance up to {AnswerBuilder.Date(end)} (ATOP) but after that only the treaties it has checked, so for {AnswerBuilder.Date(coverage.On)} it cannot say {what}."
            : $"Entente's data does not cover {AnswerBuilder.Date(coverage.On)}, so it cannot say {what}.";

    public static string Article(Obligation o) => Article(o.Treaty, o.Provision);

    public static string Article(Treaty treaty, Provision provision) =>
        provision.Article.StartsWith("ATOP ", StringComparison.Ordinal)
            ? $"the {provision.Article} pledge of {Naming.Of(treaty)}"
            : $"{Naming.Article(provision.Article)} of {Naming.Of(treaty)}";

    /// <summary>" (1953)": the year a treaty was signed, where its name does not already say it.</summary>
    public static string Year(Treaty treaty) =>
        (treaty.Signed ?? treaty.InForce) is { } date && !treaty.Name.Contains(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            ? $" ({date.Year})" : "";

    private static string Kind(Provision p) => p.Kind switch
    {
        ProvisionKind.Defence => p.Direction == Direction.OneWay ? "defence, one-way" : "defence, mutual",
        ProvisionKind.Consultation => "consultation",
        _ => p.Kind.ToString().ToLowerInvariant(),
    };
}
