using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Language.Questions;

internal sealed partial class Asker
{
    private Answer Peacekeeping(ParsedQuestion q, Actor state)
    {
        var b = Builder(q, "peacekeeping");
        var laws = atlas.PoliciesOf(state.Id).Where(p => p.Name.Contains("Peacekeeping", StringComparison.OrdinalIgnoreCase) && p.Period.Contains(b.On)).ToArray();
        var deployments = atlas.ParticipationsOf(state.Id).Select(p => (Participation: p, Partnership: atlas.FindPartnership(p.Partnership)!))
            .Where(x => x.Partnership.Kind == PartnershipKind.Deployment).ToArray();
        if (laws.Length == 0 && deployments.Length == 0)
        {
            b.Say($"Entente's data records no peacekeeping law or deployment for {Naming.Of(state)}; that does not mean there are none.");
            return b.Build();
        }
        foreach (var law in laws)
        {
            b.Say($"{Naming.Start(state)} takes part in UN peacekeeping under the {law.Name} (since {AnswerBuilder.Date(law.From!.Value)}).");
            b.Fact($"{law.Name}: {law.Summary}", law.Sources);
        }
        if (deployments.Length > 0)
        {
            b.Say($"Its deployments in the data: {AnswerBuilder.List(deployments.Select(d => $"{d.Partnership.Name} ({Period(d.Participation.Joined ?? d.Partnership.From, d.Participation.Left ?? d.Partnership.To)})"))}.");
            foreach (var (participation, partnership) in deployments)
                b.Fact($"{partnership.Name}: {partnership.Summary}", participation.Sources);
        }
        return b.Build();
    }

    private Answer Cooperation(ParsedQuestion q, Actor state, Actor org)
    {
        var b = Builder(q, "cooperation");
        var topic = Topic(q);
        var partnerships = atlas.ParticipationsOf(state.Id).Select(p => (Participation: p, Partnership: atlas.FindPartnership(p.Partnership)!))
            .Where(x => x.Partnership.Organization == org.Id || x.Partnership.Name.Contains(org.Aliases.Count > 0 ? org.Aliases[0] : org.Name, StringComparison.Ordinal))
            .Where(x => new Interval(x.Participation.Joined ?? x.Partnership.From, x.Participation.Left ?? x.Partnership.To).Contains(b.On))
            .ToArray();
        if (partnerships.Length == 0)
        {
            b.Say($"Entente's data records no cooperation programme between {Naming.Of(state)} and {Naming.Of(org)} {AnswerBuilder.OnDate(b.On)}.");
            return b.Build();
        }
        var matching = topic.Length == 0 ? partnerships
            : partnerships.Where(x => x.Partnership.Areas.Any(a => Topics.Matches(a, topic)) || Topics.Matches(x.Partnership.Name, topic) || Topics.Matches(x.Partnership.Summary ?? "", topic)).ToArray();
        if (topic.Length > 0 && matching.Length > 0)
        {
            var areas = matching.SelectMany(x => x.Partnership.Areas.Where(a => Topics.Matches(a, topic))).Distinct().ToArray();
            b.Say($"Yes. {Naming.Start(state)} and {Naming.Of(org)} cooperate on {string.Join(" ", topic)}{(areas.Length > 0 ? $" ({AnswerBuilder.List(areas)})" : "")}: {AnswerBuilder.List(matching.Select(x => $"{x.Partnership.Name}{Since(x.Participation.Joined ?? x.Partnership.From)}"))}.");
        }
        else if (topic.Length > 0)
        {
            var past = atlas.ParticipationsOf(state.Id).Select(p => (Participation: p, Partnership: atlas.FindPartnership(p.Partnership)!))
                .Where(x => x.Partnership.Organization == org.Id && !partnerships.Contains(x) && x.Partnership.Areas.Any(a => Topics.Matches(a, topic))).ToArray();
            b.Say($"Entente's data does not record {string.Join(" ", topic)} among the current areas of cooperation between {Naming.Of(state)} and {Naming.Of(org)}{(past.Length > 0 ? "" : $"; it records {AnswerBuilder.List(partnerships.Select(x => x.Partnership.Name))}")}.");
            foreach (var (participation, partnership) in past)
            {
                b.Say($"It was an area of the {partnership.Name} ({Period(participation.Joined ?? partnership.From, participation.Left ?? partnership.To)}).");
                b.Fact($"{partnership.Name}; areas: {string.Join(", ", partnership.Areas)}.", participation.Sources.Concat(partnership.Sources));
            }
        }
        else
        {
            b.Say($"Yes. {Naming.Start(state)} cooperates with {Naming.Of(org)} without being a member: {AnswerBuilder.List(partnerships.Select(x => $"{x.Partnership.Name}{Since(x.Participation.Joined ?? x.Partnership.From)}"))}.");
        }
        foreach (var (participation, partnership) in matching.Length > 0 ? matching : partnerships)
            b.Fact($"{partnership.Name}{Since(participation.Joined ?? partnership.From)}{(partnership.Areas.Count > 0 ? $"; areas: {string.Join(", ", partnership.Areas)}" : "")}{(partnership.Summary is { } s ? $". {s}" : "")}", participation.Sources.Concat(partnership.Sources));
        return b.Build();
    }

    // What the cooperation is about: the words after "on" or "in" that name no country and are not question words.
    private static string[] Topic(ParsedQuestion q)
    {
        var words = q.Words.ToArray();
        var at = Array.FindLastIndex(words, w => w is "on" or "in" or "regarding" or "about" or "over");
        if (at < 0)
            return [];
        var named = q.Mentions.SelectMany(m => Enumerable.Range(m.Start, m.Length)).ToHashSet();
        return words.Skip(at + 1).Where((w, i) => !named.Contains(at + 1 + i) && w is not ("the" or "issues" or "matters" or "and" or "a")).ToArray();
    }

    private Answer PolicyTerms(ParsedQuestion q, Policy policy)
    {
        var b = Builder(q, "policy");
        var holder = atlas.Actor(policy.Actor);
        b.Say($"{policy.Name} ({Naming.Of(holder)}, {(policy.Period.Contains(b.On) ? (policy.From is { } from ? $"in force since {AnswerBuilder.Date(from)}" : "in force") : policy.Period.ToString())}): {policy.Summary}");
        if (policy.Terms.Count > 0)
            b.Say($"Its terms: {AnswerBuilder.List(policy.Terms)}.");
        b.Fact($"{policy.Name}: {(policy.Terms.Count > 0 ? string.Join("; ", policy.Terms) : policy.Summary)}", policy.Sources);
        if (policy.Text is { } text)
            b.Fact($"Text: \"{text.Trim()}\"", policy.Sources);
        foreach (var step in policy.History)
            b.Fact($"{step.Date}: {step.What}", step.Sources);
        return b.Build();
    }

    private Answer Neutral(ParsedQuestion q, Actor state)
    {
        var b = Builder(q, "neutral");
        var neutrality = atlas.PoliciesOf(state.Id).Where(p => p.Kind == PolicyKind.Neutrality && p.Period.Contains(b.On)).ToArray();
        var alliances = atlas.PartiesOf(state.Id).Where(p => p.Period.Contains(b.On)).Select(p => atlas.Treaty(p.Treaty))
            .Where(t => t.InForcePeriod.Contains(b.On) && t.Provisions.Any(x => x.Kind == ProvisionKind.Defence)).Distinct().ToArray();
        if (neutrality.Length > 0)
        {
            b.Say($"Yes. {Naming.Start(state)} follows a policy of neutrality: {AnswerBuilder.List(neutrality.Select(p => p.Name + Since(p.From)))}.");
            foreach (var p in neutrality)
            {
                b.Fact($"{p.Name}: {p.Summary}", p.Sources);
                Described(b, p);
            }
        }
        if (alliances.Length > 0)
        {
            b.Say(neutrality.Length > 0
                ? $"It is nonetheless party to {AnswerBuilder.List(alliances.Select(Naming.Of))}, which contain{(alliances.Length == 1 ? "s" : "")} a defence clause."
                : $"No. {Naming.Start(state)} is not neutral: it is bound by {AnswerBuilder.List(alliances.Select(Naming.Of))}, with a defence clause.");
            foreach (var t in alliances)
            {
                var party = t.Parties.First(p => p.Actor == state.Id && p.Period.Contains(b.On));
                b.Fact($"{state.Name} is a party to {t.Name} since {party.Joined}.", party.Sources);
            }
        }
        // A neutrality given up is part of the answer: "Why is Sweden neutral?" is answered by when and how it ended.
        var former = atlas.PoliciesOf(state.Id).Where(p => p.Kind == PolicyKind.Neutrality && p.To is { } to && to.LastDay < b.On).OrderBy(p => p.From).ToArray();
        foreach (var p in former)
        {
            b.Say($"{(neutrality.Length == 0 && alliances.Length == 0 ? Naming.Start(state) : "It")} followed {p.Name}{(p.Name.Any(char.IsDigit) ? "" : Since(p.From))} until {AnswerBuilder.Date(p.To!.Value)}.");
            b.Fact($"{p.Name}: {p.Summary}", p.Sources);
        }
        if (neutrality.Length == 0 && alliances.Length == 0 && former.Length == 0)
            b.Say($"Entente's data records neither a neutrality policy nor a defence treaty for {Naming.Of(state)} {AnswerBuilder.OnDate(b.On)}, so it cannot say.");
        return b.Build();
    }

    private Answer ArticleText(ParsedQuestion q, string article, List<Treaty> treaties, List<Actor> states)
    {
        var b = Builder(q, "article");
        var candidates = new[] { article, Roman(article), Arabic(article) }.Where(a => a is not null).Select(a => a!).ToArray();
        // The article may sit in another treaty of the same organization (TEU Article 42(7) as amended at Lisbon).
        var search = treaties.Concat(treaties.Where(t => t.Organization is not null).SelectMany(t => atlas.TreatiesOf(t.Organization!.Value))).Distinct();
        foreach (var treaty in search)
        {
            var provision = treaty.Provisions.FirstOrDefault(p => candidates.Contains(p.Article, StringComparer.OrdinalIgnoreCase)
                || candidates.Any(c => p.Article.StartsWith(c + " ", StringComparison.OrdinalIgnoreCase)));
            if (provision is null)
                continue;
            b.Say($"{Naming.Capitalise(Naming.Article(provision.Article))} of {Naming.Of(treaty)}{(provision.Title is { } t ? $" ({t})" : "")}: {provision.Summary}");
            if (provision.Text is { } text)
                b.Say($"It reads: \"{Shorten(text.Trim(), 700)}\"");
            b.Fact($"{Naming.Capitalise(Naming.Article(provision.Article))} of {treaty.Name}: {provision.Summary}{(provision.Scope is { } s ? $" Scope: {s}." : "")}", provision.Sources);
            if (provision.Kind is ProvisionKind.Withdrawal or ProvisionKind.Accession)
            {
                // What the treaty does not provide is as much part of the answer ("no expulsion clause").
                foreach (var absence in atlas.AbsencesOf(treaty.Id))
                {
                    b.Say(absence.Text.TrimEnd('.') + ".");
                    b.Fact($"Not in {treaty.Name}: {absence.Text}", absence.Sources);
                }
            }
            var invoked = atlas.Events.Where(e => e.Kind == EventKind.Invocation && e.Treaty == treaty.Id && e.Article == provision.Article).OrderBy(e => e.Date).ToArray();
            foreach (var e in invoked)
            {
                b.Say($"It was invoked {AnswerBuilder.OnDate(e.Date)}: {e.Summary.TrimEnd('.')}.");
                b.Fact($"{e.Date}: {e.Summary}", e.Sources);
            }
            return b.Build();
        }
        foreach (var state in states)
        {
            var policy = atlas.PoliciesOf(state.Id).FirstOrDefault(p => candidates.Any(a => p.Name.Contains($"Article {a}", StringComparison.OrdinalIgnoreCase)));
            if (policy is not null)
                return PolicyTerms(q, policy) with { Intent = "article" };
        }
        b.Say($"Entente's data holds no Article {article} {(treaties.Count > 0 ? $"of {Naming.Of(treaties[0])}" : "for that state")}.");
        return b.Build() with { Answered = false };
    }

    private Answer ConstitutionPolicies(ParsedQuestion q, Actor state)
    {
        var b = Builder(q, "policies");
        var policies = atlas.PoliciesOf(state.Id).Where(p => p.Period.Contains(b.On) && p.Kind is PolicyKind.Constitutional or PolicyKind.Law or PolicyKind.Doctrine or PolicyKind.Nuclear).ToArray();
        if (policies.Length == 0)
        {
            b.Say($"Entente's data records no constitutional or defence policy for {Naming.Of(state)}.");
            return b.Build();
        }
        // Asked whether it has an army ("Does Iceland have a standing army?", "… has no standing army?"): a policy of
        // defence without armed forces settles it, said first.
        var armyless = policies.FirstOrDefault(p => Armyless(p.Name) || p.Terms.Any(Armyless));
        if (armyless is not null && q.HasAny("army", "military", "forces") && q.HasAny("does", "do", "is", "has", "have", "could", "can", "true"))
            b.Say(q.HasAny("no", "not", "without", "never") ? $"True: {Naming.Of(state)} has no standing armed forces." : $"No: {Naming.Of(state)} has no standing armed forces.");
        b.Say($"{Naming.Start(state)}'s security rests on {AnswerBuilder.List(policies.Select(p => p.From is { } from ? $"{p.Name} ({from.Year})" : p.Name))}.");
        foreach (var p in policies)
        {
            if (p.Summary is { } s && (p.Kind is PolicyKind.Constitutional or PolicyKind.Doctrine || p.Name.Contains("Self-Defense", StringComparison.Ordinal) || p.Name.Contains("Peace and Security", StringComparison.Ordinal)))
                b.Say(Core.Reasoning.Eligibility.FirstSentence(s));
            b.Fact($"{p.Name}: {p.Summary}", p.Sources);
            // What the data's description of the policy adds (who does the defence tasks instead: Iceland's Coast Guard).
            Described(b, p);
        }
        var allies = atlas.PartiesOf(state.Id).Where(p => p.Period.Contains(b.On)).Select(p => atlas.Treaty(p.Treaty))
            .Where(t => t.InForcePeriod.Contains(b.On) && t.Provisions.Any(x => x.Kind == ProvisionKind.Defence)).Distinct().ToArray();
        if (allies.Length > 0)
        {
            b.Say($"It complements them with {AnswerBuilder.List(allies.Select(Naming.Of))}.");
            foreach (var t in allies)
                b.Fact($"{t.Name}, in force since {t.InForce}.", t.Sources);
        }
        return b.Build();
    }

    /// <summary>What the data's sourced description of a policy says (Swiss armed neutrality, Iceland's Coast Guard), said and cited.</summary>
    private void Described(AnswerBuilder b, Policy p)
    {
        if (atlas.DescriptionOf(new EntityRef(EntityKind.Policy, p.Id.Value, p.Name)) is not { } described)
            return;
        b.Say(described.What.Trim());
        b.Fact($"{p.Name}: {described.What.Trim()}", described.Sources);
    }

    private static bool Armyless(string words) =>
        words.Contains("without armed forces", StringComparison.OrdinalIgnoreCase) || words.Contains("no armed forces", StringComparison.OrdinalIgnoreCase)
        || words.Contains("no standing army", StringComparison.OrdinalIgnoreCase) || words.Contains("abolish", StringComparison.OrdinalIgnoreCase)
        || words.Contains("no army", StringComparison.OrdinalIgnoreCase) || words.Contains("no military", StringComparison.OrdinalIgnoreCase);

    private Answer TreatyDate(ParsedQuestion q, DateQuery query)
    {
        var b = Builder(q, "treaty-dates");
        var result = (DateResult)QueryExecutor.Execute(atlas, query, today)!;
        if (query.Years > 0 && result.Date is { } anniversary)
            b.Say($"The {Reading.Ordinals.Write(query.Years)} anniversary of the signing {(anniversary.FirstDay <= b.On ? "fell" : "falls")} {AnswerBuilder.OnDate(anniversary)}.");
        if (query.Subject.Kind == EntityKind.Partnership && atlas.FindPartnership(new PartnershipId(query.Subject.Id)) is { } partnership)
        {
            // A partnership is no treaty: the day it dates from, and what it is.
            b.Say(result.Date is { } from ? $"{Naming.Capitalise(Name(query.Subject))} dates from {AnswerBuilder.Date(from)}." : $"Entente's data gives no date for {Name(query.Subject)}.");
            if (partnership.Summary is { } summary)
            {
                b.Say(summary.Trim());
                b.Fact($"{partnership.Name}: {summary.Trim()}", partnership.Sources);
            }
            return result.Date is null ? b.Build() with { Answered = false } : b.Build();
        }
        if (query.Subject.Kind == EntityKind.Document && atlas.FindEvent(new EventId(query.Subject.Id)) is { } signing)
        {
            // A document known only by its signing: the day and who signed it; any other date is not recorded.
            var by = signing.Actors.Select(b.Name).ToArray();
            b.Say(result.Date is { } day
                ? $"{Naming.Capitalise(query.Subject.Name)} was signed {AnswerBuilder.OnDate(day)}{(by.Length > 0 ? $" by {AnswerBuilder.List(by)}" : "")}."
                : $"Entente's data records only the signing of {query.Subject.Name}, {AnswerBuilder.OnDate(signing.Date)}.");
            b.Fact($"{Naming.Capitalise(query.Subject.Name)}, signed {signing.Date}: {signing.Summary.Trim()}", signing.Sources);
            return result.Date is null ? b.Build() with { Answered = false } : b.Build();
        }
        var treaty = QueryExecutor.TreatyOf(atlas, query.Subject);
        var org = query.Subject.Kind == EntityKind.Actor ? atlas.Actor(new ActorId(query.Subject.Id)) : treaty?.Organization is { } id ? atlas.Actor(id) : null;
        if (treaty is null && org is null)
        {
            b.Say($"Entente's data holds no dates for {query.Subject.Name}.");
            return b.Build() with { Answered = false };
        }
        if (org is not null && query.Kind is DateKind.Founded or DateKind.Ended && query.Subject.Kind == EntityKind.Actor)
        {
            if (query.Kind == DateKind.Founded && org.Existed.From is { } from)
                b.Say($"{Naming.Start(org)} was founded {(treaty?.Signed is { } s ? $"by {Naming.Of(treaty)}, signed {AnswerBuilder.OnDate(s)}{(treaty.SignedAt is { } at ? $" in {at}" : "")}; it dates as an organization from {AnswerBuilder.Date(from)}" : $"{AnswerBuilder.OnDate(from)}")}.");
            else if (query.Kind == DateKind.Ended)
                b.Say(org.Existed.To is { } to ? $"{Naming.Start(org)} was dissolved {AnswerBuilder.OnDate(to)}." : $"{Naming.Start(org)} has not been dissolved: it exists {AnswerBuilder.OnDate(b.On)}.");
            b.Fact($"{org.Name}: existed {org.Existed}.", org.Sources);
        }
        if (treaty is not null)
        {
            var parts = new List<string>();
            if (treaty.Signed is { } signed)
                parts.Add($"was signed {AnswerBuilder.OnDate(signed)}{(treaty.SignedAt is { } at ? $" in {at}" : "")}");
            if (treaty.InForce is { } inForce)
                parts.Add($"entered into force {AnswerBuilder.OnDate(inForce)}");
            if (treaty.Ended is { } ended)
                parts.Add($"ended {AnswerBuilder.OnDate(ended)}{(treaty.EndedHow is { } how ? $" ({how.ToString().ToLowerInvariant()})" : "")}");
            else if (query.Kind == DateKind.Ended)
                parts.Add(QueryExecutor.InForce(atlas, new EntityRef(EntityKind.Treaty, treaty.Id.Value, treaty.Name), b.On).TreatyStatus == InForceStatus.NotConfirmed
                    ? $"was in force at the end of ATOP's coverage ({AnswerBuilder.Date(atlas.Dataset.AtopEnd!.Value)}), and Entente has not confirmed it since"
                    : $"is still in force {AnswerBuilder.OnDate(b.On)}");
            if (parts.Count > 0)
                b.Say($"{Naming.Capitalise(Naming.Of(treaty))} {AnswerBuilder.List(parts)}.");
            b.Fact($"{treaty.Name}: signed {treaty.Signed?.ToString() ?? "(no date)"}, in force {treaty.InForce?.ToString() ?? "(no date)"}{(treaty.Ended is { } e ? $", ended {e}" : "")}.", treaty.Sources);
        }
        if (result.Date is null && query.Kind != DateKind.Ended)
            b.Say("Entente's data has no such date.");
        return b.Build();
    }

    private Answer InForce(ParsedQuestion q, InForceQuery query)
    {
        var b = Builder(q, "in-force");
        var result = QueryExecutor.InForce(atlas, query.Subject, b.On);
        var on = AnswerBuilder.Date(b.On);
        // Yes or no by what was named: the organization when one was, else the treaty.
        var status = query.Subject.Kind == EntityKind.Actor && result.OrganizationStatus is { } o ? o : result.TreatyStatus;
        string Yes(bool inForce) => inForce != query.AsksEnded ? "Yes" : "No";
        if (result.Organization is { } org && result.OrganizationStatus is { } orgStatus)
        {
            b.Say(orgStatus switch
            {
                InForceStatus.Ended => $"{(status == orgStatus ? Yes(false) + ". " : "")}{Naming.Start(org)} was dissolved {AnswerBuilder.OnDate(org.Existed.To!.Value)}.",
                InForceStatus.NotYet => $"{(status == orgStatus ? Yes(false) + ". " : "")}{Naming.Start(org)} did not yet exist on {on}: it dates from {AnswerBuilder.Date(org.Existed.From!.Value)}.",
                _ => $"{(status == orgStatus ? Yes(true) + ". " : "")}{Naming.Start(org)} exists on {on}{(org.Existed.From is { } from ? $": it dates from {AnswerBuilder.Date(from)}" : "")}.",
            });
            b.Fact($"{org.Name}: existed {org.Existed}.", org.Sources);
        }
        if (result.Treaty is { } treaty && result.TreatyStatus is { } treatyStatus)
        {
            var lead = status == treatyStatus && query.Subject.Kind == EntityKind.Treaty;
            var name = result.Organization is not null && query.Subject.Kind == EntityKind.Actor ? $"Its treaty, {Naming.Of(treaty)}," : Naming.Capitalise(Naming.Of(treaty));
            b.Say(treatyStatus switch
            {
                InForceStatus.Ended => $"{(lead ? Yes(false) + ". " : "")}{name} ended {AnswerBuilder.OnDate(treaty.Ended!.Value)}{(treaty.EndedHow is { } how ? $" ({how.ToString().ToLowerInvariant()})" : "")}.",
                InForceStatus.NotYet => $"{(lead ? Yes(false) + ". " : "")}{name} was not in force on {on}: {(treaty.InForce is { } f ? $"it entered into force {AnswerBuilder.OnDate(f)}" : $"it was signed{(treaty.Signed is { } s ? $" {AnswerBuilder.OnDate(s)}" : "")} and Entente's data does not record its entry into force")}.",
                InForceStatus.NotConfirmed => $"{(lead ? "Not known. " : "")}{name} was in force at the end of ATOP's coverage ({AnswerBuilder.Date(atlas.Dataset.AtopEnd!.Value)}); Entente has not confirmed it since.",
                _ => $"{(lead ? Yes(true) + ". " : "")}{name} {(result.Organization is not null && query.Subject.Kind == EntityKind.Actor && result.OrganizationStatus == InForceStatus.Ended ? "is still" : "is")} in force on {on}: {(treaty.InForce is { } entered ? $"it entered into force {AnswerBuilder.OnDate(entered)}" : $"it binds from its signature {AnswerBuilder.OnDate(treaty.Signed!.Value)}")}"
                    + (result.Confirmed is { } c ? $", and a source read since ATOP's coverage ended shows it in force in {AnswerBuilder.Date(c)}." : "."),
            });
            b.Fact($"{treaty.Name}: signed {treaty.Signed?.ToString() ?? "(no date)"}, in force {treaty.InForce?.ToString() ?? "(no date)"}{(treaty.Ended is { } e ? $", ended {e}" : "")}.", treaty.Sources);
            if (result.Confirmed is not null && treaty.AfterAtop is { } after)
                b.Fact($"{treaty.Name}: confirmed in force on {after.Date} by a source read after ATOP's coverage ended.", after.Sources);
        }
        if (result.Treaty is null && result.Organization is null && query.Subject.Kind == EntityKind.Document && atlas.FindEvent(new EventId(query.Subject.Id)) is { } signing)
        {
            // Known only by its signing: not known whether it is in force, never a yes or a no.
            b.Say($"Not known. Entente's data records only the signing of {query.Subject.Name} {AnswerBuilder.OnDate(signing.Date)}, not whether it is in force.");
            b.Fact($"{Naming.Capitalise(query.Subject.Name)}, signed {signing.Date}: {signing.Summary.Trim()}", signing.Sources);
            return b.Build() with { Answered = false };
        }
        if (result.Treaty is null && result.Organization is null)
        {
            b.Say($"Entente's data holds no dates for {query.Subject.Name}.");
            return b.Build() with { Answered = false };
        }
        return b.Build();
    }

    private static string Since(PartialDate? date) => date is { } d ? $" (since {AnswerBuilder.Date(d)})" : "";

    private static string Period(PartialDate? from, PartialDate? to) =>
        $"{(from is { } f ? AnswerBuilder.Date(f) : "?")}–{(to is { } t ? AnswerBuilder.Date(t) : "")}";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd() + " …";

    private static readonly string[] RomanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

    private static string? Roman(string article) =>
        int.TryParse(article, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 15 ? RomanNumerals[n - 1] : null;

    private static string? Arabic(string article)
    {
        var i = Array.IndexOf(RomanNumerals, article.ToUpperInvariant());
        return i < 0 ? null : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
