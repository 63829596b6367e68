using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Language.Reading;

/// <summary>A query a frame proposes, how much of the text it accounts for, and the cues it used.</summary>
internal readonly record struct Proposal(Query Query, int Score, IReadOnlyCollection<Cue> Used)
{
    /// <summary>Tokens the reading used beyond its cues and names (the "Madrid" of "the Madrid summit").</summary>
    public IReadOnlyCollection<int> Words { get; init; } = [];
}

/// <summary>A kind of question: the slots and cues it needs, and the query it builds from them.</summary>
internal sealed record Frame(string Name, Func<Slots, Proposal?> Propose);

/// <summary>
/// The frames of the reader, one per kind of question. Each looks only at the slots (who, what, which cues,
/// which question word) and proposes a query with a score: the cues and names it uses, so a reading that
/// accounts for more of the text wins. Adding a kind of question is one frame here, its query type in Core,
/// its lexicon entries and its writer.
/// </summary>
internal static class Frames
{
    private static Proposal P(Query query, int score, params Cue[] used) => new(query, score, used);

    private static readonly Cue[] MembershipCues = [Cue.Member, Cue.Join, Cue.Ally, Cue.Founding];

    /// <summary>Negative when the negation bears on membership ("not a member of", "isn't Austria in NATO").</summary>
    private static Polarity MemberPolarity(Slots s) =>
        s.A.Negates(MembershipCues, m => m.Entity is { } e && (e.Kind == EntityKind.Treaty || e.Kind == EntityKind.Actor))
            ? Core.Queries.Polarity.Negative : Core.Queries.Polarity.Positive;

    private static Polarity DefencePolarity(Slots s) =>
        s.A.Negates([Cue.Defend, Cue.Ally], m => m.Entity?.Kind == EntityKind.Actor) ? Core.Queries.Polarity.Negative : Core.Queries.Polarity.Positive;

    /// <summary>The first article of a treaty (or of the organization's treaties) with a provision of that kind.</summary>
    private static string? ArticleOfKind(Slots s, ProvisionKind kind) =>
        (s.Treaty is { } t ? new[] { t } : []).Concat(s.Organization is { } org ? s.Atlas.TreatiesOf(org.Id) : [])
            .SelectMany(x => x.Provisions).FirstOrDefault(p => p.Kind == kind)?.Article;

    private static TreatyId? TreatyWithKind(Slots s, ProvisionKind kind) =>
        (s.Treaty is { } t ? new[] { t } : []).Concat(s.Organization is { } org ? s.Atlas.TreatiesOf(org.Id) : [])
            .FirstOrDefault(x => x.Provisions.Any(p => p.Kind == kind))?.Id;

    /// <summary>The kind of article a rule question asks about: joining, leaving, defence, consultation.</summary>
    private static ProvisionKind? RuleKind(Slots s) =>
        s.A.Has(Cue.Eligible) || s.A.Has(Cue.Join) ? ProvisionKind.Accession
        : s.A.Has(Cue.Leave) || s.A.Has(Cue.Suspend) ? ProvisionKind.Withdrawal
        : s.A.Has(Cue.Consult) ? ProvisionKind.Consultation
        : s.A.Has(Cue.Ally) || s.A.Has(Cue.Defend) || s.A.Has(Cue.Attack) ? ProvisionKind.Defence
        : null;

    public static readonly Frame[] All =
    [
        new("why-not", s => s.A.Wh == Wh.Why && MemberPolarity(s) == Core.Queries.Polarity.Negative && s.State is { } st && s.Organization is { } org && !s.A.Has(Cue.Neutral)
            && s.States[0].Mention.First < s.Organizations[0].Mention.First
            ? P(new EligibilityQuery(st.Id, org.Id, WhyNot: true), 8, Cue.Why, Cue.Member, Cue.Join) : null),
        new("could-join", s => s.State is { } st && s.Organization is { } org && s.A.Wh != Wh.Why
            && (s.A.Has(Cue.Eligible) || s.A.Has(Cue.Join) && s.A.Modal is "could" or "can" or "may" or "might" or "will" or "would")
            ? P(new EligibilityQuery(st.Id, org.Id, WhyNot: false), 7, Cue.Eligible, Cue.Join) : null),
        new("rule-article", s => s.State is null && s.Places.Count == 0 && RuleKind(s) is { } kind && ArticleOfKind(s, kind) is { } article
            && (s.A.Has(Cue.Eligible) || s.A.Has(Cue.Rule) || s.A.Wh == Wh.How && kind != ProvisionKind.Defence || s.A.Modal is "can" or "could" or "may" || s.A.Wh is Wh.Which or Wh.What && s.A.HasWord("article")
                || kind == ProvisionKind.Defence && (s.A.Has(Cue.Attack) || s.A.Wh == Wh.Why))
            ? P(new ArticleQuery(article, TreatyWithKind(s, kind), null), kind == ProvisionKind.Defence ? 5 : 6, Cue.Eligible, Cue.Join, Cue.Member, Cue.Leave, Cue.Suspend, Cue.Rule, Cue.Consult, Cue.Ally, Cue.Defend, Cue.Attack, Cue.Why) : null),
        // "Why did Pakistan leave SEATO?", "the motivations behind the formation of the Warsaw Pact", "the main purpose of NATO when it was established".
        new("why-change", s => (s.A.Wh == Wh.Why || s.A.Has(Cue.Why) || s.A.Has(Cue.Purpose) && s.A.Has(Cue.Found)) && !s.A.Negated && s.Subject is { } subject && ChangeOf(s) is { } change
            ? P(new WhyQuery(subject, change, s.State?.Id), 7, Cue.Why, Cue.Purpose, Cue.Leave, Cue.Join, Cue.Found, Cue.Suspend, Cue.Sign) : null),
        new("why-allied", WhyAllied),
        // "Why are France and China so angry about AUKUS?", "Why did Türkiye object to Sweden joining NATO?": the objections
        // recorded about the thing named, of the one state named (of any, with none or several).
        new("why-objection", WhyObjection),
        new("why-neutral", s => s.A.Wh == Wh.Why && s.A.Has(Cue.Neutral) && s.State is { } st
            ? P(new NeutralityQuery(st.Id), 7, Cue.Why, Cue.Neutral) : null),
        new("when-joined", s => s.State is { } st && s.Body is { } body && (s.A.Has(Cue.Join) && (s.A.Wh is Wh.When or Wh.WhatYear || s.A.Options.Count > 0 && s.A.Wh == Wh.None) || s.A.HasWord("since") && s.A.Wh == Wh.When)
            ? P(new DateQuery(body, s.A.OfCommand ? DateKind.RejoinedCommand : s.A.Applies ? DateKind.Applied : DateKind.Joined, st.Id), 7, Cue.Join, Cue.Member, Cue.Command) : null),
        // "Did Ukraine apply to join NATO?", "Has Georgia applied for NATO membership?": the application, as "when did it apply".
        new("applied", s => s.A.YesNo && s.A.Applies && s.State is { } st && s.Body is { } body && s.States.Count == 1
            ? P(new DateQuery(body, DateKind.Applied, st.Id), 8, Cue.Join, Cue.Covered, Cue.Member) : null),
        // "When was AUKUS announced?": the day a partnership dates from.
        new("partnership-date", s => s.A.Wh is Wh.When or Wh.WhatYear && s.Partnerships.Count == 1 && s.States.Count == 0 && s.Body is null
            ? P(new DateQuery(new EntityRef(EntityKind.Partnership, s.Partnerships[0].Partnership.Id.Value, s.Partnerships[0].Partnership.Name), DateKind.Founded), 6, Cue.Found, Cue.Sign) : null),
        // "When was the Budapest Memorandum signed?", "When did Saudi Arabia and Pakistan sign the Strategic Mutual Defence
        // Agreement?": a document known by its signing, the states named being its signatories.
        new("document-date", s => s.A.Wh is Wh.When or Wh.WhatYear && s.Documents.Count == 1 && s.Body is null
            && s.States.All(x => s.Documents[0].Signing.Actors.Contains(x.Actor.Id))
            ? P(new DateQuery(new EntityRef(EntityKind.Document, s.Documents[0].Signing.Id.Value, s.Documents[0].Signing.Names[0]), DateKind.Signed), 7, Cue.Sign, Cue.Found) : null),
        // "When did Ukraine become independent?", "What year did Finland gain independence?".
        new("when-independent", s => s.A.Has(Cue.Independent) && s.States.Count == 1 && s.Body is null && s.A.Wh is Wh.When or Wh.WhatYear
            ? P(new DateQuery(Slots.Ref(s.States[0].Actor), DateKind.Independent), 8, Cue.Independent, Cue.Found) : null),
        // "When did Armenia freeze its participation in the CSTO?", "When did the US suspend its ANZUS obligations to New Zealand?".
        // "Did the US suspend its ANZUS obligations?": yes or no, with the day.
        new("when-suspended", s => s.State is { } st && s.Body is { } body && s.A.Has(Cue.Suspend) && (s.A.Wh is Wh.When or Wh.WhatYear || s.A.YesNo && s.A.Wh == Wh.None && s.A.Options.Count == 0 && !s.A.Negated)
            ? P(new DateQuery(body, DateKind.Suspended, st.Id), 8, Cue.Suspend, Cue.Member, Cue.Oblige, Cue.Cooperate) : null),
        new("when-left", s => s.State is { } st && s.Body is { } body && s.A.Has(Cue.Leave) && s.A.Wh != Wh.Why
            ? P(new DateQuery(body, s.A.OfCommand ? DateKind.LeftCommand : DateKind.Left, st.Id), s.A.Wh is Wh.When or Wh.WhatYear ? 7 : 5, Cue.Leave, Cue.Member, Cue.Command) : null),
        new("treaty-date-between", s => s.Subject is null && s.SharedTreaties.Count > 0 && DateKindOf(s) is { } kind && (s.A.Wh is Wh.When or Wh.WhatYear || s.A.Options.Count > 0)
            ? P(new DateQuery(Ref(s.A.Has(Cue.First) || s.A.Has(Cue.Founding) ? Shared(s)[0] : Shared(s)[^1]), kind), 6, Cue.Sign, Cue.Found, Cue.InForce, Cue.End, Cue.First, Cue.Founding, Cue.Ally, Cue.Treaty) : null),
        new("treaty-date", s => s.Subject is { } subject && s.State is null && DateKindOf(s) is { } kind
            && !(s.A.Wh is Wh.What or Wh.Which or Wh.Who && s.A.AsksMembers)
            && s.A.Wh != Wh.HowMany && (s.A.Wh is Wh.When or Wh.WhatYear || s.A.Options.Count > 0 || s.A.Wh == Wh.None && s.A.HasWord("on") || s.A.Wh == Wh.What && s.A.HasWord("year"))
            ? P(new DateQuery(s.A.Has(Cue.First) || s.A.Has(Cue.Founding) ? Earliest(s.Atlas, subject) : subject, kind), 6, Cue.Sign, Cue.Found, Cue.InForce, Cue.End, Cue.First, Cue.Founding) : null),
        // "What does the Rio Treaty require?", "What are the obligations of NATO members?": the treaty's defence pledge.
        new("pledge", s => s.A.Has(Cue.Oblige) && s.A.Wh is Wh.What or Wh.Which && s.State is null && s.Places.Count == 0 && s.A.Article is null
            && ArticleOfKind(s, ProvisionKind.Defence) is { } article
            ? P(new ArticleQuery(article, TreatyWithKind(s, ProvisionKind.Defence), null), 7, Cue.Oblige, Cue.Defend, Cue.Member, Cue.Says, Cue.Means, Cue.Treaty) : null),
        // "Is the ANZUS Treaty still in force?", "Does the Warsaw Pact still exist?", "Has SEATO been dissolved?"
        new("in-force", s => s.Subject is { } subject && s.States.Count == 0 && s.A.YesNo && s.A.Wh == Wh.None && s.A.Options.Count == 0
            && (s.A.Has(Cue.InForce) || s.A.Has(Cue.End)) && !s.A.AsksMembers && !s.A.Has(Cue.Join)
            ? P(new InForceQuery(subject) { AsksEnded = s.A.Has(Cue.End) && !s.A.Has(Cue.InForce) }, 7, Cue.InForce, Cue.End) : null),
        // "… marks the 75th anniversary of NATO": the day its treaty was signed, that many years on.
        new("anniversary", s => s.Subject is { } subject && Anniversary(s) is { } years && !s.A.Has(Cue.Member) && s.States.Count == 0
            ? P(new DateQuery(subject, DateKind.Signed, Years: years), 8, Cue.Sign, Cue.Found, Cue.Treaty, Cue.Rank) : null),
        new("signed-at", s => s.A.Wh == Wh.Where && s.A.Has(Cue.Sign) && s.Treaty is { } t
            ? P(new SignedAtQuery(t.Id), 7, Cue.Sign, Cue.Found, Cue.Treaty) : null),
        new("invocations", s => s.A.Has(Cue.Invoke) && (s.Treaty is not null || s.A.Article is not null) && s.Places.Count == 0
            ? P(new InvocationsQuery(s.Treaty?.Id, s.A.Article) { By = s.States.Count == 1 ? s.State?.Id : null }, 7, Cue.Invoke) : null),
        new("covered-place", s => s.Places.Count > 0
            ? P(new CoveredQuery(s.Places[0].Place.Id, s.Treaties.Count > 0 ? s.Treaties[0].Treaty.Id : s.Treaty?.Id, s.A.Article), 6, Cue.Covered, Cue.Attack, Cue.Defend) : null),
        new("covered-state", s => s.A.Has(Cue.Covered) && s.State is { } st && s.Body is { } via && s.States.Count == 1
            ? P(new DefendersQuery(st.Id, Via: via), 6, Cue.Covered, Cue.Ally, Cue.Defend) : null),
        new("happenings", Happenings),
        new("toll", Toll),
        // "How does NATO make decisions?", "Are NATO decisions unanimous?", "Does NATO vote by majority?"
        new("decision-rule", s => s.A.Has(Cue.Decide) && s.Organization is { } org && s.States.Count == 0 && s.A.Wh is Wh.How or Wh.None
            ? P(new DecisionRuleQuery(org.Id), 7, Cue.Decide, Cue.Member) : null),
        new("defenders", Defenders),
        new("ratifications", Ratifications),
        new("summits", Summits),
        new("allies", s => s.States.Count >= 1 && (s.A.Has(Cue.Pact) || s.A.Has(Cue.Ally) && (s.Organization is null || s.States.Count == 2) || s.States.Count == 2 && s.A.Has(Cue.Treaty))
            ? P(new AlliesQuery(s.States[0].Actor.Id, s.States.Count > 1 ? s.States[1].Actor.Id : null) { Polarity = DefencePolarity(s) }, s.A.Has(Cue.Pact) || s.A.Has(Cue.Ally) ? 5 : 4, Cue.Ally, Cue.Pact, Cue.Treaty, Cue.Member) : null),
        new("basing", s => s.A.Has(Cue.Basing) && s.States.Count == 2
            ? P(new AlliesQuery(s.States[0].Actor.Id, s.States[1].Actor.Id), 5, Cue.Basing, Cue.Army, Cue.Why, Cue.Ally) : null),
        // "Which country left NATO's military command in 1966?": a member's withdrawal from the military structure is an event of the body, not a leaving.
        new("command-withdrawals", s => s.A.Has(Cue.Command) && (s.A.Has(Cue.Leave) || s.A.Has(Cue.Join)) && s.State is null && s.Organization is { } commanded
            ? P(new EventsQuery(Slots.Ref(commanded)) { Kind = EventKind.Withdrawal }, 8, Cue.Command, Cue.Leave, Cue.Join, Cue.Member) : null),
        new("events", s => s.A.Has(Cue.Event) && s.Subject is { } subject && s.State is null
            ? P(new EventsQuery(subject), 5, Cue.Event) : null),
        new("peacekeeping", s => s.A.Has(Cue.Peacekeeping) && s.State is { } st ? P(new PeacekeepingQuery(st.Id), 6, Cue.Peacekeeping) : null),
        new("cooperation", s => s.A.Has(Cue.Cooperate) && s.State is { } st && s.Organization is { } org
            ? P(new CooperationQuery(st.Id, org.Id), 5, Cue.Cooperate) : null),
        new("article", s => s.A.Article is { } article && (s.Treaties.Count > 0 || s.Organization is not null) && !s.A.Has(Cue.Invoke) && s.Places.Count == 0
            ? P(new ArticleQuery(article, s.Treaty?.Id, s.State?.Id), 5 + (s.A.Has(Cue.Says) || s.A.Has(Cue.Means) || s.A.Wh == Wh.What ? 1 : 0), Cue.Says, Cue.Means, Cue.Defend, Cue.Attack, Cue.Ally) : null),
        new("article-alone", s => s.A.Article is { } article && s.Treaties.Count == 0 && s.Organization is null && s.State is null && s.Places.Count == 0 && !s.A.Has(Cue.Invoke)
            ? P(new ArticleQuery(article, null, null), 4, Cue.Says, Cue.Means, Cue.Defend, Cue.Attack, Cue.Ally) : null),
        new("constitution-article", s => s.A.Article is { } article && s.Treaties.Count == 0 && s.Organization is null && s.State is { } st
            ? P(new ArticleQuery(article, null, st.Id), 5, Cue.Says, Cue.Means, Cue.Constitution) : null),
        new("holds-status", s => s.State is { } st && s.Partnerships.FirstOrDefault() is { Partnership: { } status } && s.States.Count == 1 && s.Body is null
            && (status.Kind == PartnershipKind.Status || s.A.Has(Cue.Member) || s.A.Has(Cue.Join) || s.A.Has(Cue.Cooperate)
                // "Does Ukraine have a Membership Action Plan?", "Was Georgia granted a MAP?": holding a programme is taking part.
                || s.A.YesNo && s.A.Tokens.Any(t => t.Norm is "have" or "has" or "had" or "get" or "got" or "receive" or "received" or "granted" or "given"))
            ? P(new StatusQuery(st.Id, status.Id), 7, Cue.Ally, Cue.Member) : null),
        new("policy", s => s.Policies.Count > 0 ? P(new PolicyQuery(s.Policies[0].Policy.Id), 6, Cue.Says, Cue.Means) : null),
        // "Is Austria legally bound to neutrality?", "Is Irish neutrality in the constitution?": the policy's basis in law.
        new("neutral-basis", s => (s.A.Has(Cue.Neutral) || s.Policies.Any(p => p.Policy.Kind == PolicyKind.Neutrality)) && s.Organization is null
            && (s.A.Has(Cue.Constitution) || s.A.Has(Cue.Legal) || s.A.HasWord("law"))
            && (s.States.Count == 1 ? s.State!.Id : s.States.Count == 0 ? s.Policies.FirstOrDefault(p => p.Policy.Kind == PolicyKind.Neutrality).Policy?.Actor : null) is { } st
            ? P(new PolicyBasisQuery(st, PolicyKind.Neutrality)
            {
                Asked = s.A.Wh != Wh.None ? null : s.A.Has(Cue.Constitution) || s.A.HasWord("constitutional") ? LegalStanding.InConstitution : LegalStanding.InLaw,
            }, 8, Cue.Neutral, Cue.Constitution, Cue.Legal) : null),
        new("neutral", s => s.A.Has(Cue.Neutral) && s.State is { } st && s.Organization is null
            ? P(new NeutralityQuery(st.Id), 5, Cue.Neutral) : null),
        // "Iceland, a member of NATO, has no standing army?": the negated army is what is asked, the membership is background.
        new("constitution", s => (s.A.Has(Cue.Constitution) || s.A.Has(Cue.Army)) && s.State is { } st && s.States.Count == 1
            && (s.Organization is null || s.A.Negates([Cue.Army]))
            ? P(new ConstitutionQuery(st.Id), s.A.Negates([Cue.Army]) ? 6 : 4, Cue.Constitution, Cue.Army, Cue.Why, Cue.Member) : null),
        new("treaties-in-year", s => (s.A.Has(Cue.Treaty) || s.A.Has(Cue.Ally) || s.A.Has(Cue.Pact)) && s.State is { } st && s.A.Time?.When?.Kind is TimeKind.InYear or TimeKind.Between && s.States.Count == 1 && s.Body is null
            ? P(new TreatiesOfQuery(st.Id), 6, Cue.Treaty, Cue.Ally, Cue.Pact, Cue.Member) : null),
        new("members", Members),
        new("is-member", s => s.State is { } st && s.Body is { } body && s.States.Count == 1
            ? P(new IsMemberQuery(st.Id, body) { Polarity = MemberPolarity(s), Ever = s.A.HasWord("ever") || s.A.Tokens[0].Norm is "was" or "were" or "did" }, 3 + (s.A.Has(Cue.Member) || s.A.Has(Cue.Join) || s.A.Has(Cue.Ally) ? 1 : 0), Cue.Member, Cue.Join, Cue.Ally) : null),
        new("compare-members", s => (s.A.Has(Cue.Bigger) || s.A.Has(Cue.Smaller) || s.A.Wh == Wh.Which && s.A.Has(Cue.Member) && s.A.HasWord("more")) && s.Bodies.Count >= 2
            ? P(new CompareMembersQuery(s.Bodies[0], s.Bodies[1]), 7, Cue.Bigger, Cue.Smaller, Cue.Member, Cue.Count) : null),
        new("headquarters", s => s.Organization is { } org && (s.A.Has(Cue.Headquarters) || s.A.Wh == Wh.Where && !s.A.Has(Cue.Sign) && s.State is null)
            ? P(new HeadquartersQuery(org.Id), s.A.Has(Cue.Headquarters) ? 6 : 4, Cue.Headquarters) : null),
        new("leader", s => s.A.Has(Cue.Lead) && s.Organization is { } org && Office(s, org) is var (fits, title) && fits
            ? P(new LeaderQuery(org.Id) { Title = title, Aggregate = Holder(s, title) }, 6, Cue.Lead, Cue.First, Cue.Last) with { Words = TitleTokens(s, title) } : null),
        // "Who was the Prime Minister of New Zealand in 1985?", "Who is the US Secretary of Defense?": a state's office by its title.
        new("office", s => s.A.Has(Cue.Lead) && s.A.Wh is Wh.Who && s.States.Count == 1 && s.Organization is null && s.State is { } st && s.Atlas.OfficesOf(st.Id).Count > 0
            && Office(s, st) is var (fits, title) && fits
            ? P(new LeaderQuery(st.Id) { Title = title, Aggregate = Holder(s, title) }, 7, Cue.Lead, Cue.First, Cue.Last) with { Words = TitleTokens(s, title) } : null),
        // "Is the Quad an alliance?", "Is the Quad an Asian NATO?" (another body named as the kind of thing asked about).
        new("is-alliance", s => s.A.YesNo && s.States.Count == 0 && s.Places.Count == 0 && s.Policies.Count == 0 && s.Subject is { } subject && !s.A.Has(Cue.Member) && !s.A.Has(Cue.Join)
            && !s.A.Has(Cue.Covered) && !s.A.Has(Cue.Defend) && !s.A.Has(Cue.Attack) && s.A.Article is null
            && (s.A.Has(Cue.Ally) || s.A.Has(Cue.Pact) || s.A.Entities().Select(e => e.Entity).Distinct().Count() >= 2 && s.Organizations.Any(o => o.Actor.Id.Value != subject.Id))
            ? P(new IsAllianceQuery(subject), 7, Cue.Ally, Cue.Pact, Cue.Treaty) : null),
        // "Is the U.S.-New Zealand Washington Declaration legally binding?": does a document bind its parties in law.
        new("is-binding", s => s.A.YesNo && s.States.Count == 0 && s.Subject is { } subject && s.A.Tokens.Any(t => t.Norm is "binding" or "non-binding" or "nonbinding")
            ? P(new IsBindingQuery(subject), 8, Cue.Legal) : null),
        new("what-is", WhatIs),
        // "What is a mutual defense pact?", "What typically triggers the obligation in a mutual defence pact?": a term
        // of the field, asked about when the words name no state, body or place.
        // A term found loosely with a name among its words ("Does NATO have its own armed forces?") may be asked yes or no,
        // and counts the words it read.
        // A term written whole as a proper name ("the Formosa Resolution", "the Brezhnev Doctrine", capitalised) is a thing
        // named like a treaty: what, how or why it was is asked about it, whatever else the question names.
        new("term-named", s => s.A.Term is { Whole: true } term && term.Count >= 2 && s.A.Wh is Wh.What or Wh.How or Wh.Why or Wh.Which
            && Enumerable.Range(term.First, term.Count).All(k => s.A.Tokens[k].IsCapitalized) && ProperName(s.A, term)
            && s.A.Entities().Any(e => e.Mention.First < term.First || e.Mention.Last >= term.First + term.Count)
            ? P(new TermQuery(term.Term.Id, TermAspectOf(s.A)), 7, Cue.Purpose, Cue.Describe, Cue.Why, Cue.Found, Cue.Sign) : null),
        new("term", s => s.A.Term is { } term && s.A.Entities().All(e => term.Loose && e.Mention.First >= term.First && e.Mention.Last < term.First + term.Count)
            && s.A.Wh is not (Wh.When or Wh.WhatYear or Wh.HowMany or Wh.Where) && (!s.A.YesNo || term.Loose)
            ? P(new TermQuery(term.Term.Id, TermAspectOf(s.A)), term.Loose ? Math.Min(8, 4 + term.Words) : 3, Cue.Purpose, Cue.Describe, Cue.Why, Cue.Invoke, Cue.Attack, Cue.Defend, Cue.Ally, Cue.Pact, Cue.Treaty, Cue.Found) : null),
        // "How did the Dual Alliance influence …?", "The Five Eyes alliance is primarily concerned with which of the following?":
        // a question about one named thing that no other frame reads gets its description, and the reading says so.
        new("about", s => s.Subject is { } subject && s.States.Count == 0 && s.A.Wh is not (Wh.None or Wh.When or Wh.WhatYear or Wh.HowMany or Wh.Where) && !s.A.Negated
            && !(s.A.Wh == Wh.What && s.A.Modal is null && s.A.Tokens.Any(t => t.Norm is "did" or "does" or "do"))
            && (s.A.Time?.When is null or { Kind: TimeKind.Now or TimeKind.On } || YearNames(s, subject)) && s.A.Entities().Select(e => e.Entity).Distinct().Count() == 1
            ? P(new WhatIsQuery(subject), 2, Cue.Purpose, Cue.Describe, Cue.Ally, Cue.Treaty) : null),
    ];

    /// <summary>"the 75th anniversary", "the seventy-fifth anniversary", "the centenary": the number of years, or null.</summary>
    private static int? Anniversary(Slots s)
    {
        var tokens = s.A.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Norm is "centenary" or "centennial" or "bicentenary" or "bicentennial")
                return Ordinals.Of(tokens[i].Norm);
            if (!tokens[i].Is("anniversary") || i == 0)
                continue;
            return Ordinals.At(tokens, i - 1) is { } n and < 500 ? n : null;
        }
        return null;
    }

    /// <summary>The treaties two states share; only those with a defence pledge when a security or defence treaty is asked for.</summary>
    private static IReadOnlyList<Treaty> Shared(Slots s)
    {
        var defence = s.SharedTreaties.Where(t => t.Provisions.Any(p => p.Kind is ProvisionKind.Defence or ProvisionKind.Basing)).ToArray();
        return s.A.Has(Cue.Pact) && defence.Length > 0 ? defence : s.SharedTreaties;
    }

    /// <summary>"The first U.S.–Japan security treaty": the earliest treaty of the chain the one named supersedes.</summary>
    private static EntityRef Ref(Treaty t) => new(EntityKind.Treaty, t.Id.Value, t.Name);

    internal static EntityRef Earliest(Atlas atlas, EntityRef subject)
    {
        if (subject.Kind != EntityKind.Treaty)
            return subject;
        var current = atlas.Treaty(new TreatyId(subject.Id));
        while (atlas.Treaties.FirstOrDefault(t => t.SupersededBy == current.Id) is { } earlier)
            current = earlier;
        return new EntityRef(EntityKind.Treaty, current.Id.Value, current.Name);
    }

    // The change a why-question asks about, from the words after "why": "Given that Malaysia expelled Singapore, why …"
    // states a premise before it, which is not what is asked.
    private static DateKind? ChangeOf(Slots s)
    {
        var why = s.A.Tokens.ToList().FindIndex(t => t.Is("why"));
        bool Has(Cue cue) => s.A.Cues.Any(c => c.Cue == cue && c.First > why);
        return Has(Cue.Leave) || Has(Cue.Suspend) ? DateKind.Left
            : Has(Cue.Join) && s.State is not null ? DateKind.Joined
            : Has(Cue.Found) || Has(Cue.Sign) || Has(Cue.Join) ? DateKind.Founded
            : Has(Cue.End) ? DateKind.Ended
            : null;
    }

    /// <summary>"Why did Britain ally with Japan?", "why are the two still allied within the FPDA?": why the treaty that binds them was made.</summary>
    private static Proposal? WhyAllied(Slots s)
    {
        if (s.A.Wh != Wh.Why || s.A.Negated || ChangeOf(s) is not (null or DateKind.Founded) || !(s.A.Has(Cue.Ally) || s.A.Has(Cue.Pact) || s.A.Has(Cue.Defend) || s.A.Has(Cue.Basing) || s.A.Has(Cue.Army) || s.A.Has(Cue.Treaty)))
            return null;
        if (s.Treaty is { } named && (s.States.Count == 0 || s.States.All(x => named.Parties.Any(p => p.Actor == x.Actor.Id))))
            return P(new WhyQuery(new EntityRef(EntityKind.Treaty, named.Id.Value, named.Name), DateKind.Founded), 6, Cue.Why, Cue.Ally, Cue.Pact, Cue.Defend, Cue.Basing, Cue.Army, Cue.Treaty, Cue.Leave);
        // The treaty that binds them: one with a defence or basing pledge, shared by every state named if one is (the
        // Crimean War alliance of Britain, France and the Ottoman Empire), else by the first two; the fewest parties
        // first (their own treaty, not a wide pact they are both in); the latest for "still", else the first.
        var still = s.A.HasWord("still") || s.A.HasWord("now") || s.A.HasWord("today");
        var binding = s.SharedTreaties.Where(t => t.Provisions.Any(p => p.Kind is ProvisionKind.Defence or ProvisionKind.Basing)).ToArray();
        // "… ally with the Ottoman Empire in the Crimean War?": a time named keeps the treaties in force within it, when any is.
        if (s.A.Time?.When is { Kind: TimeKind.Between or TimeKind.InYear, From: { } from, To: { } to })
        {
            var within = binding.Where(t => t.InForcePeriod.Overlaps(new Interval(PartialDate.FromDate(from), PartialDate.FromDate(to.AddDays(1))))).ToArray();
            if (within.Length > 0)
                binding = within;
        }
        var all = binding.Where(t => s.States.All(x => t.Parties.Any(p => p.Actor == x.Actor.Id))).ToArray();
        var pool = (all.Length > 0 ? all : binding).OrderBy(t => t.Parties.Select(p => p.Actor).Distinct().Count()).ThenBy(t => t.Signed ?? t.InForce).ToArray();
        var smallest = pool.Length > 0 ? pool[0].Parties.Select(p => p.Actor).Distinct().Count() : 0;
        var chosen = pool.Where(t => t.Parties.Select(p => p.Actor).Distinct().Count() == smallest).ToArray();
        if (s.States.Count >= 2 && (still ? chosen.LastOrDefault() : chosen.FirstOrDefault()) is { } shared)
            return P(new WhyQuery(new EntityRef(EntityKind.Treaty, shared.Id.Value, shared.Name), DateKind.Founded), 6, Cue.Why, Cue.Ally, Cue.Pact, Cue.Defend, Cue.Basing, Cue.Army, Cue.Treaty);
        return null;
    }

    /// <summary>
    /// Whether a capitalised term stands as the name of one thing: after "the" or a possessive ("the Formosa Resolution",
    /// "the Council's Formosa Resolution"), not part of a longer name ("the Collective Security Treaty Organisation") and
    /// not a common noun in title case ("Western Defense Pacts").
    /// </summary>
    private static bool ProperName(Analysis a, TermAt term)
    {
        var before = term.First > 0 ? a.Tokens[term.First - 1] : null;
        var after = term.First + term.Count < a.Tokens.Count ? a.Tokens[term.First + term.Count] : null;
        var named = before is not null && (before.Is("the") || before.Norm.EndsWith("'s", StringComparison.Ordinal) || before.Norm is "'s" or "s" or "’s");
        var longer = after is { Kind: TokenKind.Word, IsCapitalized: true } && !Lexicon.Function.Contains(after.Norm)
            || a.Mentions.Any(m => m.First <= term.First + term.Count - 1 && m.Last >= term.First && m.Entity is not null && (m.First < term.First || m.Last > term.First + term.Count - 1));
        return named && !longer;
    }

    /// <summary>
    /// "Why are France and China so angry about AUKUS?": the objections recorded about the thing named, by the state named
    /// before the objection (by any, with none or several). An objection to a state's joining ("Why did Turkey object to
    /// Sweden joining NATO?") is why that state's accession went as it did: the joining state's reasons.
    /// </summary>
    private static Proposal? WhyObjection(Slots s)
    {
        if (!(s.A.Wh == Wh.Why || s.A.Has(Cue.Why)) || s.A.First(Cue.Object) is not { } objection || s.Subject is not { } subject)
            return null;
        if (s.A.First(Cue.Join) is { } join && join.First > objection.First
            && s.States.LastOrDefault(x => x.Mention.First > objection.First && x.Mention.First < join.First) is { Actor: { } joining })
            return P(new WhyQuery(subject, DateKind.Joined, joining.Id), 8, Cue.Why, Cue.Object, Cue.Join, Cue.Member);
        var before = s.States.Where(x => x.Mention.First < objection.First).ToArray();
        var objector = before.Length == 1 ? before[0].Actor.Id : s.States.Count == 1 ? s.State!.Id : (ActorId?)null;
        return P(new WhyQuery(subject, DateKind.Founded, objector) { Objection = true }, 8, Cue.Why, Cue.Object, Cue.Member, Cue.Ally, Cue.Treaty, Cue.Pact);
    }

    private static DateKind? DateKindOf(Slots s)
    {
        // The first date cue written decides: "signed … and entered into force" asks for the signature.
        var cue = s.A.Cues.FirstOrDefault(c => c.Cue is Cue.Sign or Cue.Found or Cue.InForce or Cue.End);
        return cue?.Cue switch
        {
            Cue.Sign => DateKind.Signed,
            Cue.Found => s.Subject?.Kind == EntityKind.Treaty ? DateKind.Signed : DateKind.Founded,
            Cue.InForce => DateKind.InForce,
            Cue.End => DateKind.Ended,
            _ => null,
        };
    }

    /// <summary>
    /// "Which countries invaded Czechoslovakia in 1968?", "When did the Soviet Union invade Hungary?", "Why didn't Romania
    /// join the invasion of Czechoslovakia?": the invasions of a target, by whom; a state named beside the roles is one
    /// whose part is asked. A hypothesis ("if Russia invaded Estonia, who would defend it?") is the defenders' frame.
    /// </summary>
    private static Proposal? Happenings(Slots s)
    {
        var a = s.A;
        if (a.First(Cue.Invade) is not { } cue || a.Modal is "would" or "could" or "should" or "might" || a.HasWord("if") || a.Has(Cue.Defend))
            return null;
        // Every mention, not only each actor's first: "Sweden avoided alliances … Swedish troops went to war" names Sweden
        // twice, and the role is that of the mention beside the verb.
        var named = a.Entities().Where(e => e.Entity.Kind == EntityKind.Actor).Select(e => (Actor: s.Atlas.Actor(new ActorId(e.Entity.Id)), e.Mention))
            .Where(x => x.Actor is not null).ToList();
        var (agents, targets, _) = EventRoles.Of(a, named, cue.First, cue.First + cue.Count - 1, 0, a.Tokens.Count - 1);
        // "When did Russia annex Crimea?": a place invaded is its state's territory.
        if (targets.Count == 0 && s.Places.FirstOrDefault(p => p.Mention.First > cue.First).Place is { } place && s.Atlas.Actor(place.State) is { } holder && !agents.Contains(holder))
            targets = [holder];
        // "Whom did Sweden go to war against in 1814? A. Denmark … C. Norway": the target is what is asked.
        if (targets.Count == 0 && !(agents.Count > 0 && (a.Options.Count > 0 || a.Wh is Wh.Who or Wh.Which)))
            return null;
        // A state beside the roles is one whose part is asked ("Why didn't Romania join the invasion?"); without such words it
        // belongs to another clause of the text, and the question is not about the invasion.
        var asked = s.States.Select(x => x.Actor).Where(x => !agents.Contains(x) && !targets.Contains(x)).ToArray();
        if (asked.Length > 0 && !(a.Has(Cue.Join) || a.HasWord("part") || a.HasWord("participate") || a.HasWord("participated")))
            return null;
        var query = new HappeningsQuery([EventKind.Invasion, EventKind.Attack])
        {
            By = [.. agents.Concat(asked).Select(x => x.Id).Distinct()],
            Against = [.. targets.Select(x => x.Id)],
            Polarity = a.Negated ? Core.Queries.Polarity.Negative : Core.Queries.Polarity.Positive,
        };
        return P(query, 8, Cue.Invade, Cue.Attack, Cue.Join, Cue.Event, Cue.Why);
    }

    /// <summary>
    /// "How many Hungarians were killed in 1956?", "How many people fled Hungary in 1956?": the count of a state's people
    /// (named by a demonym, else the state named) an event of the year touched. No year, no reading: the events of
    /// every year are not one count.
    /// </summary>
    private static Proposal? Toll(Slots s)
    {
        var a = s.A;
        if (a.Wh != Wh.HowMany || a.First(Cue.Toll) is not { } cue)
            return null;
        var written = a.Tokens.Where(t => t.Kind == TokenKind.Number && t.Norm.Length == 4)
            .Select(t => int.TryParse(t.Norm, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : 0)
            .FirstOrDefault(y => y is >= 1815 and <= 2100);
        var year = a.Time?.When?.From?.Year ?? (written > 0 ? written : (int?)null) ?? Demonyms.YearOfEventNamed(s.Atlas, a.Text);
        if (year is null)
            return null;
        var people = a.Tokens.Select(t => Demonyms.State(s.Atlas, t.Norm, year)).OfType<Actor>().FirstOrDefault() ?? s.State;
        // "How many people were killed in the September 11 attacks?": people at large, answered only where the year has one count.
        if (people is null && !a.Has(Cue.Persons))
            return null;
        var forces = a.HasWord("soldiers") || a.HasWord("troops");
        var measure = Counts.Measure(a.Tokens[cue.First].Norm);
        return P(new FiguresQuery(measure, people?.Id, year.Value) { Forces = people is null && !forces ? null : forces }, 8, Cue.Toll, Cue.Persons, Cue.Count, Cue.Invade, Cue.Event);
    }

    private static Proposal? Defenders(Slots s)
    {
        var a = s.A;
        if (!(a.Has(Cue.Defend) || a.Has(Cue.Attack)) || s.States.Count == 0)
            return null;
        var defend = a.First(Cue.Defend);
        if (s.States.Count >= 2 && defend is not null)
        {
            // Active "A defends B"; passive "B (is) defended/protected by A".
            var first = s.States[0];
            var second = s.States[1];
            var passive = defend.First + defend.Count < a.Tokens.Count && a.Tokens[defend.First + defend.Count].Is("by")
                && a.Tokens[defend.First].Norm.EndsWith("ed", StringComparison.Ordinal);
            // "Who would defend Estonia if Russia attacked?": the defender is what is asked; the other state is the attacker.
            if (!passive && a.Wh is Wh.Who or Wh.Which && s.States.FirstOrDefault(x => x.Mention.First > defend.First) is { Actor: { } asked }
                && s.States.FirstOrDefault(x => x.Actor != asked).Actor is { } other && s.States.Count == 2)
                return P(new DefendersQuery(asked.Id, Attacker: other.Id) { Polarity = DefencePolarity(s) }, 6, Cue.Defend, Cue.Attack, Cue.Ally);
            var (defender, defended) = passive ? (second.Actor, first.Actor) : (first.Actor, second.Actor);
            // "Does the Taiwan Relations Act oblige the US to defend Taiwan?": by place, the state after the verb is defended and
            // the nearest before it defends, whatever the order of first mentions.
            if (!passive && StateMentioned(s, defend.First, after: true) is { } behind && StateMentioned(s, defend.First, after: false, except: behind) is { } ahead)
                (defender, defended) = (ahead, behind);
            var attacker = s.States.Count > 2 ? s.States[2].Actor.Id : (ActorId?)null;
            // "…under their 1951 Mutual Defense Treaty": the treaty (or organization) named is the one asked about.
            return P(new DefendsQuery(defender.Id, defended.Id) { Polarity = DefencePolarity(s), Via = s.Body }, 6, Cue.Defend, Cue.Attack, Cue.Ally);
        }
        if (s.States.Count >= 2 && a.Has(Cue.Attack))
        {
            // "If A attacks B" / "B is attacked by A": the one attacked is the one to defend.
            var attack = a.First(Cue.Attack)!;
            var target = s.States.FirstOrDefault(x => x.Mention.First > attack.First);
            var attacked = a.Tokens[attack.First].Norm.EndsWith("ed", StringComparison.Ordinal) ? s.States[0] : target.Actor is null ? s.States[0] : target;
            var attacker = s.States.First(x => x.Actor != attacked.Actor);
            return P(new DefendersQuery(attacked.Actor.Id, Attacker: attacker.Actor.Id), 5, Cue.Defend, Cue.Attack);
        }
        var state = s.States[0].Actor;
        return P(new DefendersQuery(state.Id, Via: s.Body) { Polarity = DefencePolarity(s) }, s.Body is null ? 5 : 6, Cue.Defend, Cue.Attack, Cue.Ally, Cue.Member);
    }

    /// <summary>
    /// "Which country was the last to ratify Sweden's accession to NATO?", "When did Hungary ratify Finland's membership?",
    /// "When was Sweden's accession approved by Turkey?": the members' ratifications of the protocol admitting a state. The
    /// state after the verb (or the only one) is admitted; the one before it, or after "by", ratified.
    /// </summary>
    private static Proposal? Ratifications(Slots s)
    {
        var a = s.A;
        var verb = a.First(Cue.Ratify) ?? (a.First(Cue.InForce) is { } c && a.Tokens[c.First].Norm == "ratified" ? c : null);
        if (verb is null || s.States.Count is 0 or > 2 || s.Body is not { } body || QueryExecutor.TreatyOf(s.Atlas, body) is not { } treaty)
            return null;
        Actor? admitted;
        Actor? by;
        if (s.States.FirstOrDefault(x => x.Mention.First > 0 && a.Tokens[x.Mention.First - 1].Is("by")).Actor is { } passive)
            (by, admitted) = (passive, s.States.FirstOrDefault(x => x.Actor != passive).Actor);
        else
        {
            admitted = StateMentioned(s, verb.First, after: true);
            // "Which former Soviet satellite state was the last to accept Sweden?": the subject is what is asked; a state
            // named in the question's phrase restricts it and did not ratify.
            by = a.Wh is Wh.Which or Wh.Who ? null : StateMentioned(s, verb.First, after: false, except: admitted);
            if (admitted is null && s.States.Count == 1)
                (admitted, by) = (by, null);
        }
        if (admitted is null)
            return null;
        MemberAggregate? aggregate = a.Has(Cue.Last) ? MemberAggregate.Last : a.Has(Cue.First) ? MemberAggregate.First : null;
        return P(new RatificationsQuery(admitted.Id, treaty.Id, by?.Id, by is null ? aggregate : null), 8, Cue.Ratify, Cue.InForce, Cue.Last, Cue.First, Cue.Join, Cue.Member, Cue.Ally);
    }

    /// <summary>
    /// "What did NATO decide at the 2022 Madrid summit?", "When was the Wales summit?", "What happened at NATO's summit in
    /// 2008?": the summits whose names (or place) the question's words give, in the year it names, of the body it names.
    /// </summary>
    private static Proposal? Summits(Slots s)
    {
        var a = s.A;
        var year = a.Tokens.Select(t => TimePhrases.Year(t)).FirstOrDefault(y => y is not null);
        // "What did NATO decide in 2008?": a decision word with a year asks about the year's summit too.
        var decided = a.Tokens.Any(t => t.Norm is "decide" or "decided" or "agree" or "agreed");
        if (!(a.Has(Cue.Summit) || decided && year is not null && a.Wh == Wh.What))
            return null;
        var org = s.Organization;
        var summits = s.Atlas.Events.Where(e => e.Kind == EventKind.Summit && (org is null || e.Actors.Contains(org.Id))).ToArray();
        // The words that tell one summit from another: its place, as its id gives it ("nato-madrid-summit-2022"), not the
        // words of its names ("the Declaration on Alliance Security"), which other questions use.
        static HashSet<string> Keys(Event e) => e.Id.Value.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && !char.IsDigit(w[0]) && !SummitWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        var used = new List<int>();
        var named = new List<Event>();
        foreach (var e in summits)
        {
            var keys = Keys(e);
            var hits = Enumerable.Range(0, a.Tokens.Count).Where(i => a.Tokens[i].Kind == TokenKind.Word && keys.Contains(a.Tokens[i].Norm) && !a.Mentions.Any(m => i >= m.First && i <= m.Last)).ToArray();
            if (hits.Length > 0 && (year is null || e.Date.Year == year))
            {
                named.Add(e);
                used.AddRange(hits);
            }
        }
        // "NATO's summit in 2008": no place, a year.
        if (named.Count == 0 && year is not null)
            named = [.. summits.Where(e => e.Date.Year == year)];
        if (named.Count == 0 || named.Count > 3)
            return null;
        used.AddRange(Enumerable.Range(0, a.Tokens.Count).Where(i => a.Tokens[i].Norm is "decide" or "decided" or "agree" or "agreed" or "held" or "hold"));
        return P(new NamedEventsQuery([.. named.Select(e => e.Id)]), 8, Cue.Summit, Cue.Event, Cue.Decide, Cue.Found, Cue.Sign) with { Words = used };
    }

    private static readonly HashSet<string> SummitWords = new(StringComparer.Ordinal) { "summit", "summits", "nato", "declaration", "communique", "meeting", "leaders", "heads", "state", "government" };

    /// <summary>The first state named after a token, or the last named before it (other than one).</summary>
    private static Actor? StateMentioned(Slots s, int token, bool after, Actor? except = null)
    {
        var states = s.A.Mentions.Where(m => after ? m.First > token : m.Last < token)
            .Select(m => s.States.FirstOrDefault(x => m.Entity is { Kind: EntityKind.Actor } e && x.Actor.Id.Value == e.Id).Actor)
            .Where(x => x is not null && x != except);
        return after ? states.FirstOrDefault() : states.LastOrDefault();
    }

    private static Proposal? Members(Slots s)
    {
        var a = s.A;
        // A partnership's participants are asked after in the same words as an organization's members ("the members of the Quad").
        var body = s.Body ?? (s.Partnerships.Count > 0 ? new EntityRef(EntityKind.Partnership, s.Partnerships[0].Partnership.Id.Value, s.Partnerships[0].Partnership.Name) : null);
        // "Which NATO nation other than the U.S. controls its own nuclear weapons?": the members holding nuclear forces, less those set aside.
        var nuclear = a.Has(Cue.Nuclear) && a.Tokens.Any(t => t.Norm is "weapons" or "weapon" or "arsenal" or "arsenals" or "forces" or "deterrent" or "armed" or "power" or "powers");
        var except = s.States.Where(x => SetAside(a, x.Mention.First)).Select(x => x.Actor.Id).ToArray();
        if (body is null || s.States.Count > except.Length && a.Options.Count == 0)
            return null;
        // "How many troops does NATO have?": a count of people is not a count of members; "Who was the last Secretary
        // General of the Warsaw Pact?" asks for an office's holder.
        if (a.Has(Cue.Persons) && !a.Has(Cue.Member) || a.Has(Cue.Lead))
            return null;
        // "Which country was the last to ratify Narnia's accession?": a ratification, not a joining.
        if (a.Tokens.Any(t => t.Norm is "ratify" or "ratified" or "ratifies" or "ratifying" or "ratification"))
            return null;
        var selection = a.Has(Cue.Founding) || (a.Has(Cue.Sign) || a.Has(Cue.Found)) && a.Wh is Wh.HowMany or Wh.Who or Wh.Which or Wh.What ? MemberSelection.Founding
            : a.Has(Cue.Join) && a.Time?.When is { Kind: TimeKind.InYear or TimeKind.After or TimeKind.Before or TimeKind.Since or TimeKind.Between }
                ? MemberSelection.Joined
            : a.Has(Cue.Former) || a.Has(Cue.Leave) ? MemberSelection.Former
            : (a.Has(Cue.Last) || a.Has(Cue.First)) && !a.Has(Cue.Founding) ? MemberSelection.Ever
            : a.Has(Cue.Join) && a.Wh is Wh.Which or Wh.Who ? MemberSelection.Ever
            : MemberSelection.Current;
        var rank = MemberRank(a);
        if (rank is not null)
            selection = MemberSelection.Ever;
        var aggregate = rank is not null ? MemberAggregate.Rank
            : a.Wh == Wh.HowMany || a.Has(Cue.Count) ? MemberAggregate.Count
            : a.Has(Cue.Last) ? MemberAggregate.Last
            : a.Has(Cue.First) && selection != MemberSelection.Founding ? MemberAggregate.First
            : MemberAggregate.List;
        var member = a.AsksMembers;
        var asks = member || rank is not null || a.Has(Cue.Founding) || a.Has(Cue.Join) || a.Has(Cue.Count) || a.Has(Cue.Last) || a.Has(Cue.Former)
            || a.Wh is Wh.Who or Wh.HowMany || a.Wh == Wh.Which && a.Has(Cue.Member) || a.Options.Count > 0 && a.Has(Cue.NonMember);
        if (!asks)
            return null;
        var score = 4 + (a.Has(Cue.Founding) ? 2 : 0) + (aggregate != MemberAggregate.List ? 1 : 0) + (selection == MemberSelection.Joined ? 1 : 0) + (nuclear ? 3 : 0);
        // "Which Nordic country is not in NATO?", "Which Baltic states are in NATO?": the members of a named group only.
        // The group's word must name states ("Nordic countries", "Baltic states"): "the Baltic Sea" is not the Baltic states.
        var groupWord = Enumerable.Range(0, a.Tokens.Count - 1).Select(i => (i, Group: s.Atlas.Background.Groups.FirstOrDefault(g => g.Words.Contains(a.Tokens[i].Norm))))
            .FirstOrDefault(x => x.Group is not null && (MemberNouns.Contains(a.Tokens[x.i + 1].Norm) || a.Tokens[x.i + 1].Norm is "republics" or "nations"));
        // "Which EU countries are not in NATO?", "in the EU but outside NATO", "in both the EU and NATO": the members of the
        // first body named that are (not) members of the others.
        var (alsoIn, notIn, firstOut) = selection == MemberSelection.Current ? Sides(s) : ([], [], false);
        if (firstOut)
        {
            // "Which countries outside NATO are in the EU?": the members of the first body named in, less those of the first.
            if (alsoIn.Count > 0)
            {
                notIn = [body, .. notIn];
                body = alsoIn[0];
                alsoIn = alsoIn.Skip(1).ToArray();
            }
            else
                (alsoIn, notIn) = ([], []);
        }
        var polarity = alsoIn.Count + notIn.Count > 0 ? Core.Queries.Polarity.Positive : MemberPolarity(s);
        score += alsoIn.Count + notIn.Count;
        var query = new MembersQuery(body, selection, aggregate) { Polarity = polarity, Holding = nuclear ? PolicyKind.Nuclear : null, Except = except, AlsoIn = alsoIn, NotIn = notIn, Among = groupWord.Group?.Id };
        if (rank is { } r)
            query = query with { Rank = r };
        return P(query, score + (rank is not null ? 1 : 0) + (groupWord.Group is not null ? 1 : 0),
            alsoIn.Count + notIn.Count > 0 ? Cue.Sides : Cue.Member, Cue.Member, Cue.Founding, Cue.Join, Cue.Count, Cue.Last, Cue.First, Cue.Former, Cue.Leave, Cue.Sign, Cue.Found, Cue.Ally, Cue.NonMember, Cue.Nuclear, Cue.Rank)
            with
        { Words = groupWord.Group is not null ? [groupWord.i] : [] };
    }

    private static readonly HashSet<string> MemberNouns = new(StringComparer.Ordinal)
    {
        "member", "members", "country", "countries", "state", "states", "nation", "nations", "ally", "allies", "party", "signatory", "one",
    };

    /// <summary>
    /// A rank in the order of joining: "the 30th member", "NATO's thirty-first ally", "the second country to join". An
    /// ordinal before a word for a member or before "to join"; "first" and "last" are their own cues.
    /// </summary>
    internal static int? MemberRank(Analysis a) => MemberRankAt(a)?.Rank;

    /// <summary>The rank <see cref="MemberRank"/> reads, with the tokens from the ordinal to the member word it ranks.</summary>
    internal static (int Rank, int First, int Last)? MemberRankAt(Analysis a)
    {
        var tokens = a.Tokens;
        foreach (var cue in a.Cues.Where(c => c.Cue == Cue.Rank))
        {
            var at = cue.First + cue.Count;
            var next = at < tokens.Count && tokens[at].Norm is "full" or "new" or "official" or "founding" ? at + 1 : at;
            if (next < tokens.Count && (MemberNouns.Contains(tokens[next].Norm) || tokens[next].Is("to") && next + 1 < tokens.Count && tokens[next + 1].Norm is "join" or "accede" or "enter")
                && Ordinals.At(tokens, cue.First + cue.Count - 1) is { } rank)
                return (rank, cue.First, tokens[next].Is("to") ? next + 1 : next);
        }
        return null;
    }

    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal) { "president", "prime", "chancellor", "secretary", "minister", "premier", "supreme" };

    /// <summary>
    /// The office a question names: one of the actor's by its title, or — for "leader", "leads", "head" — its leading
    /// office (title null). A title the actor's offices do not have ("the president of NATO", "the president of Armenia"
    /// when the data holds only its prime minister) fits nothing: never another office in its place.
    /// </summary>
    // "Who was the first Secretary General of NATO?": the first or last holder, not the one on the day.
    // "first" may open a title phrase of the lexicon ("first secretary") without being the title asked ("Secretary General").
    private static MemberAggregate? Holder(Slots s, string? title) =>
        s.A.Has(Cue.First) || s.A.HasWord("first") && !(title ?? "").Contains("First", StringComparison.OrdinalIgnoreCase) ? MemberAggregate.First
        : s.A.Has(Cue.Last) ? MemberAggregate.Last : null;

    /// <summary>The tokens of an office's title in the question ("Secretary General"): read by the reading that names it.</summary>
    private static int[] TitleTokens(Slots s, string? title)
    {
        if (title is null)
            return [];
        var words = Tokenizer.Tokenize(title, 0, 0, title.Length).Select(x => x.Norm).ToArray();
        for (var i = 0; i + words.Length <= s.A.Tokens.Count; i++)
        {
            if (Enumerable.Range(0, words.Length).All(k => s.A.Tokens[i + k].Norm == words[k]))
                return [.. Enumerable.Range(i, words.Length)];
        }
        return [];
    }

    private static (bool Fits, string? Title) Office(Slots s, Actor actor)
    {
        var title = OfficeTitle(s, actor);
        if (title is not null)
            return (true, title);
        var titled = s.A.Cues.Any(c => c.Cue == Cue.Lead && TitleWords.Contains(s.A.Tokens[c.First].Norm));
        return (!titled, null);
    }

    /// <summary>The title of one of the actor's offices that the words name ("prime minister"), longest first; null for its leading office.</summary>
    private static string? OfficeTitle(Slots s, Actor actor)
    {
        var text = " " + string.Join(' ', s.A.Tokens.Select(t => t.Norm)) + " ";
        return s.Atlas.OfficesOf(actor.Id).Select(o => o.Title).OrderByDescending(t => t.Length)
            .FirstOrDefault(t => text.Contains(" " + string.Join(' ', Tokenizer.Tokenize(t, 0, 0, t.Length).Select(x => x.Norm)) + " ", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> Outside = new(StringComparer.Ordinal) { "outside", "not", "non", "never", "nor", "without" };

    /// <summary>
    /// The bodies named after the first, each in or out: out when "not", "outside", "nor" stands between it and the body
    /// named before it ("in the EU but not in NATO", "inside the EU but outside of NATO"); and whether the first is out too.
    /// </summary>
    internal static (IReadOnlyList<EntityRef> AlsoIn, IReadOnlyList<EntityRef> NotIn, bool FirstOut) Sides(Slots s) => Sides(s, out _);

    /// <summary>
    /// As <see cref="Sides(Slots)"/>, with the first body named, counting only the names from token <paramref name="from"/>
    /// on ("After Sweden joined NATO, … are the only EU members outside NATO": the bodies of the words after "the only").
    /// </summary>
    internal static (IReadOnlyList<EntityRef> AlsoIn, IReadOnlyList<EntityRef> NotIn, bool FirstOut) Sides(Slots s, out EntityRef? first, int from = 0)
    {
        first = null;
        var named = (from == 0
                ? s.Organizations.Select(o => (o.Mention, Body: Slots.Ref(o.Actor)))
                    .Concat(s.Treaties.Where(t => t.Treaty.Organization is null).Select(t => (t.Mention, Body: new EntityRef(EntityKind.Treaty, t.Treaty.Id.Value, t.Treaty.Name))))
                : s.A.Mentions.Where(m => m.First >= from && m.Entity is { Kind: EntityKind.Actor or EntityKind.Treaty })
                    .Select(m => (Mention: m, Body: Body(s, m.Entity!))).Where(x => x.Body is not null).Select(x => (x.Mention, Body: x.Body!)))
            .OrderBy(x => x.Mention.First).DistinctBy(x => x.Body).ToArray();
        if (named.Length < 2)
            return ([], [], false);
        first = named[0].Body;
        bool OutBetween(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from)).Any(i => Outside.Contains(s.A.Tokens[i].Norm));
        var firstOut = OutBetween(Math.Max(0, named[0].Mention.First - 4), named[0].Mention.First);
        var alsoIn = new List<EntityRef>();
        var notIn = new List<EntityRef>();
        for (var k = 1; k < named.Length; k++)
        {
            var gap = Enumerable.Range(named[k - 1].Mention.Last + 1, Math.Max(0, named[k].Mention.First - named[k - 1].Mention.Last - 1)).Select(i => s.A.Tokens[i].Norm).ToArray();
            // "not in NATO or the EU": a short joined list shares the first one's side; "outside NATO are in the EU": in.
            var own = gap.Any(Outside.Contains);
            var joined = gap.Length <= 3 && gap.Any(g => g is "and" or "or" or ",");
            var side = own || (joined && !gap.Contains("but") && firstOut);
            (side ? notIn : alsoIn).Add(named[k].Body);
        }
        return (alsoIn, notIn, firstOut);
    }

    /// <summary>"other than the U.S.", "apart from France", "except Germany", "besides Britain": a name set aside.</summary>
    // A name as a body members belong to: an organization, or a treaty without one (a state or an organization's treaty is none).
    private static EntityRef? Body(Slots s, EntityRef entity) => entity.Kind switch
    {
        EntityKind.Actor when s.Atlas.FindActor(new ActorId(entity.Id)) is { IsState: false } org => Slots.Ref(org),
        EntityKind.Treaty when s.Atlas.Treaty(new TreatyId(entity.Id)) is { } t => t.Organization is { } o ? Slots.Ref(s.Atlas.Actor(o)) : new EntityRef(EntityKind.Treaty, t.Id.Value, t.Name),
        _ => null,
    };

    private static bool SetAside(Analysis a, int mention)
    {
        var i = mention - 1;
        if (i >= 0 && a.Tokens[i].Norm == "the")
            i--;
        if (i < 0)
            return false;
        var w = a.Tokens[i].Norm;
        var before = i > 0 ? a.Tokens[i - 1].Norm : "";
        return w is "except" or "besides" || w == "than" && before == "other" || w == "from" && before is "apart" or "aside";
    }

    /// <summary>Whether the text's year is the year the thing was signed or founded ("the Triple Alliance in 1882"): a name, not a time.</summary>
    private static bool YearNames(Slots s, EntityRef subject)
    {
        if (s.A.Time?.When is not { Kind: TimeKind.InYear } when)
            return false;
        var year = when.Year!.Value;
        return subject.Kind switch
        {
            EntityKind.Treaty => s.Atlas.Treaty(new TreatyId(subject.Id)) is var t && (t.Signed ?? t.InForce)?.Year == year,
            EntityKind.Actor => s.Atlas.Actor(new ActorId(subject.Id)).Existed.From?.Year == year
                || s.Atlas.TreatiesOf(new ActorId(subject.Id)).Any(t => (t.Signed ?? t.InForce)?.Year == year),
            EntityKind.Partnership => s.Atlas.FindPartnership(new PartnershipId(subject.Id))?.From?.Year == year,
            EntityKind.Document => s.Atlas.FindEvent(new EventId(subject.Id))?.Date.Year == year,
            _ => false,
        };
    }

    // What a term question asks: what engages it ("triggers", "activates"), what it is for ("purpose", "why"), else what it is.
    private static TermAspect TermAspectOf(Analysis a) =>
        a.Tokens.Any(t => t.Norm is "trigger" or "triggers" or "triggered" or "activates" or "engages" or "invokes")
            ? TermAspect.Trigger
            : a.Has(Cue.Purpose) || a.Wh == Wh.Why ? TermAspect.Purpose : TermAspect.What;

    private static Proposal? WhatIs(Slots s)
    {
        var a = s.A;
        if (s.Subject is not { } subject)
            return null;
        // "What is / was X", "What does X do / entail / provide / say", "What does X stand for" — not "What did the summit change".
        var lastWord = a.Tokens.LastOrDefault(t => t.Kind == TokenKind.Word)?.Norm;
        var asks = a.Wh is Wh.What or Wh.Who or Wh.How && (a.HasWord("is") || a.HasWord("was") || a.HasWord("are") || a.HasWord("were") || lastWord is "do" or "for" or "mean" or "entail" or "involve" or "provide" or "stipulate" or "contain" or "say")
            || a.Has(Cue.Purpose) || a.HasWord("explain") || a.HasWord("explainer") || a.HasWord("describe") || a.Wh == Wh.None && a.Tokens.Count <= 4
            || s.Bodies.Count >= 2 && (a.HasWord("compare") || a.HasWord("differ") || a.HasWord("difference"));
        // "What did NATO do after the Cold War?" asks about a time a description does not answer; "the Anglo-Japanese
        // Alliance of 1902" names the thing by its year.
        if (!asks || a.Time?.When is { Kind: not (TimeKind.Now or TimeKind.On) } && !YearNames(s, subject))
            return null;
        return P(new WhatIsQuery(subject), a.Has(Cue.Purpose) ? 4 : 3, Cue.Purpose, Cue.Describe, Cue.Found, Cue.Ally, Cue.Treaty);
    }
}
