using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Claims;

/// <summary>
/// Reads the claims of a sentence that are about policies, provisions and obligations rather than dates and
/// memberships: each phrase of <see cref="ClaimLexicon"/> (outside a name) opens a frame whose words run from
/// the coordinator before it ("…and enables the presence of U.S. bases") to the coordinator before the next
/// frame or the clause's end. The frame fills its roles from the names in its words, then in its sentence,
/// then — when the sentence refers back ("it", "this", "the treaty") — from the text before; it gives the typed
/// query the claim asserts, or nothing when a role stays empty (an unread claim is better than a misread one).
/// </summary>
internal static class ClaimFrames
{
    private static readonly HashSet<string> Anaphors = new(StringComparer.Ordinal) { "it", "its", "this", "these", "they", "their", "treaty", "constitution", "country", "nation", "pact", "alliance", "law" };

    public static List<ReadClaim> Read(ClaimContext context, Analysis a, IReadOnlyList<(int Start, int End)> clauses)
    {
        var tokens = a.Tokens;
        if (tokens.Count == 0)
            return [];
        var hits = Hits(a);
        if (hits.Count == 0)
            return [];
        var sentenceReading = new SentenceReading(context, a, clauses, tokens.Any(t => Anaphors.Contains(t.Norm)));
        // Two passes: a phrase that gives no claim ("attack on any member") must not cut its neighbour's words.
        var read = Build(sentenceReading, hits);
        var effective = hits.Where((h, i) => read[i] is not null).ToList();
        if (effective.Count < hits.Count)
            read = Build(sentenceReading, effective);
        return [.. read.OfType<ReadClaim>()];
    }

    private static List<ReadClaim?> Build(SentenceReading s, List<Hit> hits)
    {
        var claims = new List<ReadClaim?>();
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var clause = s.ClauseOf(hit.First);
            var previous = i > 0 && s.ClauseOf(hits[i - 1].First) == clause ? hits[i - 1] : null;
            var next = i + 1 < hits.Count && s.ClauseOf(hits[i + 1].First) == clause ? hits[i + 1] : null;
            var (first, last) = s.ClauseTokens(clause);
            var start = ClaimLexicon.IsAdjunct(hit.Predicate) ? hit.First : SegmentStart(s.A, hit, previous, first);
            var end = next is null ? last : SegmentEnd(s.A, hit, next);
            // A comma after the frame's words starts an adjunct of its own ("…, due to the fall of missiles"): the claim ends there.
            if (hit.Predicate is not (Predicate.Cooperate or Predicate.Motive))
            {
                for (var k = hit.Last + 1; k <= end; k++)
                {
                    if (s.A.Tokens[k].Norm == "," && !(k > 0 && s.A.Mentions.Any(m => m.Last == k - 1) && s.A.Mentions.Any(m => m.First == k + 1)))
                    {
                        end = k - 1;
                        break;
                    }
                }
            }
            claims.Add(Frame(s, hit, new Segment(start, end)));
        }
        return claims;
    }

    private static int SegmentStart(Analysis a, Hit hit, Hit? previous, int clauseFirst)
    {
        var floor = previous is null ? clauseFirst : previous.Last + 1;
        for (var i = hit.First - 1; i >= floor; i--)
        {
            if (IsCoordinator(a, i))
                return i + 1;
        }
        return floor;
    }

    private static int SegmentEnd(Analysis a, Hit hit, Hit next)
    {
        for (var i = next.First - 1; i > hit.Last; i--)
        {
            if (IsCoordinator(a, i))
                return i - 1;
        }
        return next.First - 1;
    }

    // "and" between two names joins the names ("Japan and NATO collaborate"), not two predicates.
    private static bool IsCoordinator(Analysis a, int i) =>
        ClaimLexicon.IsCoordinator(a.Tokens[i].Norm)
        && !(a.Mentions.Any(m => m.Last == i - 1) && a.Mentions.Any(m => m.First == i + 1 || m.First == i + 2 && a.Tokens[i + 1].Norm == "the"));

    /// <summary>Every phrase of the claim lexicon outside a name, longest first; a predicate said twice in a row (within three words) counts once.</summary>
    private static List<Hit> Hits(Analysis a)
    {
        var inName = new bool[a.Tokens.Count];
        foreach (var m in a.Mentions)
        {
            for (var i = m.First; i <= m.Last && i < inName.Length; i++)
                inName[i] = true;
        }
        var hits = new List<Hit>();
        for (var i = 0; i < a.Tokens.Count; i++)
        {
            if (inName[i] || !ClaimLexicon.ByFirstWord.TryGetValue(a.Tokens[i].Norm, out var phrases))
                continue;
            foreach (var (words, predicate) in phrases)
            {
                if (i + words.Length > a.Tokens.Count || !Enumerable.Range(0, words.Length).All(k => a.Tokens[i + k].Norm == words[k] && !inName[i + k]))
                    continue;
                if (hits.Count == 0 || hits[^1].Predicate != predicate || i - hits[^1].Last > 3)
                    hits.Add(new Hit(predicate, i, i + words.Length - 1));
                i += words.Length - 1;
                break;
            }
        }
        return hits;
    }

    private static ReadClaim? Frame(SentenceReading s, Hit hit, Segment seg)
    {
        ReadClaim Claim(Query? query, string kind) => new(query, s.Start(seg.First), s.End(seg.Last), kind);
        var a = s.A;
        switch (hit.Predicate)
        {
            case Predicate.Motive:
                return Claim(null, "motive") with { Opinion = "a motive or a historical interpretation; no treaty article states it" };
            case Predicate.Judgement:
                return Claim(null, "judgement") with { Opinion = "a degree, a reputation or a characterisation is a judgement, not a fact the data records" };
            case Predicate.Neutral:
                {
                    // "the three are legally bound to neutrality", "adding neutrality to its constitution": the policy's basis in law.
                    if (s.Has(seg, Cue.Constitution) || s.Words(seg).Any(w => w is "legally" or "law" or "bound" or "constitutional" or "enshrined"))
                        return NeutralityBasis(s, hit, seg);
                    if (s.Words(seg).Contains("what"))
                        return null;
                    if (s.StateIn(seg, hit) is not { } state)
                        return null;
                    // "Non-aligned Finland had asked to join in May 2022": an attributive word describes the state at the
                    // time of its clause, not on the text's date.
                    var attributive = s.StateAt(hit.Last + 1) is { } described && described.Id == state.Id;
                    var then = attributive ? s.EventDate(seg.First, seg.Last, hit.First).Date : null;
                    return Claim(new NeutralityQuery(state.Id) { Asserted = new Assertion(Holds: !s.NegatedBefore(hit)), When = then is { } d ? TimeSpec.OnDay(d.FirstDay) : TimeSpec.Now }, "neutrality");
                }
            case Predicate.NotToJoin or Predicate.CouldJoin:
                {
                    if (s.State(seg, hit) is not { } state || s.Organization(seg) is not { } org)
                        return null;
                    return Claim(new EligibilityQuery(state.Id, org.Id, WhyNot: hit.Predicate == Predicate.NotToJoin), hit.Predicate == Predicate.NotToJoin ? "decision-not-to-join" : "could-join");
                }
            case Predicate.Ratified:
                return Ratified(s, hit, seg);
            case Predicate.Binding:
                return Binding(s, hit, seg) is { } binding ? Claim(binding, "binding") : null;
            case Predicate.MutualDefence or Predicate.Alliance:
                return DefencePledge(s, hit, seg) is { } pledge ? Claim(pledge, hit.Predicate == Predicate.Alliance ? "is-alliance" : "mutual-defence") : null;
            case Predicate.Guarantee:
                {
                    // "…an armed attack on Japan": the state right after the phrase is the one defended.
                    var target = s.StateAt(hit.Last + 1) ?? s.StateAt(hit.Last + 2);
                    if (target is null || !s.Has(seg, Cue.Defend))
                        return null;
                    var guarantor = s.StatesIn(seg).FirstOrDefault(x => x.Id != target.Id);
                    return Claim(new DefendersQuery(target.Id) { Asserted = new Assertion(Holds: true, Actors: guarantor is null ? null : [guarantor.Id]) }, "defence-guarantee");
                }
            case Predicate.CollectiveDefence or Predicate.Consult:
                {
                    var kind = hit.Predicate == Predicate.Consult ? ProvisionKind.Consultation : ProvisionKind.Defence;
                    var military = s.Words(seg).Zip(s.Words(seg).Skip(1)).Any(p => p.First == "military" && p.Second is "assistance" or "aid" or "support" or "response" or "action")
                        || s.Text(seg).Contains("armed force", StringComparison.OrdinalIgnoreCase);
                    if (s.Article() is { } article && s.Treaty(seg) is { } treaty)
                    {
                        // "Under Article 5, an attack on one is an attack on all" after a paragraph on ANZUS: a treaty only the text
                        // before named, whose article of that number is of another kind, is not the one meant. Unread.
                        if (!s.NamesABody && treaty.Provisions.FirstOrDefault(p => QueryExecutor.SameArticle(p.Article, article)) is { } held && held.Kind != kind)
                            return null;
                        return Claim(new ArticleQuery(article, treaty.Id, null), "article") with { Provision = kind, Military = military };
                    }
                    if (hit.Predicate == Predicate.Consult || DefencePledge(s, hit, seg) is not { } collective)
                        return null;
                    return collective is IsAllianceQuery ? Claim(collective, "is-alliance") : Claim(collective, "collective-defence") with { Military = military, Collective = true };
                }
            case Predicate.Basing:
                return s.Has(seg, Cue.Basing) && s.Treaty(seg) is { } basing ? Claim(new ProvisionsQuery(basing.Id, ProvisionKind.Basing) { Asserted = new Assertion(Holds: true) }, "basing") : null;
            case Predicate.Renounce:
                {
                    if (!s.Words(seg, hit.Last + 1).Any(w => w is "force" or "war" or "wars") || s.State(seg, hit) is not { } state)
                        return null;
                    return Claim(new PoliciesQuery(state.Id, PolicyKind.Constitutional), "renounces-force") with { Terms = [["renounce"], ["force", "war"]] };
                }
            case Predicate.Forbid:
                {
                    if (!s.Has(seg, Cue.Army, after: hit.Last) || s.Has(seg, Cue.Ally) || s.State(seg, hit) is not { } state)
                        return null;
                    return Claim(new PoliciesQuery(state.Id, null), "forbids-military") with { Terms = [["forces"], ["never", "not be maintained"]] };
                }
            case Predicate.SelfDefence:
                return s.State(seg, hit) is { } defensive ? Claim(new PoliciesQuery(defensive.Id, PolicyKind.Doctrine), "self-defence-only") with { Terms = [["self-defense", "self-defence", "defensive"]] } : null;
            case Predicate.NonNuclear:
                {
                    if (s.State(seg, hit) is not { } free)
                        return null;
                    // "when the anti-nuclear law was passed …, on June 1, 1987": the day the policy is said to have been enacted.
                    var (enacted, dateLast) = Enacted(s, hit);
                    var claim = Claim(new PoliciesQuery(free.Id, PolicyKind.Nuclear) { Asserted = enacted is null ? null : new Assertion(Date: enacted) }, "non-nuclear")
                        with
                    { Terms = [["nuclear"], ["not ", "non-", "free", "prohibit", "renounce", "ban"]] };
                    // "… for its ban on nuclear-armed and powered ships": the phrase from its possessive on, not the clause it ends.
                    if (enacted is null && hit.First > 0 && a.Tokens[hit.First - 1].Norm is "its" or "their")
                        claim = claim with { Start = s.Start(hit.First - (hit.First > 1 && a.Tokens[hit.First - 2].Norm == "for" ? 2 : 1)) };
                    // The claim is the law's clause ("the anti-nuclear law was passed … 1987"), not the clause it dates ("He had his head in medical books … when").
                    var lawFirst = hit.First > 0 && s.A.Tokens[hit.First - 1].Norm is "the" or "its" or "a" ? hit.First - 1 : hit.First;
                    return dateLast > 0 ? claim with { Start = s.Start(lawFirst), End = Math.Max(claim.End, s.End(dateLast)) } : claim;
                }
            case Predicate.NuclearPosture:
                {
                    // "NATO's nuclear deterrence strategy": whose posture is named in the words, never taken from the text before.
                    var owner = s.OrganizationIn(seg) ?? s.StatesIn(seg).FirstOrDefault();
                    return owner is null ? null : Claim(new PoliciesQuery(owner.Id, PolicyKind.Nuclear), "nuclear-posture") with { Terms = [["nuclear"]] };
                }
            case Predicate.Imposed:
                return s.Has(Cue.Constitution) && s.State(seg, hit) is { } imposed ? Claim(new ConstitutionQuery(imposed.Id), "constitution-origin") : null;
            case Predicate.AlliedWith:
                {
                    var ally = s.StatesIn(seg).FirstOrDefault(x => s.MentionOf(x)?.First > hit.Last);
                    var state = s.StatesIn(seg).LastOrDefault(x => s.MentionOf(x)?.First < hit.First) ?? s.State(seg, hit, inWords: false);
                    if (ally is null || state is null || ally.Id == state.Id || a.Has(Cue.Leave))
                        return null;
                    return Claim(new AlliesQuery(state.Id, ally.Id) { Asserted = new Assertion(Holds: !s.NegatedBefore(hit)) }, "main-ally");
                }
            case Predicate.Area:
                {
                    var words = s.Words(seg).ToArray();
                    bool? inside = words.Any(w => w is "differs" or "differ" or "different" or "outside" or "beyond") ? false
                        : words.Any(w => w is "within" or "inside") ? true : null;
                    if (inside is null || s.State(seg, hit) is not { } state || s.Organization(seg) is not { } org)
                        return null;
                    return Claim(new InScopeQuery(state.Id, Slots.Ref(org)) { Asserted = new Assertion(Holds: inside) }, "area");
                }
            case Predicate.Forum:
                return s.State(seg, hit) is { } member ? Claim(new ParticipationsQuery(member.Id, null, [PartnershipKind.Forum]) { Asserted = new Assertion(Holds: true) }, "regional-forums") : null;
            case Predicate.Peacekeeping:
                return s.State(seg, hit) is { } keeper && !s.NegatedBefore(hit) ? Claim(new PeacekeepingQuery(keeper.Id) { Asserted = new Assertion(Holds: true) }, "peacekeeping") : null;
            case Predicate.CaseByCase:
                {
                    if (s.State(seg, hit) is not { } state || s.Organization(seg) is not { } org)
                        return null;
                    return Claim(new ParticipationsQuery(state.Id, org.Id, [PartnershipKind.Programme, PartnershipKind.Status, PartnershipKind.Mission]) { Asserted = new Assertion(Holds: false) }, "case-by-case");
                }
            case Predicate.Cooperate:
                {
                    if (s.StatesIn(seg).FirstOrDefault() is not { } state || s.OrganizationIn(seg) is not { } org)
                        return null;
                    var (areas, lastArea) = Areas(s, hit.Last + 1);
                    if (areas.Count == 0)
                        return null;
                    return new ReadClaim(new CooperationQuery(state.Id, org.Id), s.Start(seg.First), s.End(Math.Max(seg.Last, lastArea)), "cooperation-areas") { Topics = areas };
                }
            case Predicate.Suspend:
                {
                    // "Armenia has frozen its participation in the CSTO": a part, not a treaty's obligations, is what is frozen.
                    if (!s.Words(seg).Any(w => w is "participation" or "membership") || s.NegatedBefore(hit) || s.State(seg, hit) is not { } state || s.Organization(seg) is not { } org)
                        return null;
                    return Claim(new SuspensionQuery(state.Id, org.Id) { Asserted = new Assertion(Holds: true) }, "suspension");
                }
            case Predicate.Invade:
                return Invasion(s, hit, seg);
            case Predicate.Announce:
                return Announcement(s, hit, seg);
            case Predicate.Cause:
                return Cause(s, hit);
            case Predicate.PactsWith:
                return PactsWith(s, hit);
            case Predicate.Toll:
                return Toll(s, hit);
            case Predicate.Only:
                return Only(s, hit);
            case Predicate.PeacefulSettlement:
                // "NATO … is 'committed to the peaceful resolution of disputes'": a provision of the body's treaty that says so.
                return !s.NegatedBefore(hit) && s.Treaty(seg) is { } settling
                    ? new ReadClaim(new ProvisionsQuery(settling.Id, ProvisionKind.Other) { Asserted = new Assertion(Holds: true) }, s.Start(hit.First), s.End(hit.Last), "peaceful-settlement")
                    {
                        Terms = [["peaceful"], ["dispute", "disputes"]],
                    }
                    : null;
            case Predicate.ThwartedExits:
                {
                    // "Attempts to break out of the pact were brutally thwarted by Soviet military power": every attempt stopped.
                    var (clauseFirst, clauseLast) = s.ClauseTokens(s.ClauseOf(hit.First));
                    var stopped = s.Words(new Segment(hit.Last + 1, clauseLast)).Any(w => w is "thwarted" or "crushed" or "suppressed" or "prevented" or "stopped" or "blocked" or "foiled" or "quashed" or "repressed");
                    if (!stopped || s.NegatedBefore(hit) || s.Organization(new Segment(clauseFirst, clauseLast)) is not { } pact)
                        return null;
                    return new ReadClaim(new HappeningsQuery([EventKind.Announcement]) { About = Slots.Ref(pact), Announces = EventKind.Withdrawal }, s.Start(clauseFirst), s.End(clauseLast), "thwarted-exits");
                }
            case Predicate.BeganLeaving:
                {
                    // "…, and the member states began to withdraw in 1991": when the first member left the body.
                    var (clauseFirst, clauseLast) = s.ClauseTokens(s.ClauseOf(hit.First));
                    if (s.NegatedBefore(hit) || s.EventDate(hit.Last + 1, clauseLast, hit.Last).Date is not { } began || s.Organization(seg) is not { } left)
                        return null;
                    var from = Enumerable.Range(seg.First, Math.Max(0, hit.First - seg.First)).FirstOrDefault(i => a.Tokens[i].Norm is "the" or "its" or "member" or "members", hit.First);
                    var (_, _, dateLast) = s.EventDate(hit.Last + 1, clauseLast, hit.Last);
                    return new ReadClaim(new MembersQuery(Slots.Ref(left), MemberSelection.Former, MemberAggregate.List) { Asserted = new Assertion(Date: began) }, s.Start(from), s.End(Math.Max(hit.Last, dateLast)), "began-leaving");
                }
            case Predicate.Weigh:
                {
                    // "the Polish government announced that it would consider whether it would need to activate Article 4": the
                    // weighing on record (an event about that article, by that state), not an invocation.
                    var (clauseFirst, clauseLast) = s.ClauseTokens(s.ClauseOf(hit.First));
                    if (s.NegatedBefore(hit) || s.Article() is not { } article || s.Treaty(seg) is not { } weighed
                        || !s.Words(new Segment(hit.Last + 1, clauseLast)).Any(w => w is "invoke" or "invoking" or "activate" or "activating" or "trigger" or "triggering" or "request" or "requesting"))
                        return null;
                    var by = s.StatesIn(new Segment(clauseFirst, hit.First - 1)).FirstOrDefault() ?? s.ContextState();
                    if (by is null)
                        return null;
                    var query = new HappeningsQuery([EventKind.Other]) { By = [by.Id], About = new EntityRef(EntityKind.Treaty, weighed.Id.Value, weighed.Name), Article = article };
                    var articleEnd = Enumerable.Range(hit.Last + 1, Math.Max(0, clauseLast - hit.Last)).FirstOrDefault(i => a.Tokens[i].Kind == TokenKind.Number, seg.Last);
                    return new ReadClaim(query, s.Start(clauseFirst), s.End(articleEnd), "weighed-invocation");
                }
            case Predicate.Decides:
                {
                    // "… to start formal consultations …, while reaching unanimous decisions": the body of the clause or the text.
                    if (s.NegatedBefore(hit) || s.Organization(seg) is not { } org)
                        return null;
                    var words = string.Join(' ', Enumerable.Range(hit.First, hit.Last - hit.First + 1).Select(i => a.Tokens[i].Norm));
                    var said = words.Contains("qualified", StringComparison.Ordinal) ? DecisionKind.QualifiedMajority
                        : words.Contains("majority", StringComparison.Ordinal) ? DecisionKind.Majority
                        : words.Contains("unanim", StringComparison.Ordinal) ? DecisionKind.Unanimity
                        : DecisionKind.Consensus;
                    // The clause's words say which decisions ("its foreign policy decisions"), for a body with a rule per kind.
                    var (ruleFirst, ruleLast) = s.ClauseTokens(s.ClauseOf(hit.First));
                    var topics = Enumerable.Range(ruleFirst, ruleLast - ruleFirst + 1).Select(i => a.Tokens[i].Norm).Where(w => w.Length >= 5).Distinct().ToArray();
                    return new ReadClaim(new DecisionRuleQuery(org.Id) { Said = said }, s.Start(hit.First > 0 && a.Tokens[hit.First - 1].Norm is "reaching" or "take" or "taking" or "by" or "make" or "making" ? hit.First - 1 : hit.First), s.End(hit.Last), "decision-rule")
                    {
                        Topics = topics,
                    };
                }
            case Predicate.Invoked:
                {
                    if (hit.First > 0 && a.Tokens[hit.First - 1].Norm == "to" || a.Modal is not null && s.Words(seg).Contains(a.Modal))
                        return null;
                    if (s.Article() is not { } article)
                        return null;
                    var treaty = s.Treaty(seg);
                    // Who asked ("Turkey requested in 2020 …", "4 countries, “Poland, Estonia, Latvia and Lithuania”, submitted a request"): the states before the verb.
                    var (clauseFirst, _) = s.ClauseTokens(s.ClauseOf(hit.First));
                    // A demonym ("after the outbreak of the Ukrainian war") qualifies a noun; it names no requester.
                    var named = s.StatesIn(new Segment(clauseFirst, hit.First - 1))
                        .Where(x => !x.Demonyms.Contains(s.MentionOf(x)!.Text, StringComparer.OrdinalIgnoreCase)).ToArray();
                    var requesters = named.Select(x => x.Id).ToArray();
                    var request = a.Tokens[hit.First].Norm is "requested" or "submitted" or "asked" or "called";
                    if (request && requesters.Length == 0)
                        return null;
                    if (requesters.Length > 0)
                    {
                        var when = Year(a, hit.First, seg.Last);
                        var from = Math.Min(seg.First, named.Select(x => s.MentionOf(x)!.First).Min());
                        var counted = RequesterCount(a, new Segment(clauseFirst, seg.Last), hit.First);
                        return new ReadClaim(new InvocationsQuery(treaty?.Id, article)
                        { Asserted = new Assertion(Date: when, Actors: requesters, Number: counted) }, s.Start(from), s.End(seg.Last), "invocation");
                    }
                    var (number, atLeast) = InvocationCount(a, hit, seg, s.NegatedBefore(hit));
                    if (number is null && atLeast is null)
                        return null;
                    return Claim(new InvocationsQuery(treaty?.Id, article) { Asserted = new Assertion(Number: number, AtLeast: atLeast) }, "invocations");
                }
        }
        return null;
    }

    /// <summary>Words that may stand between a count and its verb: "30,000 Hungarians were killed", "200,000 people fled".</summary>
    private static readonly HashSet<string> TollFiller = new(StringComparer.Ordinal)
    {
        "were", "was", "had", "have", "has", "been", "are", "reportedly", "later", "also", "eventually", "people", "persons", "civilians",
        "men", "women", "of", "the", "soldiers", "troops", "servicemen", "insurgents", "citizens", "dissidents", "others", "more",
    };

    private static readonly HashSet<string> SoldierWords = new(StringComparer.Ordinal) { "soldiers", "troops", "servicemen" };

    /// <summary>
    /// "About 30,000 Hungarians were killed, several thousand imprisoned and about 200,000 fled": the count just before the
    /// verb (or the noun: "200,000 refugees"), whose people (a demonym, in the words or earlier in the sentence; "Soviet
    /// soldiers" counts forces only), and the year (the clause's, else the one the text named last). A negation, a
    /// count missing, or people or year unknown asserts nothing to check.
    /// </summary>
    private static ReadClaim? Toll(SentenceReading s, Hit hit)
    {
        var a = s.A;
        var t = a.Tokens;
        if (s.NegatedBefore(hit))
            return null;
        var end = hit.First - 1;
        var people = new List<int>();
        while (end >= 0 && (TollFiller.Contains(t[end].Norm) || Demonym(s, t[end].Norm) is not null) && hit.First - end <= 5)
        {
            if (Demonym(s, t[end].Norm) is not null || SoldierWords.Contains(t[end].Norm))
                people.Add(end);
            end--;
        }
        var (clauseFirst, clauseLast) = s.ClauseTokens(s.ClauseOf(hit.First));
        if (end < 0 || Counts.Before(t, end) is not { } count)
            return ActiveToll(s, hit, clauseFirst, clauseLast);
        var year = s.EventDate(clauseFirst, clauseLast, hit.First).Date?.Year ?? s.Year;
        if (year is null)
            return null;
        // Whose people: named between the count and the verb, else the demonym last named before in the sentence ("…, several thousand imprisoned").
        var whose = people.Select(i => Demonym(s, t[i].Norm)).OfType<Actor>().FirstOrDefault()
            ?? Enumerable.Range(0, count.First).Reverse().Select(i => Demonym(s, t[i].Norm)).OfType<Actor>().FirstOrDefault();
        // "The September 11 attacks in 2001 killed 2,977 people": the number before the verb was no count of people.
        if (whose is null)
            return ActiveToll(s, hit, clauseFirst, clauseLast);
        var forces = people.Any(i => SoldierWords.Contains(t[i].Norm));
        var query = new FiguresQuery(Counts.Measure(t[hit.First].Norm), whose.Id, year.Value) { Forces = forces, Count = count.Asserted };
        return new ReadClaim(query, s.Start(count.First), s.End(hit.Last), "toll");
    }

    private static readonly HashSet<string> PeopleWords = new(StringComparer.Ordinal) { "people", "persons", "civilians", "soldiers", "troops", "servicemen", "others" };

    /// <summary>
    /// "The attacks killed 2,977 people", "the invasion killed about 137 Czechoslovaks": the count just after the verb,
    /// followed by whose people (a demonym, or people at large). The year as for the passive.
    /// </summary>
    private static ReadClaim? ActiveToll(SentenceReading s, Hit hit, int clauseFirst, int clauseLast)
    {
        var t = s.A.Tokens;
        if (t[hit.First].Norm is not ("killed" or "wounded" or "injured" or "executed" or "imprisoned" or "jailed"))
            return null;
        for (var j = hit.Last + 1; j <= Math.Min(clauseLast - 1, hit.Last + 5); j++)
        {
            var next = t[j + 1].Norm;
            var whose = Demonym(s, next);
            if (whose is null && !PeopleWords.Contains(next) || Counts.Before(t, j) is not { } count || count.First <= hit.Last)
                continue;
            var year = s.EventDate(clauseFirst, clauseLast, hit.First).Date?.Year ?? s.Year;
            if (year is null)
                return null;
            var forces = SoldierWords.Contains(next) || j + 2 <= clauseLast && SoldierWords.Contains(t[j + 2].Norm);
            var query = new FiguresQuery(Counts.Measure(t[hit.First].Norm), whose?.Id, year.Value) { Forces = whose is null && !forces ? null : forces, Count = count.Asserted };
            return new ReadClaim(query, s.Start(hit.First), s.End(j + 1), "toll");
        }
        return null;
    }

    /// <summary>
    /// "Austria, Ireland and Malta are the odd ones out: Aside from Cyprus, they are the only countries who find themselves
    /// inside the EU but outside of NATO": every state the sentence names, asserted to be exactly the members of the first
    /// body named that are (not) members of the others. One body alone, or no state named, asserts no set to check.
    /// </summary>
    private static ReadClaim? Only(SentenceReading s, Hit hit)
    {
        if (s.NegatedBefore(hit))
            return null;
        // The set is the one the words after "the only" name; the states are those named before it, less any in a clause
        // of its own ("After Sweden joined NATO, …", "Unlike Finland, …").
        var (alsoIn, notIn, firstOut) = s.Sides(out var body, Math.Max(1, hit.First));
        if (body is null || firstOut || alsoIn.Count + notIn.Count == 0)
            return null;
        var a = s.A;
        bool Aside(int at)
        {
            for (var i = at - 1; i >= 0 && a.Tokens[i].Norm is not ("," or ":" or ";"); i--)
            {
                if (a.Tokens[i].Norm is "after" or "since" or "when" or "before" or "once" or "unlike" or "while" or "although" or "though" or "because" or "following" or "until")
                    return true;
            }
            return false;
        }
        var states = a.Mentions.Where(m => m.Last < hit.First && m.Entity is { Kind: EntityKind.Actor } e && s.Atlas.FindActor(new ActorId(e.Id)) is { IsState: true } && !Aside(m.First))
            .Select(m => new ActorId(m.Entity!.Id)).Distinct().ToArray();
        if (states.Length == 0)
            return null;
        var (first, last) = s.ClauseTokens(s.ClauseOf(hit.First));
        var query = new MembersQuery(body, MemberSelection.Current, MemberAggregate.List)
        {
            AlsoIn = alsoIn,
            NotIn = notIn,
            Asserted = new Assertion(Actors: states, Holds: true),
        };
        return new ReadClaim(query, s.Start(first), s.End(last), "only-members");
    }

    private static readonly Dictionary<string, int> Counted = new(StringComparer.Ordinal) { ["two"] = 2, ["both"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5 };

    /// <summary>
    /// "This is because the three are legally bound to neutrality, which forbids them from joining military alliances",
    /// "…, adding neutrality to its constitution": the states (named, or "the three", "they" for those the sentence before
    /// named), the standing asserted (in law, or in the constitution), and whether the sentence says it bars alliances.
    /// </summary>
    private static ReadClaim? NeutralityBasis(SentenceReading s, Hit hit, Segment seg)
    {
        if (s.NegatedBefore(hit))
            return null;
        var a = s.A;
        var (first, last) = s.ClauseTokens(s.ClauseOf(hit.First));
        var before = Enumerable.Range(first, Math.Max(0, hit.First - first)).Select(i => a.Tokens[i].Norm).ToArray();
        IReadOnlyList<Actor> states = s.StateIn(seg, hit) is { } named ? [named] : [];
        if (states.Count == 0)
        {
            var count = before.Select(w => Counted.TryGetValue(w, out var n) ? n : 0).FirstOrDefault(n => n > 0);
            var plural = count > 0 || before.Any(w => w is "they" or "these" or "them");
            var earlier = s.PreviousStates();
            // "Austria, Ireland and Malta are the odd ones out: Aside from Cyprus, they …. … the three": the first three named.
            if (plural && earlier.Count >= 2 && (count == 0 || earlier.Count >= count))
                states = count > 0 ? [.. earlier.Take(count)] : earlier;
            else if (s.State(seg, hit) is { } one)
                states = [one];
        }
        if (states.Count == 0)
            return null;
        var words = s.Words(new Segment(first, last)).ToArray();
        var constitutional = s.Has(seg, Cue.Constitution) || words.Any(w => w is "constitution" or "constitutional" or "enshrined");
        // "…, which forbids them from joining military alliances": the rest of the sentence.
        var sentence = a.Tokens.Select(t => t.Norm).ToArray();
        var forbids = sentence.Any(w => w is "forbids" or "forbid" or "prohibits" or "bars" or "precludes") && sentence.Any(w => w is "alliance" or "alliances" or "blocs");
        var query = new PolicyBasisQuery(states[0].Id, PolicyKind.Neutrality) { Asserted = new Assertion(Holds: forbids) };
        // The frame's own words ("…, adding neutrality to its constitution"), not the clause it is joined to.
        return new ReadClaim(query, s.Start(seg.First), s.End(seg.Last), constitutional ? "neutrality-constitution" : "neutrality-law") { States = [.. states.Select(x => x.Id)] };
    }

    private static readonly HashSet<string> EnactVerbs = new(StringComparer.Ordinal) { "passed", "enacted", "adopted", "promulgated", "legislated" };

    /// <summary>The date a clause says a law was passed, enacted or adopted ("… was passed a couple of years later, on June 1, 1987"), and its last token.</summary>
    private static (PartialDate? Date, int Last) Enacted(SentenceReading s, Hit hit)
    {
        var (first, last) = s.ClauseTokens(s.ClauseOf(hit.First));
        var verb = Enumerable.Range(hit.Last + 1, Math.Max(0, last - hit.Last)).FirstOrDefault(i => EnactVerbs.Contains(s.A.Tokens[i].Norm), -1);
        if (verb < 0)
            return (null, -1);
        var (date, _, dateLast) = s.EventDate(verb, last, verb);
        return date is { Day: > 0 } ? (date, dateLast) : (null, -1);
    }

    private static Actor? Demonym(SentenceReading s, string norm) => Demonyms.State(s.Atlas, norm, s.Year);

    private static readonly HashSet<string> Conditionals = new(StringComparer.Ordinal) { "if", "whether", "should", "would", "could", "unless", "whenever", "in case" };

    /// <summary>
    /// "On the night of August 20-21, 1968, the Warsaw Pact invaded Czechoslovakia", "On November 4, the country was
    /// invaded by the Soviet Union", "Russia started attacking Ukraine": the invasion asserted, with who (if said), whom
    /// and when. A hypothesis ("if a member is attacked") or a negation asserts none; "attacked" without a date is too
    /// loose to be an event.
    /// </summary>
    private static ReadClaim? Invasion(SentenceReading s, Hit hit, Segment seg)
    {
        var a = s.A;
        var (first, last) = s.ClauseTokens(s.ClauseOf(hit.First));
        if (s.NegatedBefore(hit) || Enumerable.Range(first, hit.First - first).Any(i => Conditionals.Contains(a.Tokens[i].Norm)))
            return null;
        var (agents, targets, passive) = EventRoles.Of(a, s.Named, hit.First, hit.Last, first, last);
        if (targets.Count == 0 && passive && s.RefersBack(first, hit.First))
            targets = s.ContextState() is { } state ? [state] : [];
        // "Russia invaded the nation", "… invaded it": the state named last before, other than the invader.
        if (targets.Count == 0 && !passive && ObjectAnaphor(a, hit.Last + 1))
        {
            var before = s.Named.Where(x => x.Actor.IsState && x.Mention.Last < hit.First && agents.All(g => g.Id != x.Actor.Id)).OrderBy(x => x.Mention.First).Select(x => x.Actor).LastOrDefault();
            targets = (before ?? s.ContextState()) is { } named && agents.All(g => g.Id != named.Id) ? [named] : [];
        }
        if (targets.Count == 0 || agents.Any(x => targets.Any(t => t.Id == x.Id)))
            return null;
        var (date, dateFirst, dateLast) = s.EventDate(first, last, hit.First);
        // "…applied in May 2022, abandoning non-alignment after Russia's invasion of Ukraine": an invasion named as the time of
        // something else ("after", "since", "following" it) has no date of its own in the clause, unless one follows it.
        var reference = Enumerable.Range(Math.Max(first, hit.First - 4), hit.First - Math.Max(first, hit.First - 4)).Any(i => a.Tokens[i].Norm is "after" or "since" or "following" or "before" or "amid" or "until");
        if (reference && date is not null && dateFirst < hit.First)
            return null;
        if (date is null && a.Tokens[hit.Last].Norm.StartsWith("attack", StringComparison.Ordinal))
            return null;
        var query = new HappeningsQuery([EventKind.Invasion, EventKind.Attack])
        {
            By = [.. agents.Select(x => x.Id)],
            Against = [.. targets.Select(x => x.Id)],
            Asserted = new Assertion(Date: date),
        };
        var from = Math.Min(seg.First, dateFirst < 0 ? seg.First : dateFirst);
        var to = Math.Max(seg.Last, dateLast);
        return new ReadClaim(query, s.Start(from), s.End(to), "invasion");
    }

    /// <summary>Words of a cause that name no part of it ("an important event that … was").</summary>
    private static readonly HashSet<string> CauseFiller = new(StringComparer.Ordinal)
    {
        "important", "event", "events", "main", "key", "major", "chief", "principal", "primary", "factor", "factors", "cause", "causes",
        "reason", "reasons", "immediate", "direct", "particular", "especially", "largely", "partly", "mainly", "chiefly", "among", "other",
    };

    /// <summary>
    /// "An important event that led to the formation of the Warsaw Pact was (West) Germany's rearmament and NATO membership",
    /// "SEATO was created in response to …": the founding of the body named after the phrase ("…formation of X") or before it
    /// ("X was formed in response to"), and the cause: the other names and words of the clause. A body not named, or a cause
    /// with neither names nor words, asserts nothing to check.
    /// </summary>
    private static ReadClaim? Cause(SentenceReading s, Hit hit)
    {
        var a = s.A;
        var (first, last) = s.ClauseTokens(s.ClauseOf(hit.First));
        if (s.NegatedBefore(hit) || Enumerable.Range(first, hit.First - first).Any(i => Conditionals.Contains(a.Tokens[i].Norm)))
            return null;
        static bool IsBody(Atlas atlas, Mention m) => m.Entity is { Kind: EntityKind.Treaty } || m.Entity is { Kind: EntityKind.Actor } e && !atlas.Actor(new ActorId(e.Id)).IsState;
        var atlas = s.Atlas;
        var inClause = a.Mentions.Where(m => m.Entity is not null && !m.IsAmbiguous && m.First >= first && m.Last <= last).ToArray();
        var after = a.Tokens[hit.Last].Norm == "of";
        var body = after
            ? inClause.FirstOrDefault(m => m.First > hit.Last && IsBody(atlas, m))
            : inClause.LastOrDefault(m => m.Last < hit.First && IsBody(atlas, m));
        if (body is null)
            return null;
        var named = inClause.Where(m => m != body && (after ? m.First > body.Last || m.Last < hit.First : m.First > hit.Last)).Select(m => m.Entity!)
            .Where(e => e != body.Entity).Distinct().ToArray();
        var inNames = new HashSet<int>(inClause.SelectMany(m => Enumerable.Range(m.First, m.Last - m.First + 1)));
        var causeTokens = Enumerable.Range(first, last - first + 1)
            .Where(i => (i < hit.First || i > hit.Last) && !inNames.Contains(i) && (after ? i > body.Last || i < hit.First : i > hit.Last))
            .Select(i => a.Tokens[i]).Where(t => t.Kind == TokenKind.Word && t.Norm.Length >= 4 && !Lexicon.Function.Contains(t.Norm) && !CauseFiller.Contains(t.Norm) && !Lexicon.Negations.Contains(t.Norm))
            .Select(t => t.Norm).Distinct().ToArray();
        if (named.Length == 0 && causeTokens.Length == 0)
            return null;
        var from = Math.Min(first, hit.First);
        return new ReadClaim(new WhyQuery(body.Entity!, DateKind.Founded), s.Start(from), s.End(last), "founding-cause") { Topics = causeTokens, Named = named };
    }

    private static readonly Dictionary<string, Share> Shares = new(StringComparer.Ordinal)
    {
        ["all"] = Share.All,
        ["each"] = Share.All,
        ["every"] = Share.All,
        ["most"] = Share.Most,
        ["several"] = Share.Several,
        ["many"] = Share.Several,
        ["some"] = Share.Some,
    };

    private static readonly HashSet<string> HavingVerbs = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "having", "holds", "hold", "held", "maintains", "maintain", "maintained", "signed", "sign", "signs",
        "concluded", "conclude", "concludes", "keeps", "kept", "retains", "retained",
    };

    private static readonly HashSet<string> MemberNouns = new(StringComparer.Ordinal) { "member", "members", "states", "countries", "nations", "state", "country" };

    /// <summary>
    /// "The United States has mutual defence treaties with Japan, South Korea and the Philippines" (each of them), "The Soviet
    /// Union had previously concluded bilateral defence agreements with most of the member states of the Warsaw Pact" (most of
    /// the body's founding members, the day before its founding). The state is the one named before the phrase (or, referred
    /// back to, the text's); with neither states nor a body's members after it the clause asserts nothing to check.
    /// </summary>
    private static ReadClaim? PactsWith(SentenceReading s, Hit hit)
    {
        var a = s.A;
        var (first, last) = s.ClauseTokens(s.ClauseOf(hit.First));
        if (s.NegatedBefore(hit) || Enumerable.Range(first, hit.First - first).Any(i => Conditionals.Contains(a.Tokens[i].Norm)))
            return null;
        // A state that has, holds, signed or concluded the treaties ("It is the first defence agreement with the United States
        // since…" names one agreement; it says nothing of the treaties a state has).
        var verb = Enumerable.Range(first, hit.First - first).LastOrDefault(i => HavingVerbs.Contains(a.Tokens[i].Norm), -1);
        if (verb < 0 || Enumerable.Range(verb + 1, hit.First - verb - 1).Any(i => a.Tokens[i].Norm is "first" or "new" or "only" or "last"))
            return null;
        var state = s.StatesIn(new Segment(first, verb - 1)).LastOrDefault() ?? (s.RefersBack(first, verb) ? s.ContextState() : null);
        if (state is null)
            return null;
        var words = Enumerable.Range(first, last - first + 1).Select(i => a.Tokens[i].Norm).ToArray();
        var bilateral = Enumerable.Range(Math.Max(first, hit.First - 3), hit.First - Math.Max(first, hit.First - 3)).Any(i => a.Tokens[i].Norm == "bilateral");
        var before = words.Any(w => w is "previously" or "already" or "earlier");
        Share? share = hit.Last + 1 <= last && Shares.TryGetValue(a.Tokens[hit.Last + 1].Norm, out var sh) ? sh : null;
        var after = new Segment(hit.Last + 1, last);
        // "with most of the member states of the Warsaw Pact", "with all NATO members": a body's members.
        var body = s.Named.Where(x => !x.Actor.IsState && x.Mention.First > hit.Last && x.Mention.First <= last).Select(x => x.Actor).FirstOrDefault();
        var membersWord = Enumerable.Range(hit.Last + 1, Math.Max(0, last - hit.Last)).Any(i => MemberNouns.Contains(a.Tokens[i].Norm));
        if (body is not null && membersWord && share is not null)
        {
            var query = new PactsWithQuery(state.Id, [], Slots.Ref(body), bilateral, before) { Asserted = new Assertion(Share: share) };
            return new ReadClaim(query, s.Start(s.MentionOf(state)?.First is { } f && f >= first ? f : hit.First), s.End(last), "pacts-with");
        }
        var others = s.StatesIn(after).Where(x => x.Id != state.Id).Select(x => x.Id).Distinct().ToArray();
        if (others.Length == 0 || body is not null)
            return null;
        var listed = new PactsWithQuery(state.Id, others, null, bilateral) { Asserted = new Assertion(Share: share ?? Share.All) };
        return new ReadClaim(listed, s.Start(s.MentionOf(state)?.First is { } g && g >= first ? g : hit.First), s.End(last), "pacts-with");
    }

    private static readonly HashSet<string> StateNouns = new(StringComparer.Ordinal) { "nation", "country", "state", "republic" };

    // "the nation", "this country", "it" as a verb's object: a state named before.
    private static bool ObjectAnaphor(Analysis a, int i) =>
        i < a.Tokens.Count && (a.Tokens[i].Is("it") || a.Tokens[i].Norm is "the" or "this" or "that" && i + 1 < a.Tokens.Count && StateNouns.Contains(a.Tokens[i + 1].Norm));

    /// <summary>
    /// "Imre Nagy declared that Hungary would withdraw from the Warsaw Pact", "Pashinyan announced his decision to leave
    /// the CSTO": a change declared, with who, from which body and when. The change is the leaving, suspending or joining
    /// word after the verb; without one the clause announces nothing the data records.
    /// </summary>
    private static ReadClaim? Announcement(SentenceReading s, Hit hit, Segment seg)
    {
        var a = s.A;
        if (s.NegatedBefore(hit))
            return null;
        var change = a.Cues.Where(c => c.First > hit.Last && c.First <= seg.Last && c.Cue is Cue.Leave or Cue.Suspend or Cue.Join).Select(c => c.Cue).FirstOrDefault();
        var announces = change switch { Cue.Leave => EventKind.Withdrawal, Cue.Suspend => EventKind.Suspension, Cue.Join => EventKind.Accession, _ => (EventKind?)null };
        var freeze = s.Words(seg, hit.Last + 1).Any(w => w is "freeze" or "frozen" or "froze" or "suspend" or "suspension");
        if (freeze)
            announces = EventKind.Suspension;
        if (announces is null || s.Organization(seg) is not { } org)
            return null;
        // Who declared it: a state before the organization's name ("Hungary would withdraw from the Warsaw Pact"), not one
        // in a list after it ("the CSTO — made up of Russia, Armenia …"); else the state the text is about.
        var orgAt = s.MentionOf(org) is { } m && m.First >= seg.First && m.First <= seg.Last ? m : null;
        var upTo = orgAt is null ? seg.Last : orgAt.First - 1;
        var state = s.StateIn(new Segment(seg.First, upTo), hit) ?? s.ContextState();
        if (state is null)
            return null;
        var (first, last) = s.ClauseTokens(s.ClauseOf(hit.First));
        var (date, dateFirst, dateLast) = s.EventDate(first, last, hit.First);
        // The claim's words end with the organization's name; a date beyond it (after a parenthesis) still dates it.
        var end = orgAt is null ? seg.Last : Math.Max(orgAt.Last, hit.Last);
        if (dateFirst > end)
            dateLast = -1;
        var query = new HappeningsQuery([EventKind.Announcement])
        {
            By = [state.Id],
            About = Slots.Ref(org),
            Announces = announces,
            Asserted = new Assertion(Date: date),
        };
        return new ReadClaim(query, s.Start(Math.Min(seg.First, dateFirst < 0 ? seg.First : dateFirst)), s.End(Math.Max(end, dateLast)), "announcement");
    }

    /// <summary>The year a claim gives for what it says ("requested in 2020"), within the frame's words after its verb.</summary>
    private static PartialDate? Year(Analysis a, int from, int to)
    {
        for (var i = from; i <= to && i < a.Tokens.Count; i++)
        {
            var (day, _, problem, precision) = TimePhrases.Date(a.Tokens, i);
            if (problem is null && day is { } d)
                return precision == 3 ? PartialDate.FromDate(d) : PartialDate.OfYear(d.Year);
        }
        return null;
    }

    /// <summary>How many requesters the words count ("4 countries … submitted a request"), before the verb.</summary>
    private static int? RequesterCount(Analysis a, Segment seg, int verb)
    {
        for (var i = seg.First; i + 1 < verb; i++)
        {
            var w = a.Tokens[i].Norm;
            var n = a.Tokens[i].Kind == TokenKind.Number && int.TryParse(w, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : Numbers.Word(w);
            if (n is { } count && count > 1 && a.Tokens[i + 1].Norm is "countries" or "states" or "allies" or "members" or "nations")
                return count;
        }
        return null;
    }

    /// <summary>How often a clause says an article was invoked: "once", "twice", "three times", "many times", "never"; "was invoked" alone is at least once.</summary>
    private static (int? Number, int? AtLeast) InvocationCount(Analysis a, Hit hit, Segment seg, bool negated)
    {
        if (negated)
            return (0, null);
        for (var i = hit.Last + 1; i <= seg.Last && i <= hit.Last + 4; i++)
        {
            var w = a.Tokens[i].Norm;
            var next = i + 1 <= seg.Last ? a.Tokens[i + 1].Norm : "";
            switch (w)
            {
                case "once":
                    return (1, null);
                case "twice":
                    return (2, null);
                case "many" or "several" or "multiple" or "numerous" when next == "times":
                    return (null, w == "several" ? 2 : 3);
                case "repeatedly":
                    return (null, 2);
            }
            var n = a.Tokens[i].Kind == TokenKind.Number && int.TryParse(w, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : Numbers.Word(w);
            if (n is { } count && next == "times")
                return (count, null);
        }
        return (null, 1);
    }

    /// <summary>
    /// The areas a cooperation names after its verb: "in areas such as A, B, and C", "on A issues", read across commas
    /// and "and" until a word that starts another thought ("to address", "recognizing", the sentence's end).
    /// </summary>
    private static (List<string> Areas, int Last) Areas(SentenceReading s, int from)
    {
        var tokens = s.A.Tokens;
        var i = from;
        // Skip to the list: "with NATO in areas such as", "on".
        while (i < tokens.Count && i < from + 8 && tokens[i].Norm is not ("such" or "on" or "including" or "in"))
            i++;
        if (i >= tokens.Count || i >= from + 8)
            return ([], -1);
        while (i < tokens.Count && tokens[i].Norm is "such" or "as" or "on" or "including" or "in" or "areas" or "fields" or "the" or "matters")
            i++;
        var areas = new List<string>();
        var startOfArea = i;
        var last = -1;
        for (; i <= tokens.Count; i++)
        {
            var stop = i == tokens.Count || tokens[i].Norm is "to" or "recognizing" or "recognising" or "which" or "while" or "in" or "for" or "as" or "." or ";" or ":" || tokens[i].Norm.EndsWith("ing", StringComparison.Ordinal) && i > startOfArea && tokens[i].Norm != "peacekeeping";
            var separator = !stop && tokens[i].Norm is "," or "and" or "or";
            if (!stop && !separator)
                continue;
            if (i > startOfArea)
            {
                var text = s.A.Text[tokens[startOfArea].Start..tokens[i - 1].End];
                text = text.Replace(" issues", "", StringComparison.Ordinal).Replace(" matters", "", StringComparison.Ordinal).Trim();
                if (text.Length > 0)
                    areas.Add(text);
                last = i - 1;
            }
            if (stop)
                break;
            startOfArea = i + 1;
        }
        return (areas, last);
    }

    /// <summary>
    /// "The ANZUS Treaty has no mutual defence clause", "AUKUS is not a military alliance", "NATO is a defensive alliance":
    /// whether a body binds its parties to defend each other, as said or denied. A partnership named in the clause (or the
    /// sentence) is judged by the same alliance query as "Is AUKUS an alliance?"; a treaty or organization by its defence
    /// provisions. A denial whose subject is a state ("Ireland has no mutual defence obligations") is about that state, not
    /// the body the text spoke of before: unread.
    /// </summary>
    private static Query? DefencePledge(SentenceReading s, Hit hit, Segment seg)
    {
        var holds = !s.NegatedBefore(hit) && s.A.Tokens[hit.First].Norm != "not" && !s.Words(new Segment(Math.Max(seg.First, hit.First - 3), hit.First - 1)).Any(w => w is "lacks" or "lack" or "lacked" or "without");
        // "the CSTO, a military alliance led by Russia": in apposition, the body named just before the comma.
        if (s.BodyMentionIn(seg) is null && seg.First >= 2 && s.A.Tokens[seg.First - 1].Norm is "," or "—" or "–" && s.BodyMentionEndingAt(seg.First - 2) is { } apposed)
            seg = new Segment(apposed, seg.Last);
        var body = s.BodyMentionIn(seg);
        // The subject is the first name of the clause: "Japan is not part of any military alliance" is about Japan.
        var aboutState = s.StatesIn(seg).Any(x => s.MentionOf(x) is { } m && m.First >= seg.First && m.First < (body ?? int.MaxValue));
        if (s.PartnershipIn(seg) is { } partnership && !aboutState)
            return new IsAllianceQuery(new EntityRef(EntityKind.Partnership, partnership.Id.Value, partnership.Name)) { Asserted = new Assertion(Holds: holds) };
        if (aboutState && (hit.Predicate == Predicate.Alliance || !holds))
            return null;
        if (hit.Predicate == Predicate.Alliance && body is null)
            return null;
        // An organization named without its treaty ("the CSTO — a military alliance"): the body, as "Is the CSTO an alliance?" asks.
        if (!s.TreatyNamedIn(seg) && s.OrganizationIn(seg) is { } org)
            return new IsAllianceQuery(Slots.Ref(org)) { Asserted = new Assertion(Holds: holds) };
        // A name of an organization's charter ("the CSTO") stands for the organization: its pledge is in whichever of its treaties
        // holds one (the Collective Security Treaty's Article 4, not the Charter).
        if (s.Treaty(seg) is not { } treaty)
            return null;
        if (!treaty.Provisions.Any(p => p.Kind == ProvisionKind.Defence) && treaty.Organization is { } owner
            && s.Atlas.TreatiesOf(owner).FirstOrDefault(t => t.Provisions.Any(p => p.Kind == ProvisionKind.Defence)) is { } pledging)
            treaty = pledging;
        return new ProvisionsQuery(treaty.Id, ProvisionKind.Defence) { Asserted = new Assertion(Holds: holds) };
    }

    /// <summary>
    /// "Hungary ratified Sweden's accession on 26 February 2024", "Hungary was the last NATO member to approve Sweden's bid",
    /// "Sweden's membership was ratified by Turkey in January 2024": a member's ratification of the protocol admitting a
    /// state, by the same query as "When did Hungary ratify Sweden's accession?". Read only for a state whose accession
    /// the data records ratifications of; other approvals ("the Senate approved the treaty") are left to other frames.
    /// </summary>
    private static ReadClaim? Ratified(SentenceReading s, Hit hit, Segment seg)
    {
        if (s.NegatedBefore(hit))
            return null;
        var a = s.A;
        var states = s.Named.Where(x => x.Actor.IsState && x.Mention.First >= seg.First && x.Mention.First <= seg.Last).OrderBy(x => x.Mention.First).ToArray();
        var byAfter = states.FirstOrDefault(x => x.Mention.First > hit.Last && x.Mention.First > 0 && a.Tokens[x.Mention.First - 1].Norm == "by");
        var admitted = states.FirstOrDefault(x => x.Mention.First > hit.Last && x.Actor != byAfter.Actor).Actor
            ?? (byAfter.Actor is not null ? states.LastOrDefault(x => x.Mention.Last < hit.First).Actor : null);
        if (admitted is null)
            return null;
        var by = byAfter.Actor ?? states.LastOrDefault(x => x.Mention.Last < hit.First && x.Actor != admitted).Actor;
        if (s.Organization(seg) is not { } org || QueryExecutor.TreatyOf(s.Atlas, Slots.Ref(org)) is not { } treaty
            || !s.Atlas.EventsOf(admitted.Id).Any(e => e.Kind == EventKind.Ratification && e.Treaty == treaty.Id))
            return null;
        var words = s.Words(new Segment(seg.First, hit.First - 1)).ToArray();
        MemberAggregate? aggregate = words.Any(w => w is "last" or "final") ? MemberAggregate.Last : words.Contains("first") ? MemberAggregate.First : null;
        if (by is null)
            return null;
        var (date, dateFirst, dateLast) = s.EventDate(seg.First, seg.Last, hit.First);
        var query = new RatificationsQuery(admitted.Id, treaty.Id, aggregate is null ? by?.Id : null, aggregate)
        {
            Asserted = new Assertion(Date: date, Actors: aggregate is not null && by is not null ? [by.Id] : null),
        };
        return new ReadClaim(query, s.Start(Math.Min(seg.First, dateFirst < 0 ? seg.First : dateFirst)), s.End(Math.Max(seg.Last, dateLast)), "ratification") { OwnsDate = true };
    }

    /// <summary>
    /// "The new agreement is not binding", "AUKUS is not legally binding", "a non-binding declaration": whether the document
    /// the clause speaks of (named before the phrase, or "the agreement" of the text before) binds its parties in law.
    /// </summary>
    private static IsBindingQuery? Binding(SentenceReading s, Hit hit, Segment seg)
    {
        var holds = !s.NegatedBefore(hit) && !s.A.Tokens[hit.Last].Norm.StartsWith("non", StringComparison.Ordinal);
        var before = new Segment(seg.First, Math.Max(seg.First, hit.First - 1));
        if (hit.First == seg.First || s.StatesIn(before).Any())
            return null;
        // "The Warsaw Pact is signed binding the Soviet Union and its satellites": "binding" with an object is the verb (it
        // bound them), not whether the document is binding in law.
        if (hit.Last + 1 < s.A.Tokens.Count && (s.A.Tokens[hit.Last + 1].Norm is "the" or "its" or "their" or "his" or "her" or "them" or "all" or "both" or "each" or "every"
            || s.A.Mentions.Any(m => m.First == hit.Last + 1)))
            return null;
        EntityRef? subject = s.PartnershipIn(before) is { } partnership ? new EntityRef(EntityKind.Partnership, partnership.Id.Value, partnership.Name)
            : s.TreatyNamedIn(before) ? s.Treaty(before) is { } treaty ? new EntityRef(EntityKind.Treaty, treaty.Id.Value, treaty.Name) : null
            : s.OrganizationIn(before) is { } org ? Slots.Ref(org)
            : s.DocumentAnaphor(before);
        return subject is null ? null : new IsBindingQuery(subject) { Asserted = new Assertion(Holds: holds) };
    }

    private sealed record Hit(Predicate Predicate, int First, int Last);

    private readonly record struct Segment(int First, int Last);

    /// <summary>A sentence as the frames see it: its tokens and names, its clauses, and the text before it.</summary>
    private sealed class SentenceReading(ClaimContext context, Analysis a, IReadOnlyList<(int Start, int End)> clauses, bool anaphoric)
    {
        public Analysis A { get; } = a;
        public Atlas Atlas => context.Atlas;
        private readonly Slots _slots = new(context.Atlas, a);

        public int ClauseOf(int token)
        {
            var at = A.Tokens[token].Start;
            for (var c = 0; c < clauses.Count; c++)
            {
                if (at < clauses[c].End)
                    return c;
            }
            return clauses.Count - 1;
        }

        public (int First, int Last) ClauseTokens(int clause)
        {
            var (start, end) = clauses[Math.Max(clause, 0)];
            var first = -1;
            var last = -1;
            for (var i = 0; i < A.Tokens.Count; i++)
            {
                if (A.Tokens[i].Start >= start && A.Tokens[i].Start < end)
                {
                    if (first < 0)
                        first = i;
                    last = i;
                }
            }
            while (last > first && A.Tokens[last].Kind == TokenKind.Punctuation && A.Tokens[last].Norm is "." or "," or ";" or ":" or "!")
                last--;
            return (Math.Max(first, 0), Math.Max(last, 0));
        }

        public int Start(int token) => A.Tokens[token].Start;

        public int End(int token) => A.Tokens[token].End;

        public string Text(Segment seg) => A.Text[Start(seg.First)..End(seg.Last)];

        public IEnumerable<string> Words(Segment seg, int from = -1)
        {
            for (var i = Math.Max(seg.First, from); i <= seg.Last; i++)
                yield return A.Tokens[i].Norm;
        }

        public bool Has(Segment seg, Cue cue, int after = -1) => A.Cues.Any(c => c.Cue == cue && c.First >= seg.First && c.First <= seg.Last && c.First > after);

        public bool Has(Cue cue) => A.Has(cue);

        /// <summary>A negation word within four tokens before the phrase ("is not neutral", "has never been invoked").</summary>
        public bool NegatedBefore(Hit hit)
        {
            for (var i = Math.Max(0, hit.First - 4); i < hit.First; i++)
            {
                if (Lexicon.Negations.Contains(A.Tokens[i].Norm) && A.Tokens[i].Norm != "non")
                    return true;
            }
            return false;
        }

        public Mention? MentionOf(Actor actor) => _slots.States.Concat(_slots.Organizations).FirstOrDefault(x => x.Actor.Id == actor.Id).Mention;

        /// <summary>The states and organizations the sentence names, each with its first mention.</summary>
        public IReadOnlyList<(Actor Actor, Mention Mention)> Named => [.. _slots.States.Concat(_slots.Organizations)];

        /// <summary>Whether the words before the event word refer back ("the country", "it", "the nation").</summary>
        public bool RefersBack(int first, int verb) => Enumerable.Range(first, Math.Max(0, verb - first)).Any(i => A.Tokens[i].Norm is "it" or "country" or "nation" or "state" or "they" or "republic");

        /// <summary>The bodies the sentence names after the first, each in or out ("inside the EU but outside of NATO").</summary>
        public (IReadOnlyList<EntityRef> AlsoIn, IReadOnlyList<EntityRef> NotIn, bool FirstOut) Sides(out EntityRef? first, int from = 0) => Frames.Sides(_slots, out first, from);

        /// <summary>The states the sentence before named (for "the three", "they").</summary>
        public IReadOnlyList<Actor> PreviousStates() => context.LastStates;

        /// <summary>The year the text named last (for a count or a date given without one).</summary>
        public int? Year => context.Year;

        /// <summary>The state the text spoke of last (for "the country was invaded").</summary>
        public Actor? ContextState() => context.State();

        /// <summary>
        /// The date a clause gives an event, nearest the event word first: "On November 4" (the year the text named last),
        /// "3. November 1956", "on the night of August 20-21, 1968", "in February" (month of the text's year), "in 2014".
        /// </summary>
        public (PartialDate? Date, int First, int Last) EventDate(int first, int last, int verb)
        {
            var found = new List<(PartialDate Date, int First, int Last)>();
            var t = A.Tokens;
            // A day or month without a year ("in January", "on 26 February") is of the year the text named last; in a text
            // about its own present (the last year named is its date's or the one before), the latest such day not after the
            // text's date: "Finland joined in April 2023. Turkey approved Sweden's bid in January", written in March 2024.
            var present = context.Year is { } named && named >= context.On.Year - 1;
            for (var i = first; i <= last; i++)
            {
                var at = EventDates.At(t, i, present ? context.On.Year : context.Year);
                if (present && at is { } thisYear && !Enumerable.Range(i, thisYear.Length).Any(k => TimePhrases.Year(t[k]) is not null) && thisYear.Date.FirstDay > context.On)
                    at = EventDates.At(t, i, context.On.Year - 1);
                if (at is { } d)
                {
                    found.Add((d.Date, i, i + d.Length - 1));
                    i += d.Length - 1;
                }
            }
            if (found.Count == 0)
                return (null, -1, -1);
            var best = found.OrderBy(f => Math.Min(Math.Abs(f.First - verb), Math.Abs(f.Last - verb))).First();
            return best;
        }

        public IEnumerable<Actor> StatesIn(Segment seg) => _slots.States.Where(x => x.Mention.First >= seg.First && x.Mention.First <= seg.Last).Select(x => x.Actor);

        public Actor? StateAt(int token) => token < A.Tokens.Count ? _slots.States.FirstOrDefault(x => x.Mention.First == token).Actor : null;

        /// <summary>The state a frame's words name (the last before the phrase, else the first after), with no fall-back.</summary>
        public Actor? StateIn(Segment seg, Hit hit) => seg.Last < seg.First ? null :
            _slots.States.LastOrDefault(x => x.Mention.First >= seg.First && x.Mention.First < hit.First).Actor
            ?? _slots.States.FirstOrDefault(x => x.Mention.First > hit.Last && x.Mention.First <= seg.Last).Actor;

        /// <summary>
        /// The state a frame is about: in its words, else earlier in the sentence — its subject, the first named, when
        /// "its" or "their" just before the phrase points back to it ("New Zealand was expelled from Anzus with Australia
        /// and the United States … for its ban on nuclear-armed ships"), else the last named — else, when the sentence
        /// refers back, the state of the text before.
        /// </summary>
        public Actor? State(Segment seg, Hit hit, bool inWords = true) =>
            (Possessive(hit) ? Subject(hit) : null)
            ?? (inWords ? StateIn(seg, hit) : null)
            ?? _slots.States.LastOrDefault(x => x.Mention.First < seg.First).Actor
            ?? (anaphoric ? context.State() : null);

        private bool Possessive(Hit hit) => Enumerable.Range(Math.Max(0, hit.First - 2), Math.Min(2, hit.First)).Any(i => A.Tokens[i].Norm is "its" or "their");

        // The last state named before the phrase as the subject of a verb ("since New Zealand was expelled …").
        private Actor? Subject(Hit hit) => A.Mentions
            .Where(m => m.Last + 1 < hit.First && m.Entity is { Kind: EntityKind.Actor } e && context.Atlas.FindActor(new ActorId(e.Id)) is { IsState: true }
                && A.Tokens[m.Last + 1].Norm is "was" or "is" or "has" or "had" or "were" or "are" or "became")
            .Select(m => context.Atlas.FindActor(new ActorId(m.Entity!.Id))).LastOrDefault();

        /// <summary>The first token of the treaty, organization or partnership whose name ends at the token, or null.</summary>
        public int? BodyMentionEndingAt(int token) => _slots.Treaties.Select(x => x.Mention).Concat(_slots.Organizations.Select(x => x.Mention)).Concat(_slots.Partnerships.Select(x => x.Mention))
            .Where(m => m.Last == token).Select(m => (int?)m.First).FirstOrDefault();

        /// <summary>Whether the sentence itself names a treaty or an organization (not only the text before).</summary>
        public bool NamesABody => _slots.Treaties.Count > 0 || _slots.Organizations.Count > 0;

        /// <summary>"the new agreement", "this declaration": a definite noun for a document, as the text before named it.</summary>
        public EntityRef? DocumentAnaphor(Segment seg)
        {
            for (var i = seg.First; i <= seg.Last; i++)
            {
                var noun = A.Tokens[i].Norm;
                if (noun is not ("agreement" or "declaration" or "arrangement" or "accord" or "deal" or "document" or "treaty" or "pact"))
                    continue;
                var from = Math.Max(seg.First, i - 3);
                var determiner = Enumerable.Range(from, i - from).LastOrDefault(k => A.Tokens[k].Norm is "the" or "this" or "that" or "a" or "an" or "any", -1);
                if (determiner < 0 || A.Tokens[determiner].Norm is "a" or "an" or "any")
                    return null;
                var newest = Enumerable.Range(determiner + 1, i - determiner - 1).Any(k => A.Tokens[k].Norm is "new" or "latest" or "newest" or "recent");
                return context.ResolveDocument(noun, newest);
            }
            return null;
        }

        public bool TreatyNamedIn(Segment seg) => _slots.Treaties.Any(x => x.Mention.First >= seg.First && x.Mention.First <= seg.Last);

        public Partnership? PartnershipIn(Segment seg) => _slots.Partnerships.FirstOrDefault(x => x.Mention.First >= seg.First && x.Mention.First <= seg.Last).Partnership;

        /// <summary>The first token of the first treaty, organization or partnership named in the segment, or null.</summary>
        public int? BodyMentionIn(Segment seg) => _slots.Treaties.Select(x => x.Mention).Concat(_slots.Organizations.Select(x => x.Mention)).Concat(_slots.Partnerships.Select(x => x.Mention))
            .Where(m => m.First >= seg.First && m.First <= seg.Last).Select(m => (int?)m.First).Min();

        public Actor? OrganizationIn(Segment seg) => _slots.Organizations.FirstOrDefault(x => x.Mention.First >= seg.First && x.Mention.First <= seg.Last).Actor;

        public Actor? Organization(Segment seg) => OrganizationIn(seg) ?? _slots.Organization ?? context.Organization();

        /// <summary>The treaty a frame is about: named in its words (or its organization's), else in the sentence, else the treaty or organization of the text before.</summary>
        public Treaty? Treaty(Segment seg)
        {
            var named = _slots.Treaties.FirstOrDefault(x => x.Mention.First >= seg.First && x.Mention.First <= seg.Last).Treaty
                ?? (OrganizationIn(seg) is { } org ? QueryExecutor.TreatyOf(context.Atlas, Slots.Ref(org)) : null)
                ?? _slots.Treaty;
            if (named is not null)
                return named;
            if ((context.LastNamedBody ?? context.LastBody) is { } body)
                return QueryExecutor.TreatyOf(context.Atlas, body);
            return null;
        }

        /// <summary>The article a frame speaks of: in the sentence ("Article 4 …, which calls for …"), else the one the text named last ("this Article").</summary>
        public string? Article() => A.Article ?? (A.Tokens.Any(t => t.Norm is "article" or "it") ? context.LastArticle : null);
    }
}
