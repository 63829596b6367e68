using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Claims;

/// <summary>
/// A claim read from a clause: the query it asserts and the character span of the words that assert it. With no
/// query, <see cref="Opinion"/> says why the words assert nothing the data could settle (a motive, a judgement).
/// </summary>
internal sealed record ReadClaim(Query? Query, int Start, int End, string Kind)
{
    /// <summary>Why the claim is not checkable, for a claim read as an opinion (no query).</summary>
    public string? Opinion { get; init; }

    /// <summary>The states a plural claim speaks of ("the three are legally bound to neutrality"), each judged alone; empty for one.</summary>
    public IReadOnlyList<ActorId> States { get; init; } = [];

    /// <summary>Topics the claim names, as written ("counter-terrorism", "cybersecurity"): the areas of a cooperation, the words of a cause.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The states, bodies and treaties a cause names ("West Germany's rearmament and NATO membership").</summary>
    public IReadOnlyList<EntityRef> Named { get; init; } = [];

    /// <summary>Words a policy's terms must contain for the claim to hold: every group, by one of its words.</summary>
    public IReadOnlyList<string[]> Terms { get; init; } = [];

    /// <summary>For an article's meaning: the kind of provision the claim says it is.</summary>
    public ProvisionKind? Provision { get; init; }

    /// <summary>The date in the claim's words is the claim's own ("ratified Sweden's accession on 26 February 2024"): no date claim is read inside it.</summary>
    public bool OwnsDate { get; init; }

    /// <summary>The claim says the pledge is of military force (not the means each party chooses).</summary>
    public bool Military { get; init; }

    /// <summary>The claim says the pledge binds every member towards every other (collective defence).</summary>
    public bool Collective { get; init; }

    /// <summary>For a quotation given as an article's words ("Article 5 states that “…”"): the quoted words.</summary>
    public string? Quotation { get; init; }

    /// <summary>The quotation is the text's own words for what the article says, not given as its words (no marks).</summary>
    public bool Paraphrase { get; init; }
}

/// <summary>
/// Reads the claims of a clause as the declarative form of the queries <c>ask</c> answers, with the same
/// tokenizer, name linker, lexicon and time phrases: "Finland joined NATO in 2023" asserts the date of a
/// DateQuery, "NATO had 12 member states" the count of a MembersQuery, "Ukraine is not a member of NATO" the
/// truth of an IsMemberQuery, "Article 4 calls for consultations" the kind of an article. "The pact", "the
/// alliance", "it" name the body the text spoke of last; a list of states ("made up of Russia, Belarus…",
/// "Albania (until 13 September 1968)") gives one claim per state.
/// </summary>
internal static class ClaimReader
{
    private static readonly HashSet<string> Anaphors = new(StringComparer.Ordinal) { "pact", "treaty", "alliance", "organization", "organisation", "bloc", "it", "its" };

    // Nouns for what a body was made against ("a counterweight to NATO", "in response to the Warsaw Pact").
    private static readonly HashSet<string> OppositionNouns = new(StringComparer.Ordinal)
    {
        "counterweight", "counterbalance", "counter", "response", "rival", "answer", "reaction", "opposition", "alternative", "counterpart",
    };

    // Documents other than a body's founding treaty: a clause about one of them is not about the body named before.
    private static readonly HashSet<string> OtherDocuments = new(StringComparer.Ordinal)
    {
        "protocol", "protocols", "declaration", "declarations", "communique", "communiqué", "memorandum", "amendment", "amendments", "annex", "resolution", "statement",
    };

    /// <param name="sentence">The sentence analysed as a whole: its tokens and names in the clause are reused, not found again.</param>
    /// <param name="priorState">The state spoken of last before the clause, for an "it" that is not the body.</param>
    public static IEnumerable<ReadClaim> Read(Atlas atlas, Analysis sentence, int start, int end, Func<string?, EntityRef?> context, Func<EntityRef?>? priorState = null)
    {
        var text = sentence.Text;
        var from = 0;
        while (from < sentence.Tokens.Count && sentence.Tokens[from].Start < start)
            from++;
        var to = from;
        while (to < sentence.Tokens.Count && sentence.Tokens[to].Start < end)
            to++;
        if (to - from < 1 || to - from > 120)
            return [];
        var tokens = sentence.Tokens.Skip(from).Take(to - from).ToList();
        var linked = sentence.Mentions.Where(m => m.First >= from && m.Last < to).Select(m => m with { First = m.First - from }).ToList();
        var first = Analysis.Of(atlas, text, tokens, fuzzy: false, linked: linked);
        var mentions = first.Mentions.ToList();
        // Coreference: "the Pact was signed…" is the body last named with "pact" in its name; "it" the body last named.
        // A partnership named ("joined the Partnership for Peace in 1994") is what the clause is about: no body is added.
        // "(The Warsaw Pact:) alliance founded by the Soviet Union in 1955 as a counterweight to NATO": a body named only as what
        // the clause's subject opposed is not its subject; the subject is the body spoken of before.
        bool Opposed(Mention m)
        {
            var k = m.First - 1;
            if (k >= 0 && tokens[k].Norm == "the")
                k--;
            return k >= 0 && (tokens[k].Norm is "against" || tokens[k].Norm == "to" && k > 0 && OppositionNouns.Contains(tokens[k - 1].Norm));
        }
        if (!mentions.Any(m => m.Entity is { } e && (IsBody(atlas, e) && !Opposed(m) || e.Kind == EntityKind.Partnership)))
        {
            // "…, but it is one of the few aspiring members the alliance had been considering": a noun naming a body ("the
            // alliance") is the body; "it" beside it is the state spoken of before, when the clause names none.
            // "any military alliance", "a treaty" are not the one spoken of before: an indefinite noun refers to none.
            var noun = tokens.FindIndex(t => Anaphors.Contains(t.Norm) && t.Norm is not ("it" or "its"));
            var generic = noun >= 0 && Enumerable.Range(Math.Max(0, noun - 2), noun - Math.Max(0, noun - 2)).Any(k => tokens[k].Norm is "a" or "an" or "any" or "no" or "another" or "every" or "each" or "other" or "some" or "one");
            var pronoun = tokens.FindIndex(t => t.Norm is "it" or "its");
            var i = noun >= 0 ? noun : pronoun;
            // "The accession protocol was signed by all 30 allies in July 2022": a clause whose words name another document
            // (a protocol, a declaration) before any word for the body is about that document, not the body spoken of before.
            var document = tokens.FindIndex(t => OtherDocuments.Contains(t.Norm));
            var aboutOther = document >= 0 && (i < 0 || document < i);
            if (!generic && !aboutOther && (i >= 0 ? context(tokens[i].Norm) : context(null)) is { } body)
            {
                var at = Math.Max(i, 0);
                mentions.Add(new Mention(at, i >= 0 ? 1 : 0, tokens[at].Start, i >= 0 ? tokens[at].End : tokens[at].Start, i >= 0 ? tokens[at].Text : "", [body], Fuzzy: false));
                if (noun >= 0 && pronoun >= 0 && pronoun < noun && !mentions.Any(m => m.Entity is { Kind: EntityKind.Actor } e && !IsBody(atlas, e)) && priorState?.Invoke() is { } state)
                    mentions.Add(new Mention(pronoun, 1, tokens[pronoun].Start, tokens[pronoun].End, tokens[pronoun].Text, [state], Fuzzy: false));
            }
        }
        // The clause with the body an anaphor names added (the same analysis otherwise).
        var a = first.WithMentions([.. mentions.OrderBy(m => m.First)]);
        if (a.Wh is not (Wh.None or Wh.Which or Wh.Who) || a.YesNo || a.Time?.Problem is not null)
            return [];
        var claims = Claims(atlas, a, new Slots(atlas, a)).ToArray();
        // A list of members ends before its clause does ("… (until September 1990) Albania withdrew in 1961"): read the rest.
        if (claims.Length > 0 && claims.All(c => c.Kind is "member-list" or "left") && claims.Max(c => c.End) is var listEnd && listEnd < end - 10)
            return [.. claims, .. Read(atlas, sentence, listEnd, end, context)];
        return claims;
    }

    private static IEnumerable<ReadClaim> Claims(Atlas atlas, Analysis a, Slots s)
    {
        var tokens = a.Tokens;
        (int, int) Span(int from, int to) => (tokens[Math.Clamp(from, 0, tokens.Count - 1)].Start, tokens[Math.Clamp(to, 0, tokens.Count - 1)].End);

        // A list of states ("Albania (until 13 September 1968) Bulgaria Romania …", "made up of Russia, Kazakhstan …").
        // A list that is the subject of a change ("Bolivia, Cuba, Ecuador, and Nicaragua left in 2012") is read with the change, below.
        // "…, Romania and Albania, which withdrew in 1968": a relative clause after the last state is that state's change only.
        bool Relative(int after, int cue) => Enumerable.Range(after + 1, Math.Max(0, cue - after - 1)).Any(k => tokens[k].Norm is "which" or "who");
        if (ListRun(a, s) is { Count: >= 3 } run && s.Body is { } listed && a.Modal is null
            && !a.Cues.Any(c => c.Cue is Cue.Join or Cue.Leave && c.First > run[^1].Mention.Last && c.First - run[^1].Mention.Last <= 3 && DateAfter(a, c.First) is not null
                && !Relative(run[^1].Mention.Last, c.First)))
        {
            // A list most of whose states were never parties is not that body's ("… joined NATO. The Warsaw Pact's members were …"
            // read with the wrong body): only its parties are claims. Where most were, one that never was is a claim too.
            var parties = QueryExecutor.Spells(atlas, listed).Select(p => p.Actor).ToHashSet();
            var ofBody = run.Count(x => parties.Contains(x.Actor.Id)) * 2 > run.Count;
            foreach (var (state, mention) in run)
            {
                var last = mention.Last;
                if (!ofBody && !parties.Contains(state.Id))
                    continue;
                if (mention == run[^1].Mention && a.Cues.FirstOrDefault(c => c.Cue is Cue.Join or Cue.Leave && c.First > last && c.First - last <= 3 && Relative(last, c.First)) is { } own
                    && DateAfter(a, own.First) is { } changed && !a.Tokens[own.First].Norm.EndsWith("ing", StringComparison.Ordinal))
                {
                    var (cf, ct) = Span(mention.First, changed.Last);
                    var ownKind = own.Cue == Cue.Join ? DateKind.Joined : DateKind.Left;
                    yield return new ReadClaim(new DateQuery(listed, ownKind, state.Id) { Asserted = new Assertion(Date: changed.Date, Until: changed.Until) }, cf, ct, ownKind == DateKind.Joined ? "joined" : "left");
                    continue;
                }
                if (last + 2 < tokens.Count && tokens[last + 1].Is("(") && tokens[last + 2].Norm is "until" or "till" or "to")
                {
                    var (day, length, problem, precision) = TimePhrases.Date(tokens, last + 3);
                    if (day is { } d && problem is null)
                    {
                        var close = last + 3 + length < tokens.Count && tokens[last + 3 + length].Is(")") ? last + 3 + length : last + 2 + length;
                        var (from, to) = Span(mention.First, close);
                        yield return new ReadClaim(new DateQuery(listed, DateKind.Left, state.Id) { Asserted = new Assertion(Date: Partial(d, precision)) }, from, to, "left");
                        continue;
                    }
                }
                var (f, t) = Span(mention.First, mention.Last);
                yield return new ReadClaim(new DateQuery(listed, DateKind.Joined, state.Id) { Asserted = new Assertion(Holds: true) }, f, t, "member-list");
            }
            yield break;
        }

        // X joined Y in 1999; X withdrew from Y in 1968; GDR membership ended in September 1990.
        // A gerund names the change without asserting it ("made joining NATO a priority", "considered leaving").
        // "Before it was formally dissolved in April 1991, the Warsaw Pact served as the Soviet Union's mechanism": what ended
        // is the body; a state named only after "dissolved" or "ended" did not leave (read below as the body's date).
        if (s.States.Count > 0 && s.Body is { } body && (Change(a, Cue.Join) ?? Change(a, Cue.Leave) ?? Change(a, Cue.Suspend) ?? Change(a, Cue.End)) is { } change
            && (DateAfter(a, change.First) ?? LeadingDate(a, change.First)) is { } when && !(change.Cue == Cue.End && Subjects(a, s, change.First).Length == 0))
        {
            // "Finland applied to join NATO in May 2022": the application's day, not the accession's.
            // "The United States formally suspended its treaty obligations to New Zealand in 1986", "Armenia froze its participation in 2024".
            var kind = change.Cue == Cue.Suspend ? DateKind.Suspended
                : change.Cue != Cue.Join ? (a.OfCommand ? DateKind.LeftCommand : DateKind.Left)
                : a.OfCommand ? DateKind.RejoinedCommand : a.Applies ? DateKind.Applied : DateKind.Joined;
            // The states that join or leave are those before the verb ("New Zealand was expelled from ANZUS with Australia
            // and the United States": New Zealand only), unless none comes before it.
            var subjects = Subjects(a, s, change.First);
            // Only states inside a relative clause before the verb: the subject is outside this clause, and not read here.
            if (subjects.Length == 0 && s.States.Any(x => x.Mention.Last < change.First) && s.States.All(x => x.Mention.Last < change.First))
                yield break;
            var changed = subjects.Length > 0 ? subjects : [.. s.States];
            // "Venezuela left in 2013 but rejoined again in July 2019": each change with its own date, in the order written.
            var steps = new List<(CueAt Cue, DateKind Kind, (PartialDate Date, int Last, PartialDate? Until) When)>();
            foreach (var c in a.Cues.Where(c => c.Cue is Cue.Join or Cue.Leave && c.First > change.First && Change(a, c.Cue) is not null
                && !a.Tokens[c.First].Norm.EndsWith("ing", StringComparison.Ordinal) && !WithdrewAThing(a, c)).Prepend(change))
            {
                if (steps.Count > 0 && c.First <= steps[^1].When.Last || (steps.Count == 0 ? when : DateAfter(a, c.First)) is not { } at)
                    continue;
                var stepKind = steps.Count == 0 ? kind : c.Cue == Cue.Join ? (a.OfCommand ? DateKind.RejoinedCommand : DateKind.Joined) : a.OfCommand ? DateKind.LeftCommand : DateKind.Left;
                // "rejoined", "returned to": a membership after the first.
                if (stepKind == DateKind.Joined && a.Tokens[c.First].Norm is "rejoin" or "rejoined" or "rejoins" or "returned" or "reintegrated")
                    stepKind = DateKind.Rejoined;
                steps.Add((c, stepKind, at));
            }
            foreach (var (cue, stepKind, at) in steps)
            {
                foreach (var (state, mention) in changed)
                {
                    // Several states: each its own claim over its name, so that each is judged and shown ("Cuba" did not leave).
                    var (f, t) = changed.Length > 1 ? Span(mention.First, mention.Last) : Span(cue == change ? Math.Min(mention.First, change.First) : cue.First, at.Last);
                    yield return new ReadClaim(new DateQuery(body, stepKind, state.Id) { Asserted = new Assertion(Date: at.Date, Until: at.Until) }, f, t,
                        stepKind switch { DateKind.Joined => "joined", DateKind.Rejoined => "rejoined", DateKind.Suspended => "suspended", DateKind.Applied => "applied", DateKind.LeftCommand => "left-command", DateKind.RejoinedCommand => "rejoined-command", _ => "left" });
                }
            }
            yield break;
        }

        // "Ukraine became independent in 1991", "Finland declared independence in 1917", "the Republic of Ireland became
        // independent in the interwar years": the subject's independence, as "When did Ukraine become independent?" asks.
        // Only words that say it became so: a phrase ("became independent", "declared independence") or "independent since",
        // "independence in/on"; "an independent review in 2019" says nothing of the state's independence.
        if (a.Cues.FirstOrDefault(c => c.Cue == Cue.Independent && AssertsIndependence(a, c)) is { } independent && s.States.Count > 0 && DateAfter(a, independent.First) is { } became
            && Subjects(a, s, independent.First) is { Length: > 0 } independents)
        {
            var (state, mention) = independents[0];
            var (f, t) = Span(Math.Min(mention.First, independent.First), became.Last);
            yield return new ReadClaim(new DateQuery(Slots.Ref(state), DateKind.Independent) { Asserted = new Assertion(Date: became.Date, Until: became.Until) }, f, t, "independent");
            yield break;
        }

        // Y was founded / signed / entered into force / dissolved on DATE (each date word with the date after it).
        // States named after the date word ("…established in 1949 to counter the Soviet Union") are not its subject.
        var firstDateCue = a.Cues.Where(c => c.Cue is Cue.Sign or Cue.Found or Cue.InForce or Cue.End).Select(c => c.First).DefaultIfEmpty(-1).First();
        // Its parties may come first ("Saudi Arabia and Pakistan signed the Strategic Mutual Defence Agreement", "security
        // treaty between Australia, New Zealand, and the United States that was signed … on Sept. 1, 1951").
        if (firstDateCue >= 0 && s.Subject is { } subject
            && s.States.All(x => x.Mention.First > firstDateCue || subject.Kind == EntityKind.Document && s.Documents[0].Signing.Actors.Contains(x.Actor.Id)
                || subject.Kind is EntityKind.Treaty or EntityKind.Actor && QueryExecutor.Spells(atlas, subject).Any(p => p.Actor == x.Actor.Id)))
        {
            var any = false;
            foreach (var cue in a.Cues.Where(c => c.Cue is Cue.Sign or Cue.Found or Cue.InForce or Cue.End))
            {
                if (DateAfter(a, cue.First) is not { } on)
                    continue;
                // "its membership was ratified by the Uzbek parliament on 28 March 2008": one party's ratification, not the
                // treaty's entry into force.
                if (a.Tokens[cue.First].Norm is "ratified" or "ratification" && (s.States.Count > 0
                    || a.Tokens.Any(t => t.Norm is "parliament" or "senate" or "congress" or "membership" or "accession" or "legislature")))
                    continue;
                var kind = cue.Cue switch
                {
                    Cue.Sign => DateKind.Signed,
                    Cue.Found => DateKind.Founded,
                    Cue.InForce => DateKind.InForce,
                    _ => DateKind.Ended,
                };
                var mention = a.Mentions.FirstOrDefault(m => m.Entity == subject);
                // A second date of the same subject ("… signed on 1 September 1951 and entered into force on 29 April 1952") is
                // its own claim from its verb: from the name it would overlap the first and be dropped.
                var from = !any && mention is not null && mention.Count > 0 && mention.First < cue.First ? mention.First : cue.First;
                var (f, t) = Span(from, on.Last);
                // "The Treaty was first signed in 1951": the first of the treaties it replaced (the 1951 Security Treaty), as
                // a question with "first" is read.
                var first = cue.First > 0 && a.Tokens[cue.First - 1].Norm is "first" or "originally" or "initially" && cue.Cue is Cue.Sign or Cue.InForce;
                yield return new ReadClaim(new DateQuery(first ? Frames.Earliest(atlas, subject) : subject, kind) { Asserted = new Assertion(Date: on.Date) }, f, t, "date");
                any = true;
            }
            // "Saudi Arabia and Pakistan have signed a Strategic Mutual Defense Agreement": with no date, that it was signed.
            if (!any && subject.Kind == EntityKind.Document && a.Cues.FirstOrDefault(c => c.Cue == Cue.Sign) is { } signed
                && a.Mentions.FirstOrDefault(m => m.Entity == subject) is { } document && !a.Negated)
            {
                var first = s.States.Select(x => x.Mention.First).Append(signed.First).Append(document.First).Min();
                var (f, t) = Span(first, Math.Max(document.Last, signed.First + signed.Count - 1));
                yield return new ReadClaim(new DateQuery(subject, DateKind.Signed) { Asserted = new Assertion(Holds: true) }, f, t, "signed");
                any = true;
            }
            // "NATO was founded in 1949 by 12 countries": a count of members beside the date is a claim too (read below).
            // Not "between the two countries": a count after "the" names the parties, it does not count them.
            if (any && !(s.Body is not null && Count(a) is { } beside && !(beside.First > 0 && a.Tokens[beside.First - 1].Norm is "the" or "both") && a.Cues.Where(c => c.Cue is Cue.Sign or Cue.Found or Cue.InForce or Cue.End).All(c => DateAfter(a, c.First) is not { } d || d.Last < beside.First || c.First > beside.Last)))
                yield break;
        }

        // "The ANZUS Treaty is still in force", "The Rio Treaty is no longer in force": with no date, the treaty's standing on the
        // day of truth ("no longer", "not" deny it).
        if (s.Subject is { } standing && s.States.Count == 0 && a.Modal is null && a.Cues.FirstOrDefault(c => c.Cue == Cue.InForce) is { } inForce
            && DateAfter(a, inForce.First) is null && a.Mentions.FirstOrDefault(m => m.Entity == standing) is { } named && named.Last < inForce.First
            && Enumerable.Range(named.Last + 1, inForce.First - named.Last - 1).Select(k => a.Tokens[k].Norm).ToArray() is var between
            && between.Any(w => w is "is" or "are" or "remains" or "remain" or "still" or "was"))
        {
            var denied = between.Any(w => w is "not" or "never" or "longer");
            var (f, t) = Span(named.First, inForce.First + inForce.Count - 1);
            yield return new ReadClaim(new InForceQuery(standing) { Asserted = new Assertion(Holds: !denied) }, f, t, "in-force");
            yield break;
        }

        // "Finland became NATO's 31st member", "Spain was the 16th country to join NATO": the one state named before the
        // rank is the member of that rank in the order of joining.
        if (s.Body is { } ranked && Frames.MemberRankAt(a) is { } rank && s.States.Where(x => x.Mention.First < rank.First).ToArray() is { Length: 1 } ranking)
        {
            var (f, t) = Span(ranking[0].Mention.First, Math.Max(rank.Last, a.Mentions.FirstOrDefault(m => m.Entity == ranked)?.Last ?? rank.Last));
            yield return new ReadClaim(new MembersQuery(ranked, MemberSelection.Ever, MemberAggregate.Rank) { Rank = rank.Rank, Asserted = new Assertion(Actors: [ranking[0].Actor.Id]) }, f, t, "member-rank");
            yield break;
        }

        // Y has 30 members; at first it had 12 member states; one of six member states of the CSTO.
        // States named after the count ("12 member states, including the UK and the US") are examples, not its subject.
        // "… brought its membership to 26 countries": the count after a change, of a day the clause does not give, is not read.
        if (s.Body is not null && Count(a) is { } after && after.First >= 2 && a.Tokens[after.First - 1].Norm == "to"
            && Enumerable.Range(Math.Max(0, after.First - 6), Math.Min(after.First, 5)).Any(k => a.Tokens[k].Norm is "brought" or "bringing" or "raised" or "raising" or "took" or "taking" or "increased" or "increasing" or "rose" or "expanded" or "expanding" or "grew" or "growing"
                && !(k > 0 && a.Tokens[k - 1].Norm is "has" or "have" or "had"))
            && a.Time?.When is not { Kind: TimeKind.InYear or TimeKind.On })
            yield break;
        if (s.Body is { } counted && Count(a) is { } n && s.States.Count(x => x.Mention.First < n.First) <= 1)
        {
            var founding = a.Has(Cue.Founding) || a.HasWord("first") || a.HasWord("initially") || a.HasWord("originally") || CountsTheFounders(a, n.First);
            // "between the Soviet Union and seven states", "the United States and 11 other countries": the named state is one more.
            var plusOne = n.First >= 2 && a.Tokens[n.First - 1].Norm is "and" or "plus" && s.States.Any(x => x.Mention.Last == n.First - 2);
            var (f, t) = Span(plusOne ? s.States.First(x => x.Mention.Last == n.First - 2).Mention.First : n.First, n.Last);
            yield return new ReadClaim(new MembersQuery(counted, founding ? MemberSelection.Founding : MemberSelection.Current, MemberAggregate.Count)
            {
                Asserted = new Assertion(Number: plusOne ? n.Number + 1 : n.Number),
                // "In 1991, the leaders of the six nations remaining in the Warsaw Pact …": the count of that year.
                // "NATO, formed in 1949, now has 30 members": a word of the present before the count makes it today's.
                When = a.Time?.When is { Kind: TimeKind.InYear } year && !Enumerable.Range(0, n.First).Any(k => a.Tokens[k].Norm is "now" or "today" or "currently" or "presently") ? year : TimeSpec.Now,
            }, f, t, "member-count");
            yield break;
        }

        // "Sweden joined the Partnership for Peace in 1994", "Japan is a major non-NATO ally", "Ukraine is not a NATO
        // aspirant": a state's part in a partnership or its status, when no organization or treaty is named beside it.
        if (s.Body is null && s.Partnerships.Count > 0 && s.States.Where(x => x.Mention.First < s.Partnerships[0].Mention.First).ToArray() is { Length: 1 } holders
            && a.Modal is null)
        {
            var (state, stateMention) = holders[0];
            var partnership = s.Partnerships[0];
            var (f, t) = Span(stateMention.First, partnership.Mention.Last);
            if (Change(a, Cue.Join) is { } joined && joined.First < partnership.Mention.First && DateAfter(a, joined.First) is { } joinedWhen)
            {
                (f, t) = Span(stateMention.First, Math.Max(partnership.Mention.Last, joinedWhen.Last));
                yield return new ReadClaim(new StatusQuery(state.Id, partnership.Partnership.Id) { Asserted = new Assertion(Date: joinedWhen.Date) }, f, t, "status-joined");
                yield break;
            }
            if (a.HasWord("is") || a.HasWord("was") || a.HasWord("are") || a.HasWord("remains") || a.HasWord("participates") || a.HasWord("takes") && a.HasWord("part"))
            {
                var negated = Enumerable.Range(stateMention.Last + 1, Math.Max(0, partnership.Mention.First - stateMention.Last - 1)).Any(k => Lexicon.Negations.Contains(a.Tokens[k].Norm));
                yield return new ReadClaim(new StatusQuery(state.Id, partnership.Partnership.Id) { Asserted = new Assertion(Holds: !negated) }, f, t, "status");
                yield break;
            }
        }

        // "Ukraine is one of the aspiring members of NATO", "it is a NATO candidate country": the body's status of aspirant
        // (or candidate), where the data has one, asserted of the state named before.
        if (s.Body is { Kind: EntityKind.Actor } aspired && a.Cues.FirstOrDefault(c => c.Cue == Cue.Member) is { First: > 0 } wish
            && NotYetMembers.Contains(a.Tokens[wish.First - 1].Norm) && Aspirants(atlas, new ActorId(aspired.Id), a.Tokens[wish.First - 1].Norm) is { } status
            && s.States.Where(x => x.Mention.First < wish.First).ToArray() is { Length: 1 } wishing && a.Modal is null
            && (a.HasWord("is") || a.HasWord("was") || a.HasWord("are") || a.HasWord("remains")))
        {
            var stateMention = wishing[0].Mention;
            var negated = NegatedBetween(a, stateMention.Last + 1, wish.First);
            var (f, t) = Span(stateMention.Count > 0 ? stateMention.First : wish.First - 1, wish.First + wish.Count - 1);
            yield return new ReadClaim(new StatusQuery(wishing[0].Actor.Id, status.Id) { Asserted = new Assertion(Holds: !negated) }, f, t, "status");
            yield break;
        }

        // X is (not) a member of Y.
        // The subject is the one state named before the member word: states after it ("…of NATO, the alliance across
        // North America and Europe") are not what the clause says is a member.
        if (s.Body is { } of && a.Cues.FirstOrDefault(c => c.Cue == Cue.Member && a.Tokens[c.First].Norm is not ("in" or "states" or "countries" or "nations")) is { } member
            // "one of the aspiring members", "a prospective member", "an associate member": no membership is asserted.
            && !(member.First > 0 && NotYetMembers.Contains(a.Tokens[member.First - 1].Norm))
            && s.States.Where(x => x.Mention.First < member.First).ToArray() is var before && (before.Length == 1 || before.Length == 0 && s.States.Count == 1)
            // "…as it was still part of the United Kingdom": a state named right after the member word is no body.
            && !a.Mentions.Any(m => m.First > member.First + member.Count - 1 && m.First <= member.First + member.Count + 1 && m.Entity is { Kind: EntityKind.Actor } e && !IsBody(atlas, e))
            && (a.HasWord("is") || a.HasWord("was") || a.HasWord("are") || a.HasWord("remains")) && a.Modal is null && !a.HasWord("become") && !a.HasWord("becoming"))
        {
            var mention = (before.Length == 1 ? before[0] : s.States[0]).Mention;
            // A body an anaphor supplied with no words of its own ("Currently, Ukraine isn't a member-state") has no place
            // to be negated at: the negation is the one before the member word.
            var bodyMention = a.Mentions.FirstOrDefault(m => m.Entity == of && m.Count > 0);
            // The negation of the first body: before the member word or right before that body — not one that belongs to
            // a body coordinated after it ("a member of the EU but not of NATO").
            var negated = bodyMention is null
                ? a.Negates([Cue.Member], m => m.Entity is { } e && IsBody(atlas, e)) || NegatedBetween(a, Math.Max(0, member.First - 4), member.First)
                : NegatedBetween(a, Math.Max(0, Math.Min(member.First, bodyMention.First) - 4), Math.Min(member.First, bodyMention.First))
                    || NegatedBetween(a, member.First + member.Count, bodyMention.First);
            var actor = mention.Entity is { } e ? new ActorId(e.Id) : (before.Length == 1 ? before[0] : s.States[0]).Actor.Id;
            var (f, t) = Span(Math.Min(mention.First, member.First), Math.Max(member.First + member.Count - 1, bodyMention?.Last ?? 0));
            yield return new ReadClaim(new IsMemberQuery(actor, of) { Asserted = new Assertion(Holds: !negated) }, f, t, "membership");
            // "… but not of NATO", "… and of the CSTO", "… nor of the EU": each body coordinated after the first, with its own polarity.
            var last = bodyMention;
            // (A body an anaphor supplied is a mention of no words: nothing is coordinated after it.)
            while (last is not null && last.Count > 0 && a.Mentions.FirstOrDefault(m => m.First > last.Last && m.Count > 0 && m.Entity is { } b && IsBody(atlas, b)) is { } next
                && next.First - last.Last <= 6 && Enumerable.Range(last.Last + 1, next.First - last.Last - 1).All(k => Coordination.Contains(a.Tokens[k].Norm)))
            {
                var gap = Enumerable.Range(last.Last + 1, next.First - last.Last - 1).Select(k => a.Tokens[k].Norm).ToArray();
                var own = gap.Contains("nor") || gap.Any(Lexicon.Negations.Contains) ? true : gap.Contains("but") ? !negated : negated;
                var (nf, nt) = Span(next.First - gap.Length, next.Last);
                yield return new ReadClaim(new IsMemberQuery(actor, next.Entity!) { Asserted = new Assertion(Holds: !own) }, nf, nt, "membership");
                last = next;
            }
        }
    }

    /// <summary>The status of a body's would-be members named by the word ("aspiring" → "NATO aspirant countries"), if the data has one.</summary>
    private static Partnership? Aspirants(Atlas atlas, ActorId body, string word)
    {
        if (word.Length < 5)
            return null;
        var stem = word[..5];
        var found = atlas.Partnerships.Where(p => p.Organization == body && p.Kind == PartnershipKind.Status
            && new[] { p.Name }.Concat(p.Aliases).Any(n => n.Split(' ', '-', '(').Any(w => w.StartsWith(stem, StringComparison.OrdinalIgnoreCase)))).ToArray();
        return found.Length == 1 ? found[0] : null;
    }

    /// <summary>
    /// The longest run of states named one after the other as a list: between two names only commas, "and",
    /// a parenthesis ("(until 1 January 1990)") or a few capitalised words of an official name.
    /// </summary>
    private static List<(Actor Actor, Mention Mention)> ListRun(Analysis a, Slots s)
    {
        var best = new List<(Actor, Mention)>();
        var current = new List<(Actor, Mention)>();
        foreach (var state in s.States.OrderBy(x => x.Mention.First))
        {
            if (current.Count > 0 && !Gap(a, current[^1].Item2.Last + 1, state.Mention.First))
            {
                if (current.Count > best.Count)
                    best = current;
                current = [];
            }
            current.Add(state);
        }
        return current.Count > best.Count ? current : best;
    }

    private static bool Gap(Analysis a, int from, int to)
    {
        var words = 0;
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            var t = a.Tokens[i];
            if (t.Is("("))
                depth++;
            else if (t.Is(")"))
                depth--;
            else if (depth > 0 || t.Kind == TokenKind.Punctuation || t.Norm is "and" or "or")
                continue;
            else if (t.IsCapitalized && ++words <= 3)
                continue;
            else
                return false;
        }
        return true;
    }

    /// <summary>A day read at the precision written: 1949, September 1990, 14 May 1955.</summary>
    private static PartialDate Partial(DateOnly day, int precision) => precision switch
    {
        3 => PartialDate.FromDate(day),
        2 => PartialDate.Parse(day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)),
        _ => PartialDate.OfYear(day.Year),
    };

    /// <summary>
    /// "It was signed at Washington DC between the US and 11 other nations", "It started with 12 countries", "founded by
    /// 12 states": a count governed by a signing or founding verb counts the founders. Read back from the count, a word
    /// of the present ("now", "today", "has grown to") comes first when it is the count of members at the day of truth.
    /// </summary>
    private static bool CountsTheFounders(Analysis a, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            var w = a.Tokens[i].Norm;
            if (w is "now" or "today" or "currently" or "presently" or "grown" or "grew" or "expanded" or "has" or "have" or "comprises" or "includes" or "to" or "since" || w == ",")
                return false;
            if (a.Cues.Any(c => c.First == i && c.Cue is Cue.Sign or Cue.Found) || w is "began")
                return true;
        }
        return false;
    }

    private static CueAt? Change(Analysis a, Cue cue) =>
        a.Cues.FirstOrDefault(c => c.Cue == cue && !a.Tokens[c.First].Norm.EndsWith("ing", StringComparison.Ordinal) && !WithdrewAThing(a, c));

    /// <summary>
    /// "France withdrew financial support for SEATO", "Georgia withdrew its ambassador": something withdrawn that is not
    /// the state itself, its membership or its forces is no leaving. What may follow "withdrew" in a leaving is short.
    /// </summary>
    private static bool WithdrewAThing(Analysis a, CueAt c)
    {
        if (!a.Tokens[c.First].Norm.StartsWith("withdr", StringComparison.Ordinal) || c.First + 1 >= a.Tokens.Count || a.Tokens[c.First + 1].Kind != TokenKind.Word)
            return false;
        var next = a.Tokens[c.First + 1].Norm;
        if (next is "its" or "their" or "all" or "the")
            return !(c.First + 2 < a.Tokens.Count && a.Tokens[c.First + 2].Norm is "membership" or "participation" or "forces" or "military" or "armed" or "troops" or "country" or "nation" or "state");
        return !(LeavingFollowers.Contains(next) || a.Mentions.Any(m => m.First == c.First + 1));
    }

    private static readonly HashSet<string> LeavingFollowers = new(StringComparer.Ordinal)
    {
        "from", "out", "in", "on", "at", "after", "before", "when", "as", "and", "but", "formally", "officially", "completely", "fully",
        "unilaterally", "altogether", "entirely", "effective", "membership", "participation",
    };

    // The states right before a verb, with those joined to them by "and" or commas ("the Czech Republic, Hungary and
    // Poland joined"): "…agreement with the United States since New Zealand was expelled" has New Zealand only.
    private static bool AssertsIndependence(Analysis a, CueAt cue)
    {
        var next = cue.First + cue.Count < a.Tokens.Count ? a.Tokens[cue.First + cue.Count].Norm : "";
        return cue.Count > 1 || next == "since" || a.Tokens[cue.First].Norm == "independence" && next is "in" or "on" or "from";
    }

    private static (Actor Actor, Mention Mention)[] Subjects(Analysis a, Slots s, int verb)
    {
        // A relative clause between commas ("Finland, which shares a 1,340 km border with Russia, joined …") is not where the
        // subject is: states named inside it are skipped.
        bool InRelative(Mention m)
        {
            var open = -1;
            for (var i = m.First - 1; i >= 0; i--)
            {
                // At the clause's start, the relative pronoun opens it ("…, which shares a border with Russia, joined").
                if (a.Tokens[i].Norm is "which" or "who" or "whose" or "that" && (i == 0 || a.Tokens[i - 1].Norm == ","))
                {
                    open = i;
                    break;
                }
                if (a.Tokens[i].Norm == "," && !(i > 0 && a.Tokens[i - 1].Kind == TokenKind.Number && i + 1 < a.Tokens.Count && a.Tokens[i + 1].Kind == TokenKind.Number))
                    break;
            }
            return open >= 0 && Enumerable.Range(m.Last + 1, Math.Max(0, verb - m.Last - 1)).Any(k => a.Tokens[k].Norm == ",");
        }
        var before = s.States.Where(x => x.Mention.Last < verb && !InRelative(x.Mention)).OrderByDescending(x => x.Mention.First).ToList();
        if (before.Count == 0)
            return [];
        var run = new List<(Actor Actor, Mention Mention)> { before[0] };
        foreach (var next in before.Skip(1))
        {
            var gap = Enumerable.Range(next.Mention.Last + 1, run[^1].Mention.First - next.Mention.Last - 1).Select(i => a.Tokens[i].Norm);
            if (!gap.All(w => w is "," or "and" or "or" or "the" or "as" or "well"))
                break;
            run.Add(next);
        }
        run.Reverse();
        return [.. run];
    }

    /// <summary>Words that may stand between two bodies coordinated after one member word.</summary>
    private static readonly HashSet<string> Coordination = new(StringComparer.Ordinal)
    {
        "and", "but", "or", "nor", "not", "of", "the", "a", "member", "members", "also", "neither", "either", "still", ",", "is", "in",
    };

    private static bool NegatedBetween(Analysis a, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < a.Tokens.Count; k++)
        {
            if (Lexicon.Negations.Contains(a.Tokens[k].Norm))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> NotYetMembers = new(StringComparer.Ordinal)
    {
        "aspiring", "aspirant", "prospective", "would-be", "future", "candidate", "potential", "associate", "applicant", "hopeful", "eventual",
    };

    private static bool IsBody(Atlas atlas, EntityRef e) =>
        e.Kind == EntityKind.Treaty || e.Kind == EntityKind.Actor && atlas.Actor(new ActorId(e.Id)).Kind == ActorKind.Organization;

    /// <summary>
    /// "In 1999, Poland, Hungary, and the Czech Republic joined NATO", "On 29 March 2004, seven states joined": a date that
    /// opens the clause, before its verb, followed by a comma. Its last token is given as the cue's, so spans end at the verb.
    /// </summary>
    private static (PartialDate Date, int Last, PartialDate? Until)? LeadingDate(Analysis a, int cue)
    {
        if (a.Tokens.Count < 4 || a.Tokens[0].Norm is not ("in" or "on" or "by"))
            return null;
        var (day, length, problem, precision) = TimePhrases.Date(a.Tokens, 1);
        return day is { } d && problem is null && 1 + length < cue && a.Tokens[1 + length].Is(",") ? (Partial(d, precision), cue, null) : null;
    }

    /// <summary>The first date or decade within ten words after a cue: "signed in Warsaw on 14 May 1955", "in 1949", "in September 1990", "in the mid-1980s".</summary>
    private static (PartialDate Date, int Last, PartialDate? Until)? DateAfter(Analysis a, int cue)
    {
        // Within ten words of the cue, a name counting as one word ("expelled from the ANZUS alliance with Australia and
        // the United States in the mid-1980s").
        var words = 0;
        var kind = a.Cues.FirstOrDefault(c => c.First == cue)?.Cue;
        for (var i = cue + 1; i < a.Tokens.Count && words < 10; i++)
        {
            // "signed the next year and the treaty took effect in 1994": a date after another verb of date is that verb's.
            if (kind is Cue.Sign or Cue.Found or Cue.InForce or Cue.End && a.Cues.Any(c => c.First == i && c.Cue is Cue.Sign or Cue.Found or Cue.InForce or Cue.End && c.Cue != kind))
                return null;
            // "in the mid-1980s": the years said, from the first to the last.
            if (TimePhrases.Decade(a.Tokens, i) is { } decade)
                return (PartialDate.OfYear(decade.From.Year), decade.Last, PartialDate.OfYear(decade.To.Year));
            // "in the interwar years", "during the Cold War": the years of the period.
            if (i > cue + 1 && a.Tokens[i - 1].Norm is "in" or "during" && TimePhrases.NamedPeriod(a.Tokens, i) is { } period)
                return (PartialDate.OfYear(period.From.Year), period.Last, PartialDate.OfYear(period.To.Year));
            if (a.Mentions.FirstOrDefault(m => m.First == i) is { } name)
                i = name.Last;
            // Punctuation and the little words of a name's phrase ("the", "and", "of") do not count.
            if (a.Tokens[i].Kind == TokenKind.Word && a.Tokens[i].Norm is not ("the" or "and" or "of" or "a" or "an"))
                words++;
            var (day, length, problem, precision) = TimePhrases.Date(a.Tokens, i);
            if (problem is not null)
                return null;
            if (day is { } d)
                return (Partial(d, precision), i + length - 1, null);
        }
        return null;
    }

    /// <summary>A count of members: a number or number word just before a member word ("12 member states", "thirty members") or after "has" at the end ("today it has 30").</summary>
    private static readonly HashSet<string> CountModifiers = new(StringComparer.Ordinal)
    {
        "and", "other", "more", "independent", "sovereign", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "american", "european", "asian", "african", "arab", "latin", "atlantic", "pacific", "nordic", "baltic", "balkan",
    };

    private static (int Number, int First, int Last)? Count(Analysis a)
    {
        var member = a.Cues.FirstOrDefault(c => c.Cue == Cue.Member && a.Tokens[c.First].Norm is "member" or "members" or "states" or "countries" or "nations" or "allies" or "member states" or "member countries");
        for (var i = 0; i < a.Tokens.Count; i++)
        {
            var t = a.Tokens[i];
            // "31st member" is a rank, not a count.
            int? n = Ordinals.At(a.Tokens, i) is not null ? null
                : t.Kind == TokenKind.Number && t.Norm.Length <= 3 && int.TryParse(t.Norm, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : Numbers.Word(t.Norm);
            if (n is not { } count || count <= 1 || t.Norm is "never")
                continue;
            // "29 North American and European countries": words of place or kind between the number and the noun.
            if (member is not null && member.First > i && (member.First - i <= 2
                || member.First - i <= 6 && !Enumerable.Range(Math.Max(0, i - 4), Math.Min(i, 4)).Any(k => a.Tokens[k].Kind == TokenKind.Number)
                    && Enumerable.Range(i + 1, member.First - i - 1).All(k => CountModifiers.Contains(a.Tokens[k].Norm) || Lexicon.RegionAdjectives.Contains(a.Tokens[k].Norm))))
                return (count, i, member.First + member.Count - 1);
            if (i > 0 && a.Tokens[i - 1].Norm is "has" or "had" or "have" && (i + 1 >= a.Tokens.Count || a.Tokens[i + 1].Kind == TokenKind.Punctuation))
                return (count, i - 1, i);
        }
        return null;
    }
}
