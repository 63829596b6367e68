using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Core.Reasoning;

namespace Entente.Language.Claims;

internal static partial class ClaimJudge
{
    // The claims about policies, provisions and obligations: the result against what the words said, and the correction in words.
    private static Outcome? Policies(Atlas atlas, ReadClaim claim, QueryResult? result) => result switch
    {
        NeutralityResult r => Neutrality(atlas, r, claim.Query!.Asserted?.Holds ?? true),
        PolicyBasisResult r when claim.Kind is "neutrality-law" or "neutrality-constitution" => NeutralityBasis(atlas, claim, r),
        StatusResult r => Status(atlas, r, claim.Query!.Asserted),
        EligibilityResult r => Eligibility(r, ((EligibilityQuery)claim.Query!).WhyNot),
        ProvisionsResult r => Provisions(atlas, r, claim),
        ArticleResult r => Article(r, claim),
        PoliciesResult r when claim.Kind == "forbids-military" => ForbidsForces(atlas, r, claim),
        PoliciesResult r when claim.Query is ConstitutionQuery => ConstitutionOrigin(atlas, r),
        PoliciesResult r => PolicyTerms(atlas, r, claim),
        ParticipationsResult r when claim.Query is CooperationQuery q => CooperationAreas(atlas, r, q, claim.Topics),
        ParticipationsResult r => Participations(atlas, r, claim),
        PeacekeepingResult r => Peacekeeping(atlas, r),
        AlliesResult r => Allies(atlas, r, ((AlliesQuery)claim.Query!).Other!.Value, claim.Query!.Asserted?.Holds ?? true),
        DefendersResult r => Defenders(atlas, r, claim.Query!.Asserted?.Actors?.FirstOrDefault()),
        InvocationsResult r => Invocations(atlas, r, (InvocationsQuery)claim.Query!),
        HappeningsResult r when claim.Kind == "thwarted-exits" => ThwartedExits(atlas, r),
        HappeningsResult r => Happenings(atlas, r),
        RatificationsResult r => Ratifications(atlas, r),
        InScopeResult r => InScope(atlas, r, claim.Query!.Asserted?.Holds),
        AllianceResult r => Alliance(r, claim.Query!.Asserted?.Holds ?? true),
        BindingResult r => Binding(atlas, r, claim.Query!.Asserted?.Holds ?? true),
        SuspensionResult r => r.Suspensions.Count == 0
            ? Outcome.NotCheckable($"the data records no suspension of {atlas.Actor(r.State).Name}'s part in {Naming.Of(atlas.Actor(r.Organization))}")
            : Outcome.Supported([.. r.Suspensions.Select(e => Fact($"{e.Date}: {e.Summary}", e.Sources))]),
        _ => null,
    };

    /// <summary>
    /// "The three are legally bound to neutrality, which forbids them from joining military alliances": each state's
    /// neutrality against its recorded basis — in law (a constitution, statute, treaty or declaration), in the
    /// constitution (or a statute of constitutional rank), and barring alliances where the text says so. All hold:
    /// supported; none: contradicted; some: partly so. A state with no basis recorded leaves the claim not checkable
    /// unless another already settles it.
    /// </summary>
    private static Outcome? NeutralityBasis(Atlas atlas, ReadClaim claim, PolicyBasisResult first)
    {
        var constitutional = claim.Kind == "neutrality-constitution";
        var forbids = claim.Query!.Asserted?.Holds == true;
        var states = claim.States.Count > 0 ? claim.States : [first.State];
        var facts = new List<AnswerFact>();
        var wrong = new List<string>();
        var right = new List<string>();
        var unknown = new List<string>();
        foreach (var id in states)
        {
            var r = id == first.State ? first : (PolicyBasisResult)QueryExecutor.Execute(atlas, new PolicyBasisQuery(id, PolicyKind.Neutrality) { When = claim.Query.When }, first.On)!;
            var name = atlas.Actor(id).Name;
            var based = r.Recorded.ToArray();
            if (based.Length == 0)
            {
                unknown.Add(name);
                continue;
            }
            var basis = based.Select(b => b.Basis!).OrderByDescending(b => b.IsConstitutional).ThenByDescending(b => b.IsLegal).First();
            var policy = based.First(b => b.Basis == basis).Policy;
            facts.Add(Fact($"{name}: {policy.Name} — {Describe(basis)}.{(basis.Note is { } note ? $" {note}" : "")}", basis.Sources));
            var holds = (constitutional ? basis.IsConstitutional : basis.IsLegal) && (!forbids || basis.ForbidsAlliances != false);
            if (holds && forbids && basis.ForbidsAlliances is null)
            {
                unknown.Add(name);
                continue;
            }
            (holds ? right : wrong).Add(holds ? name : $"{name}'s neutrality is {Describe(basis)}");
        }
        if (wrong.Count == 0 && unknown.Count > 0 || right.Count + wrong.Count == 0)
            return Outcome.NotCheckable($"the data does not record the legal basis of the neutrality of {AnswerBuilder.List(unknown)}");
        if (wrong.Count == 0)
            return Outcome.Supported([.. facts]);
        var correction = $"{string.Join("; ", wrong)}.";
        return right.Count > 0 ? Outcome.Partly($"True of {AnswerBuilder.List(right)}, not of all: {correction}", [.. facts]) : Outcome.Contradicted(Naming.Capitalise(correction), [.. facts]);
    }

    private static string Describe(PolicyBasis b) => b.Kind switch
    {
        BasisKind.Policy => "a policy with no constitutional or statutory basis",
        BasisKind.Constitution => $"in its constitution ({b.Instrument}{(b.Date is { } d ? $", {d}" : "")})",
        BasisKind.Statute => $"{(b.ConstitutionalRank ? "a law of constitutional rank" : "a statute")} ({b.Instrument}{(b.Date is { } d ? $", {d}" : "")})",
        BasisKind.Treaty => $"set by a treaty ({b.Instrument}{(b.Date is { } d ? $", {d}" : "")})",
        _ => $"a declaration ({b.Instrument}{(b.Date is { } d ? $", {d}" : "")})",
    } + (b.ForbidsAlliances == true ? " that bars military alliances" : "");

    /// <summary>
    /// "Attempts to break out of the pact were brutally thwarted": the withdrawals announced and never given effect (the
    /// state still a member a year on) against the members that did withdraw. Only stopped ones: supported; some of each:
    /// partly so; none stopped: contradicted. No attempt on record either way is not checkable.
    /// </summary>
    private static Outcome? ThwartedExits(Atlas atlas, HappeningsResult r)
    {
        if (r.Query.About is not { } body)
            return null;
        var spells = QueryExecutor.Spells(atlas, body);
        bool StillIn(Event e) => e.Actors.Where(a => atlas.FindActor(a) is { IsState: true })
            .Any(a => spells.Any(p => p.Actor == a && p.Period.Contains(e.Date.FirstDay.AddYears(1))));
        var stopped = r.Events.Where(StillIn).ToArray();
        var left = spells.Where(p => p.LeftHow is LeaveHow.Withdrawal or LeaveHow.Denunciation && p.Left is not null).OrderBy(p => p.Left!.Value).ToArray();
        var facts = stopped.Select(e => Fact($"{e.Date}: {e.Summary}", e.Sources))
            .Concat(left.Select(p => Fact($"{atlas.Actor(p.Actor).Name} withdrew from {Name(atlas, body)} on {p.Left}.", p.Sources))).ToArray();
        if (stopped.Length == 0 && left.Length == 0)
            return Outcome.NotCheckable($"the data records no attempt to leave {Name(atlas, body)}");
        if (left.Length == 0)
            return Outcome.Supported(facts);
        var went = AnswerBuilder.List(left.Select(p => $"{atlas.Actor(p.Actor).Name} ({AnswerBuilder.Date(p.Left!.Value)})"));
        return stopped.Length > 0
            ? Outcome.Partly($"Not every attempt was stopped: {went} left {Name(atlas, body)}.", facts)
            : Outcome.Contradicted($"No attempt on record was stopped: {went} left {Name(atlas, body)}.", facts);
    }

    /// <summary>
    /// "Ukraine is a NATO aspirant", "Sweden joined the Partnership for Peace in 1994": the state's spells in the partnership.
    /// A state the data does not list is not known either way (a partnership's list may be incomplete), never a "no".
    /// </summary>
    private static Outcome? Status(Atlas atlas, StatusResult r, Assertion? asserted)
    {
        var state = atlas.Actor(r.State);
        var name = r.Partnership.Kind == PartnershipKind.Status ? $"{r.Partnership.Name} status" : $"the {r.Partnership.Name}";
        if (r.Spells.Count == 0)
            return Outcome.NotCheckable($"the data does not list {state.Name} in {name}");
        string Spell(Participation p) => p.Joined is { } j ? $"from {j}{(p.Left is { } l ? $" to {l}" : "")}" : $"at least from {p.KnownFrom}{(p.Left is { } l2 ? $" to {l2}" : "")}";
        var facts = r.Spells.Select(p => Fact($"{state.Name}: {r.Partnership.Name}, {Spell(p)}{(p.Note is { } n ? $"; {n}" : "")}.", p.Sources)).ToArray();
        if (asserted?.Date is { } date)
        {
            var dated = r.Spells.Where(p => p.Joined is not null).ToArray();
            if (dated.Length == 0)
                return Outcome.NotCheckable($"the data does not date when {state.Name} began in {name}");
            if (dated.Any(p => SamePrecision(p.Joined!.Value, date)))
                return Outcome.Supported(facts);
            return Outcome.Contradicted($"{Naming.Start(state)} joined {name} {AnswerBuilder.OnDate(dated[0].Joined!.Value)}, not in {date}.", facts);
        }
        var holds = asserted?.Holds ?? true;
        if ((r.Holding is not null) == holds)
            return Outcome.Supported(facts);
        return holds
            ? Outcome.Contradicted($"On {AnswerBuilder.Date(r.On)} {Naming.Of(state)} is not in {name}: {string.Join("; ", r.Spells.Select(Spell))}.", facts)
            : Outcome.Contradicted($"On {AnswerBuilder.Date(r.On)} {Naming.Of(state)} is in {name} ({Spell(r.Holding!)}).", facts);
    }

    /// <summary>Whether a day falls in the asserted date at the precision it is written ("1994" holds 9 May 1994).</summary>
    private static bool SamePrecision(PartialDate day, PartialDate asserted) =>
        day.FirstDay >= asserted.FirstDay && day.FirstDay <= asserted.LastDay;

    private static Outcome? Neutrality(Atlas atlas, NeutralityResult r, bool claimsNeutral)
    {
        var state = atlas.Actor(r.State);
        if (!r.Known)
            return Outcome.NotCheckable($"the data records neither a neutrality policy nor a defence treaty for {state.Name}");
        var facts = r.Neutrality.Select(p => Fact($"{p.Name}: {p.Summary}", p.Sources))
            .Concat(r.DefenceTreaties.Select(t => Fact($"{state.Name} is a party to {t.Name} (in force since {t.InForce}), which has a defence clause.", t.Parties.First(p => p.Actor == state.Id).Sources)))
            .ToArray();
        if (r.IsNeutral == claimsNeutral)
            return Outcome.Supported(facts);
        return claimsNeutral
            ? Outcome.Contradicted($"{Naming.Start(state)} is not neutral: it is a treaty ally under {AnswerBuilder.List(r.DefenceTreaties.Select(Naming.Of))}.", facts)
            : Outcome.Contradicted($"{Naming.Start(state)} follows a policy of neutrality: {r.Neutrality[0].Name}.", facts);
    }

    private static Outcome? Eligibility(EligibilityResult r, bool decidedNotToJoin)
    {
        var report = r.Report;
        var (state, org) = (report.State, report.Organization);
        var facts = report.Factors.Where(f => f.Kind is FactorKind.LegalBar or FactorKind.Open or FactorKind.Met).Select(f => Fact(f.Statement, f.Sources)).ToArray();
        if (report.Status == Core.Reasoning.MembershipStatus.Member)
            return Outcome.Contradicted($"{Naming.Start(state)} is {(decidedNotToJoin ? "" : "already ")}a member of {Naming.Of(org)}.", [.. report.Spells.Select(s => Fact($"{state.Name} joined on {s.Joined}.", s.Sources))]);
        if (decidedNotToJoin)
        {
            return report.IsBarred
                ? Outcome.Contradicted($"{Naming.Start(state)} cannot simply decide to join: {report.LegalBars.First().Statement} It has not been invited.", [.. report.Factors.Where(f => f.Kind is FactorKind.LegalBar or FactorKind.Open).Select(f => Fact(f.Statement, f.Sources))])
                : Outcome.NotCheckable("a state's reasons for not seeking membership are a motive, not a fact the data records");
        }
        return report.IsBarred
            ? Outcome.Partly($"{report.LegalBars.First().Statement} Admitting {Naming.Of(state)} would need a new agreement ratified by every party, besides changes in its own policy.", facts)
            : facts.Length > 0 ? Outcome.Supported(facts) : null;
    }

    private static Outcome? Provisions(Atlas atlas, ProvisionsResult r, ReadClaim claim)
    {
        var treaty = r.Treaty;
        if (claim.Terms.Count > 0)
        {
            // A pledge named by its words ("the peaceful resolution of disputes"): a provision whose title or summary holds them.
            var matching = r.Provisions.Where(x => claim.Terms.All(g => g.Any(w => $"{x.Provision.Title} {x.Provision.Summary}".Contains(w, StringComparison.OrdinalIgnoreCase)))).ToArray();
            return matching.Length > 0
                ? Outcome.Supported([.. matching.Select(x => Fact(Describe(treaty, x.Provision), x.Provision.Sources))])
                : Outcome.NotCheckable($"the data records no such provision of {treaty.Name}, and may not code every article");
        }
        var facts = r.Provisions.Select(x => Fact(Describe(treaty, x.Provision), x.Provision.Sources)).ToArray();
        if (r.Kind == ProvisionKind.Defence && claim.Query!.Asserted?.Holds == false)
        {
            // "The ANZUS Treaty has no mutual defence clause": denied, against the clause the data holds.
            return r.Provisions.FirstOrDefault() is { } held
                ? Outcome.Contradicted($"{Naming.Capitalise(Naming.Of(treaty))} has a defence clause: {Naming.Article(held.Provision.Article)}.", facts)
                : Outcome.NotCheckable($"the data records no defence clause of {treaty.Name}, and may not code every article");
        }
        if (r.Kind == ProvisionKind.Basing)
            return facts.Length == 0 ? null : Outcome.Supported(facts);
        // A pledge the data does not code is no proof that there is none ("The CSTO stipulates that an attack on one member …
        // will be interpreted as an attack on all": the pledge is the Collective Security Treaty's, which the Charter makes binding).
        if (r.Provisions.Count == 0)
            return Outcome.NotCheckable($"the data records no defence clause of {treaty.Name}, and may not code every article");
        // Asymmetric only when every defence pledge is: SEATO's Article IV binds all its parties, its Protocol extends cover one way.
        if (r.Provisions.All(x => x.Asymmetric) && r.Provisions.FirstOrDefault() is { } limited)
        {
            var p = limited.Provision;
            var inside = AnswerBuilder.List(limited.Inside.Select(a => Naming.Of(atlas.Actor(a))));
            var outside = AnswerBuilder.List(limited.Outside.Select(a => Naming.Of(atlas.Actor(a))));
            var where = p.Scope is { } scope ? $"in the {scope}" : p.Direction == Direction.OneWay ? $"on {inside}" : "in the area it names";
            return Outcome.Partly(p.Direction == Direction.OneWay
                ? $"The treaty is asymmetric: Article {p.Article} covers armed attacks {where} only; {inside} has no obligation to defend the territory of {outside}."
                : $"The treaty is asymmetric: Article {p.Article} is mutual but covers armed attacks {where} only; {inside} has no obligation to defend the territory of {outside}.", facts);
        }
        if (claim.Military && r.Provisions.FirstOrDefault(x => x.Provision.Response == Response.Discretionary) is { } discretionary)
            return Outcome.Partly(Discretion(discretionary.Provision), facts);
        return Outcome.Supported(facts);
    }

    /// <summary>"The new agreement is not binding", "the North Atlantic Treaty is legally binding": whether the document binds its parties in law, against what was said.</summary>
    private static Outcome? Binding(Atlas atlas, BindingResult r, bool said)
    {
        var partnership = r.Subject.Kind == EntityKind.Partnership ? atlas.FindPartnership(new PartnershipId(r.Subject.Id)) : null;
        AnswerFact[] facts = partnership is not null ? [Fact($"{partnership.Name}: {partnership.Summary}", r.Sources)]
            : r.Treaty is { } treaty ? [Fact($"{treaty.Name}: a treaty{(treaty.Signed is { } signed ? $", signed {signed}" : "")}{(treaty.InForce is { } inForce ? $", in force from {inForce}" : "")}.", r.Sources)]
            : [];
        return r.Binding switch
        {
            null => Outcome.NotCheckable($"the data does not say whether {r.Subject.Name} binds its parties in law"),
            true when said && r.Treaty is { Ended: { } ended } && ended.FirstDay <= r.On => Outcome.Contradicted($"{r.Subject.Name} bound its parties in law until it ended on {ended}.", facts),
            { } binds when binds == said => Outcome.Supported(facts),
            true => Outcome.Contradicted($"{r.Subject.Name} is a treaty: it binds its parties in law.", facts),
            false => Outcome.Contradicted($"{r.Subject.Name} is not legally binding: it is a political commitment, not a treaty.", facts),
        };
    }

    /// <summary>"AUKUS is not a military alliance", "NATO is a defensive alliance": whether a defence pledge binds the body, against what was said.</summary>
    private static Outcome? Alliance(AllianceResult r, bool said)
    {
        var facts = new List<AnswerFact>();
        if (r.Treaty is { } treaty && r.Pledge is { } pledge)
            facts.Add(Fact(Describe(treaty, pledge), pledge.Sources));
        if (r.Description is { } description)
            facts.Add(Fact($"{r.Subject.Name}: {description.What}", description.Sources));
        return r.IsAlliance switch
        {
            null => Outcome.NotCheckable($"the data does not say whether {r.Subject.Name} binds its parties to defend each other"),
            { } binds when binds == said => Outcome.Supported([.. facts]),
            true => Outcome.Contradicted(r.Pledge is { } p && r.Treaty is { } t
                ? $"{r.Subject.Name} binds its parties to defend each other: {Naming.Article(p.Article)} of {t.Name}."
                : $"{r.Subject.Name} binds its parties to defend each other.", [.. facts]),
            false => Outcome.Contradicted($"{r.Subject.Name} is not an alliance: no treaty binds its members to defend each other.", [.. facts]),
        };
    }

    private static Outcome? Article(ArticleResult r, ReadClaim claim)
    {
        if (claim.Quotation is { } quoted)
            return claim.Paraphrase ? Paraphrase(r, quoted) : Quotation(r, quoted);
        if (r.Treaty is not { } treaty || r.Provision is not { } p || claim.Provision is not { } said)
            return null;
        var fact = Fact(Describe(treaty, p), p.Sources);
        if (p.Kind != said)
        {
            // Only a mismatch the treaty itself settles: another of its articles is the one of that kind.
            var other = treaty.Provisions.FirstOrDefault(x => x.Kind == said);
            return other is null ? null
                : Outcome.Contradicted($"Article {p.Article} of {treaty.Name} is {Kind(p.Kind)}; Article {other.Article} is {Kind(said)}.", fact, Fact(Describe(treaty, other), other.Sources));
        }
        if (said == ProvisionKind.Defence && claim.Military && p.Response == Response.Discretionary)
            return Outcome.Partly(Discretion(p), fact);
        return Outcome.Supported(fact);
    }

    /// <summary>
    /// Words given as an article's own: the share of their content words in the article's text (spellings and endings
    /// aside: "recognized" is "recognised", "individually" "individual"). Nearly all of them there is a faithful
    /// quotation; most of them a paraphrase presented as a quotation (the article's words are the correction); fewer
    /// is not settled, since the data may quote only part of the article.
    /// </summary>
    private static Outcome? Quotation(ArticleResult r, string quoted)
    {
        if (r.Treaty is not { } treaty || r.Provision is not { } p)
            return null;
        if (p.Text is not { } text)
            return Outcome.NotCheckable($"the data does not quote the words of Article {p.Article} of {treaty.Name}");
        var said = ContentWords(quoted);
        if (said.Count < 4)
            return null;
        var words = ContentWords(text).ToHashSet(StringComparer.Ordinal);
        var share = (double)said.Count(words.Contains) / said.Count;
        var fact = Fact($"Article {p.Article} of {treaty.Name}: “{text.Trim().ReplaceLineEndings(" ")}”", p.Sources);
        if (share >= 0.9)
            return Outcome.Supported(fact);
        if (share >= 0.6)
        {
            var missing = said.Where(w => !words.Contains(w)).Distinct().ToArray();
            return Outcome.Partly($"Presented as Article {p.Article}'s words, but the article does not say {AnswerBuilder.List(missing.Select(w => $"'{w}'"))}; it reads: “{BestSentence(text, said)}”", fact);
        }
        return Outcome.NotCheckable($"the quoted words are not those the data holds for Article {p.Article} of {treaty.Name}");
    }

    /// <summary>
    /// What an article says in the text's own words: it holds when at least four in five of its content words (eight at
    /// least) are in the article's text or its summary; otherwise nothing is said (a paraphrase may word it otherwise).
    /// </summary>
    private static Outcome? Paraphrase(ArticleResult r, string said)
    {
        if (r.Treaty is not { } treaty || r.Provision is not { } p)
            return null;
        var words = ContentWords(said);
        if (words.Count < 8)
            return null;
        var known = ContentWords((p.Text ?? "") + " " + (p.Summary ?? "") + " " + (p.Trigger ?? "")).ToHashSet(StringComparer.Ordinal);
        var share = (double)words.Count(known.Contains) / words.Count;
        return share >= 0.8 ? Outcome.Supported(Fact(p.Text is { } text ? $"Article {p.Article} of {treaty.Name}: “{text.Trim().ReplaceLineEndings(" ")}”" : Describe(treaty, p), p.Sources)) : null;
    }

    private static readonly HashSet<string> QuoteStopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "that", "is", "are", "be", "been", "shall", "will", "which", "by", "for",
        "with", "as", "it", "its", "them", "they", "their", "such", "this", "these", "those", "so", "if", "each", "other", "we", "he", "she",
    };

    private static List<string> ContentWords(string text)
    {
        var words = new List<string>();
        foreach (var raw in text.Split([' ', '\n', '\r', '\t', ',', '.', ';', ':', '(', ')', '“', '”', '"', '‘', '’', '\'', '-', '–', '—'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.ToLowerInvariant().Replace('z', 's');
            if (QuoteStopWords.Contains(w))
                continue;
            foreach (var ending in (string[])["ly", "ed", "es", "s", "d"])
            {
                if (w.Length > ending.Length + 3 && w.EndsWith(ending, StringComparison.Ordinal))
                {
                    w = w[..^ending.Length];
                    break;
                }
            }
            words.Add(w);
        }
        return words;
    }

    // The sentence of the article's text that holds most of the quoted words.
    private static string BestSentence(string text, List<string> said) =>
        text.ReplaceLineEndings(" ").Split(". ", StringSplitOptions.RemoveEmptyEntries)
            .MaxBy(sentence => said.Count(ContentWords(sentence).Contains))!.Trim().TrimEnd('.') + ".";

    private static string Discretion(Provision p) =>
        $"Article {p.Article} leaves each party to take the action it deems necessary{(p.Conditions.Count > 0 ? $" ({string.Join("; ", p.Conditions)})" : "")}: military assistance is not required of every member.";

    private static string Kind(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Defence => "the defence clause",
        ProvisionKind.Consultation => "the consultation clause",
        ProvisionKind.Basing => "the basing clause",
        ProvisionKind.Scope => "the article that defines the area",
        ProvisionKind.Accession => "the accession clause",
        ProvisionKind.Withdrawal => "the withdrawal clause",
        _ => "another provision",
    };

    private static string Describe(Treaty treaty, Provision p) =>
        $"Article {p.Article} of {treaty.Name}{(p.Direction is { } d && p.Kind == ProvisionKind.Defence ? d == Direction.OneWay ? " (one-way)" : " (mutual)" : "")}: {p.Summary}{(p.Scope is { } s ? $" Scope: {s}." : "")}";

    private static Outcome? PolicyTerms(Atlas atlas, PoliciesResult r, ReadClaim claim)
    {
        var actor = atlas.Actor(r.Actor);
        var policy = r.InForce.FirstOrDefault(p => Holds(p, claim.Terms));
        if (policy is not null && claim.Query?.Asserted?.Date is { Day: > 0 } said)
            return Enacted(policy, said);
        return policy is null
            ? Outcome.NotCheckable($"the data records no such policy of {actor.Name}")
            : Outcome.Supported(Fact($"{policy.Name}{(policy.From is { } from ? $" (since {from})" : "")}: {(policy.Terms.Count > 0 ? string.Join("; ", policy.Terms) + "." : policy.Summary)}", policy.Sources));
    }

    /// <summary>
    /// "The anti-nuclear law was passed on June 1, 1987": supported when the day (a day either side) is the policy's start or
    /// a step of its history; a day in the year the policy began that is neither is contradicted with the start; a day
    /// in another year may speak of another law, and is not checkable.
    /// </summary>
    private static Outcome Enacted(Policy policy, PartialDate said)
    {
        static bool Near(PartialDate a, PartialDate b) => a.Day > 0 && b.Day > 0 && Math.Abs(a.FirstDay.DayNumber - b.FirstDay.DayNumber) <= 1;
        var facts = new List<AnswerFact>();
        if (policy.From is { } from)
            facts.Add(Fact($"{policy.Name}: in force from {from}.", policy.Sources));
        if (policy.History.FirstOrDefault(h => Near(h.Date, said)) is { } step)
            return Outcome.Supported(Fact($"{step.Date}: {step.What}.", step.Sources));
        if (policy.From is { } start && Near(start, said))
            return Outcome.Supported([.. facts]);
        if (policy.From is not { } begun || begun.Year != said.Year)
            return Outcome.NotCheckable($"the data records {policy.Name} from {policy.From?.ToString() ?? "an unknown date"}, and the text may speak of another law");
        facts.AddRange(policy.History.Where(h => h.Date.Year == said.Year).Select(h => Fact($"{h.Date}: {h.What}.", h.Sources)));
        return Outcome.Contradicted($"{policy.Name} was enacted {AnswerBuilder.OnDate(begun)}, not {AnswerBuilder.Date(said)}.", [.. facts]);
    }

    /// <summary>Whether a policy's terms (or its name and summary) hold every group of words, by one word of each.</summary>
    private static bool Holds(Policy p, IReadOnlyList<string[]> terms)
    {
        var text = string.Join(" | ", p.Terms.Append(p.Name).Append(p.Summary ?? ""));
        return terms.All(group => group.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    private static Outcome? ForbidsForces(Atlas atlas, PoliciesResult r, ReadClaim claim)
    {
        var state = atlas.Actor(r.Actor);
        var constitution = r.InForce.FirstOrDefault(p => p.Kind == PolicyKind.Constitutional && p.Terms.Any(t => claim.Terms.All(g => g.Any(w => t.Contains(w, StringComparison.OrdinalIgnoreCase)))));
        if (constitution is null)
            return Outcome.NotCheckable($"the data records no constitutional bar on armed forces for {state.Name}");
        var facts = new List<AnswerFact> { Fact($"{constitution.Name}: {string.Join("; ", constitution.Terms)}.", constitution.Sources) };
        // Forces kept all the same, under a law or a reading of the constitution (Japan's Self-Defense Forces).
        var forces = r.InForce.FirstOrDefault(p => p.Kind is PolicyKind.Law or PolicyKind.Doctrine && p.Aliases.Append(p.Name).Any(n => n.Contains("Forces", StringComparison.Ordinal)));
        if (forces is null)
            return Outcome.Supported([.. facts]);
        facts.Add(Fact($"{forces.Name} (since {forces.From}): {forces.Terms.FirstOrDefault()}.", forces.Sources));
        var name = forces.Aliases.FirstOrDefault(n => n.Contains("Forces", StringComparison.Ordinal)) ?? forces.Name;
        return Outcome.Partly($"{constitution.Name} says forces will never be maintained, yet {Naming.Of(state)} has maintained the {name} since {forces.From?.Year} under the government's reading that forces for self-defence are allowed.", [.. facts]);
    }

    private static Outcome? ConstitutionOrigin(Atlas atlas, PoliciesResult r)
    {
        var state = atlas.Actor(r.Actor);
        var constitution = r.InForce.FirstOrDefault(p => p.History.Count > 0);
        if (constitution is null)
            return Outcome.NotCheckable("how a constitution came about is history the data does not record here");
        var facts = constitution.History.Select(h => Fact($"{h.Date}: {h.What}.", h.Sources)).ToArray();
        var drafted = constitution.History.FirstOrDefault(h => h.What.Contains("draft", StringComparison.OrdinalIgnoreCase));
        var enacted = constitution.History.FirstOrDefault(h => h.What.Contains("passed", StringComparison.OrdinalIgnoreCase) || h.What.Contains("adopted", StringComparison.OrdinalIgnoreCase));
        if (drafted is null || enacted is null)
            return Outcome.NotCheckable("the data does not record who drafted and who adopted the constitution");
        static string Clause(string what) => what.StartsWith("The ", StringComparison.Ordinal) ? "the " + what[4..] : what;
        return Outcome.Partly($"The constitution was drafted under the occupation and adopted by {Naming.Of(state)}'s own legislature: {AnswerBuilder.OnDate(drafted.Date)} {Clause(drafted.What)}; {AnswerBuilder.OnDate(enacted.Date)} {Clause(enacted.What)}. 'Imposed' simplifies a contested history.", facts);
    }

    private static Outcome? Participations(Atlas atlas, ParticipationsResult r, ReadClaim claim)
    {
        var state = atlas.Actor(r.State);
        var facts = r.Engagements.Select(e => Fact($"{state.Name} takes part in the {e.Partnership.Name} (since {e.From}).", e.Participation.Sources)).ToArray();
        if (claim.Query!.Asserted?.Holds == false)
        {
            // "…on a case-by-case basis": a standing programme says otherwise.
            if (r.Engagements.Count == 0)
                return Outcome.NotCheckable($"the data records no standing programme of {state.Name}");
            var org = r.Engagements[0].Partnership.Organization is { } o ? Naming.Of(atlas.Actor(o)) : "the organization";
            return Outcome.Partly($"{Naming.Start(state)} cooperates with {org} through standing arrangements ({AnswerBuilder.List(r.Engagements.Select(e => e.Partnership.Name))}), not only case by case.", facts);
        }
        return r.Engagements.Count == 0 ? Outcome.NotCheckable($"the data records no such partnership of {state.Name}") : Outcome.Supported(facts);
    }

    private static Outcome? CooperationAreas(Atlas atlas, ParticipationsResult r, CooperationQuery q, IReadOnlyList<string> areas)
    {
        var (state, org) = (atlas.Actor(q.State), atlas.Actor(q.Organization));
        if (r.Engagements.Count == 0)
            return Outcome.NotCheckable($"the data records no cooperation between {state.Name} and {org.Name}");
        var found = areas.Where(a => r.Engagements.Any(e => e.Partnership.Areas.Any(area => Questions.Topics.Matches(area, a)) || Questions.Topics.Matches(e.Partnership.Summary ?? "", a))).ToArray();
        var facts = r.Engagements.Where(e => e.Partnership.Areas.Count > 0)
            .Select(e => Fact($"{e.Partnership.Name} ({e.From}–{e.Participation.Left ?? e.Partnership.To}); areas: {string.Join(", ", e.Partnership.Areas)}.", e.Participation.Sources.Concat(e.Partnership.Sources))).ToArray();
        if (found.Length == 0 || facts.Length == 0)
            return Outcome.NotCheckable($"the data records none of these areas ({string.Join(", ", areas)}) in {state.Name}'s cooperation with {org.Name}");
        var missing = areas.Except(found).ToArray();
        if (missing.Length == 0 || found.Length * 2 >= areas.Count)
            return new Outcome(Verdict.Supported, missing.Length == 0 ? null : $"The data confirms {string.Join(", ", found)}; it does not record {string.Join(", ", missing)}.", facts);
        return Outcome.Partly($"The data confirms {string.Join(", ", found)} but not {string.Join(", ", missing)}.", facts);
    }

    private static Outcome? Peacekeeping(Atlas atlas, PeacekeepingResult r)
    {
        var state = atlas.Actor(r.State);
        var laws = r.Laws.Where(l => l.Aliases.Append(l.Name).Any(n => n.Contains("Peacekeeping", StringComparison.OrdinalIgnoreCase))).ToArray();
        if (laws.Length == 0 && r.Deployments.Count == 0)
            return Outcome.NotCheckable($"the data records no peacekeeping law or deployment for {state.Name}");
        return Outcome.Supported([.. laws.Select(l => Fact($"{l.Name} (since {l.From}): {string.Join("; ", l.Terms)}.", l.Sources)),
            .. r.Deployments.Select(d => Fact($"{d.Partnership.Name} ({d.From}–{d.Participation.Left ?? d.Partnership.To}).", d.Participation.Sources))]);
    }

    private static Outcome? Allies(Atlas atlas, AlliesResult r, ActorId ally, bool holds)
    {
        var state = atlas.Actor(r.State);
        var facts = r.DefenceTreaties.Select(t => Fact($"{state.Name} is a party to {t.Name}, in force since {t.InForce}.", t.Sources)).ToArray();
        var allied = r.With.Count > 0;
        if (facts.Length == 0)
            return Outcome.NotCheckable($"the data records no defence treaty of {state.Name}");
        if (allied == holds)
            return Outcome.Supported(facts);
        return allied
            ? Outcome.Contradicted($"{Naming.Start(state)} is allied with {Naming.Of(atlas.Actor(ally))} under {AnswerBuilder.List(r.With.Select(Naming.Of))}.", facts)
            : Outcome.Contradicted($"{Naming.Start(state)} has no defence treaty with {Naming.Of(atlas.Actor(ally))} in the data.", facts);
    }

    private static Outcome? Defenders(Atlas atlas, DefendersResult r, ActorId? guarantor)
    {
        var target = atlas.Actor(r.Query.State);
        var binding = r.Analysis.Obligations.Where(o => o.IsDefence && o.Coverage != Coverage.NotCovered && (guarantor is null ? o.Guarantors.Count > 0 : o.Guarantors.Contains(guarantor.Value))).ToArray();
        if (binding.Length == 0)
            return Outcome.Contradicted($"No treaty in the data obliges {(guarantor is null ? "any state" : Naming.Of(atlas.Actor(guarantor.Value)))} to defend {Naming.Of(target)}.", Fact($"{target.Name}: no defence obligation towards it in the data on {r.On:yyyy-MM-dd}.", target.Sources));
        var o = binding[0];
        var p = o.Provision;
        var fact = Fact($"Article {p.Article} of {o.Treaty.Name}: {p.Summary}{(p.Scope is { } s ? $" Scope: {s}." : "")}{(p.Conditions.Count > 0 ? $" Conditions: {string.Join("; ", p.Conditions)}." : "")}", p.Sources);
        if (p.Response != Response.Automatic && p.Response is not null || p.Scope is not null)
        {
            var procedure = p.Conditions.FirstOrDefault(c => c.StartsWith("in accordance", StringComparison.OrdinalIgnoreCase));
            return Outcome.Partly($"Under Article {p.Article} {(guarantor is null ? "the parties" : Naming.Of(atlas.Actor(guarantor.Value)))} would act against an armed attack{(p.Scope is { } scope ? $" in the {scope}" : "")}{(procedure is null ? "" : $", {procedure}")}: the commitment is {(p.Scope is not null ? "limited to that area and " : "")}not automatic.", fact);
        }
        return Outcome.Supported(fact);
    }

    private static Outcome? Invocations(Atlas atlas, InvocationsResult r, InvocationsQuery q)
    {
        var facts = r.Invocations.Select(x => Fact($"{x.Date}: {x.Summary}", x.Sources)).ToArray();
        if (facts.Length == 0)
            return Outcome.NotCheckable($"the data records no invocation of Article {q.Article}");
        var said = q.Asserted!;
        if (said.Actors is { Count: > 0 } requesters)
            return Requested(atlas, r, q, requesters, facts);
        var holds = said.Number is { } n ? n == r.Count : r.Count >= (said.AtLeast ?? 1);
        if (holds)
            return Outcome.Supported(facts);
        // "Many times" against fewer on record may be a gap in the data (its invocations are a lower bound); a number said exactly is judged.
        if (said.Number is null && said.AtLeast > r.Count)
            return Outcome.NotCheckable($"the data records {r.Count} invocation{(r.Count == 1 ? "" : "s")} of Article {q.Article} and may not list every one");
        return Outcome.Contradicted($"Article {q.Article} has been invoked {(r.Count == 1 ? "once" : $"{r.Count} times")}: {AnswerBuilder.List(r.Invocations.Select(x => AnswerBuilder.Date(x.Date)))}.", facts);
    }

    /// <summary>
    /// "Turkey requested consultations in 2020": an invocation by those states (in that year, where said). One by more
    /// states than the text names or counts is partly so; none on record is not a "no" (the record may be incomplete).
    /// </summary>
    private static Outcome? Requested(Atlas atlas, InvocationsResult r, InvocationsQuery q, IReadOnlyList<ActorId> requesters, AnswerFact[] facts)
    {
        var said = q.Asserted!;
        var inYear = r.Invocations.Where(x => said.Date is not { } d || x.Date.Year == d.Year && (d.Month == 0 || x.Date.Month == 0 || d.Month == x.Date.Month)).ToArray();
        var byThem = inYear.Where(x => requesters.All(x.Actors.Contains)).ToArray();
        if (byThem.Length == 0)
            return Outcome.NotCheckable($"the data records no invocation of Article {q.Article} by {AnswerBuilder.List(requesters.Select(a => atlas.Actor(a).Name))}{(said.Date is { } y ? $" in {y.Year}" : "")} and may not list every one");
        var match = byThem[0];
        var fact = facts[Array.IndexOf([.. r.Invocations], match)];
        // The requesting states of the invocation (its actors other than the organization).
        var states = match.Actors.Where(a => atlas.FindActor(a) is { IsState: true }).ToArray();
        var counted = said.Number ?? requesters.Count;
        if (said.Number is not null && counted < states.Length)
            return Outcome.Partly($"On {AnswerBuilder.Date(match.Date)} the request came from {states.Length} states, not {counted}: {match.Summary}", fact);
        return Outcome.Supported(fact);
    }

    private static Outcome? InScope(Atlas atlas, InScopeResult r, bool? saysInside)
    {
        if (r.Scope is not { } scope || r.Inside is not { } inside || saysInside is null)
            return null;
        var state = atlas.Actor(r.State);
        var fact = Fact($"Article {scope.Article} of {r.Treaty!.Name}: {scope.Summary}", scope.Sources);
        if (inside == saysInside)
            return Outcome.Supported(fact);
        // Territory inside the area while the text speaks of its concerns elsewhere: a judgement the data cannot settle.
        return Outcome.NotCheckable($"{state.Name}'s territory lies {(inside ? "inside" : "outside")} the area of Article {scope.Article}; the claim is a judgement about its concerns");
    }
}
