using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Core.Queries;

/// <summary>Whether a question or claim is put positively or negated ("Is Sweden not a member?").</summary>
public enum Polarity { Positive, Negative }

/// <summary>
/// A question Entente can answer, as a type: what the text asked for, with its entities resolved, its time
/// and its polarity. A question asks for the result; a claim asserts one (<see cref="Asserted"/>). Queries are
/// produced by the reader in Entente.Language and run by <see cref="QueryExecutor"/>; they hold no English.
/// </summary>
public abstract record Query
{
    public TimeSpec When { get; init; } = TimeSpec.Now;
    public Polarity Polarity { get; init; } = Polarity.Positive;

    /// <summary>What a claim asserts (a date, a count, a list of actors); null for a question.</summary>
    public Assertion? Asserted { get; init; }
}

/// <summary>The value a claim asserts: any of a date, a number, actors, or a truth value.</summary>
/// <param name="AtLeast">A count said loosely ("many times", "several"): at least this many.</param>
/// <param name="Until">With <see cref="Date"/>, a span of years said ("in the mid-1980s": 1983 to 1986): the date falls in it.</param>
/// <param name="Share">Of a set ("with most of the member states"): how many of it the claim says.</param>
public sealed record Assertion(PartialDate? Date = null, int? Number = null, IReadOnlyList<ActorId>? Actors = null, bool? Holds = null, int? AtLeast = null, PartialDate? Until = null, Share? Share = null);

/// <summary>How much of a set a claim speaks of: "all", "most", "several", "some" of them, or "none".</summary>
public enum Share { All, Most, Several, Some, None }

/// <summary>
/// The defence treaties a state shares with each of some others: those named ("mutual defence treaties with Japan, South
/// Korea and the Philippines"), or a body's members ("with most of the member states of the Warsaw Pact").
/// </summary>
/// <param name="MembersOf">The body whose members are the others: its members on the day, or — when it did not exist then,
/// or with <see cref="BeforeFounding"/> — its founding members.</param>
/// <param name="Bilateral">Only treaties of two parties count.</param>
/// <param name="BeforeFounding">Asked of the day before the body's founding treaty was signed ("had previously concluded").</param>
public sealed record PactsWithQuery(ActorId State, IReadOnlyList<ActorId> Others, EntityRef? MembersOf = null, bool Bilateral = false, bool BeforeFounding = false) : Query;

/// <summary>Is a state a member of an organization (or a party to a treaty) at a time.</summary>
public sealed record IsMemberQuery(ActorId State, EntityRef Body) : Query
{
    /// <summary>
    /// Asked of any time up to the date, not of the date alone ("Has Austria ever been in NATO?", "Was Yugoslavia in the
    /// Warsaw Pact?"): with no time named, a member at some time of the body's existence answers yes.
    /// </summary>
    public bool Ever { get; init; }
}

/// <summary>Which members an organization has, chosen and aggregated.</summary>
public sealed record MembersQuery(EntityRef Body, MemberSelection Selection, MemberAggregate Aggregate) : Query
{
    /// <summary>Only the members holding a policy of this kind on the day ("Which NATO members have nuclear weapons?").</summary>
    public PolicyKind? Holding { get; init; }

    /// <summary>Only the members of a named group of states, by its id ("Which Nordic country is not in NATO?": <c>nordic</c>).</summary>
    public string? Among { get; init; }

    /// <summary>Members left out by name ("other than the United States").</summary>
    public IReadOnlyList<ActorId> Except { get; init; } = [];

    /// <summary>Only the members that are also members of these bodies on the day ("in both the EU and NATO").</summary>
    public IReadOnlyList<EntityRef> AlsoIn { get; init; } = [];

    /// <summary>Only the members that are not members of these bodies on the day ("EU states outside NATO").</summary>
    public IReadOnlyList<EntityRef> NotIn { get; init; } = [];

    /// <summary>For <see cref="MemberAggregate.Rank"/>: which member in the order of joining ("the 30th member"), from 1.</summary>
    public int Rank
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Rank), value, "A member's rank in the order of joining counts from 1.");
    }
}

/// <summary>Which members a query picks.</summary>
public enum MemberSelection
{
    /// <summary>Members at the date of truth.</summary>
    Current,

    /// <summary>The founding members.</summary>
    Founding,

    /// <summary>Members that joined within the query's time (in, after, before, between).</summary>
    Joined,

    /// <summary>Members that have left.</summary>
    Former,

    /// <summary>Every state that has ever been a member.</summary>
    Ever,
}

/// <summary>What is asked of the members chosen.</summary>
/// <summary>
/// How the chosen members are given: all, their count, the first or last to join (or, of former members, to leave), or
/// the member of a rank in the order of joining.
/// </summary>
public enum MemberAggregate { List, Count, First, Last, Rank }

/// <summary>When something happened to a treaty, an organization or a party.</summary>
/// <param name="Party">For <see cref="DateKind.Joined"/> and <see cref="DateKind.Left"/>: whose joining or leaving.</param>
/// <param name="Years">Asked for the anniversary: the date that many years after (0 for the date itself).</param>
public sealed record DateQuery(EntityRef Subject, DateKind Kind, ActorId? Party = null, int Years = 0) : Query;

/// <summary>Which date of a thing is asked.</summary>
/// <remarks><see cref="Suspended"/>: the day a member's part (or its obligations) was suspended or frozen, not ended.
/// <see cref="Independent"/>: the day a state (the subject) became independent.</remarks>
public enum DateKind { Signed, InForce, Founded, Ended, Joined, Left, Applied, LeftCommand, RejoinedCommand, Suspended, Independent, Rejoined }

/// <summary>
/// Is a treaty in force, or an organization in being, at a time ("Is the ANZUS Treaty still in force?", "Does the Warsaw
/// Pact still exist?", "Is SEATO still active?"). An organization is answered with its founding treaty beside it.
/// </summary>
public sealed record InForceQuery(EntityRef Subject) : Query
{
    /// <summary>Asked whether it has ended ("Has SEATO been dissolved?"): yes when it has, the reverse of in force.</summary>
    public bool AsksEnded { get; init; }
}

/// <summary>Who must defend a state if it is attacked (at a place).</summary>
/// <param name="Via">Only the obligations of this organization or treaty ("Does NATO's Article 5 cover Japan?").</param>
public sealed record DefendersQuery(ActorId State, PlaceId? Place = null, ActorId? Attacker = null, EntityRef? Via = null) : Query;

/// <summary>Must (or would) <see cref="Defender"/> defend <see cref="Defended"/>.</summary>
public sealed record DefendsQuery(ActorId Defender, ActorId Defended) : Query
{
    /// <summary>Only under this treaty or organization ("under their 1951 Mutual Defense Treaty"); null for any.</summary>
    public EntityRef? Via { get; init; }
}

/// <summary>A state's defence treaties and allies, or whether two states are allied.</summary>
public sealed record AlliesQuery(ActorId State, ActorId? Other = null) : Query;

/// <summary>What an article of a treaty (or a state's constitution) says or means.</summary>
public sealed record ArticleQuery(string Article, TreatyId? Treaty, ActorId? State) : Query;

/// <summary>Why a state is not in an organization, or whether it could join.</summary>
public sealed record EligibilityQuery(ActorId State, ActorId Organization, bool WhyNot) : Query;

/// <summary>Whether (and when) an article or a treaty has been invoked.</summary>
public sealed record InvocationsQuery(TreatyId? Treaty, string? Article) : Query
{
    /// <summary>Only the invocations this state made or asked for ("When did Turkey invoke Article 4?").</summary>
    public ActorId? By { get; init; }
}

/// <summary>Is a state neutral.</summary>
public sealed record NeutralityQuery(ActorId State) : Query;

/// <summary>A national policy's terms.</summary>
public sealed record PolicyQuery(PolicyId Policy) : Query;

/// <summary>A state's constitutional limits on force.</summary>
public sealed record ConstitutionQuery(ActorId State) : Query;

/// <summary>How a state cooperates with an organization.</summary>
public sealed record CooperationQuery(ActorId State, ActorId Organization) : Query;

/// <summary>A state's part in peacekeeping.</summary>
public sealed record PeacekeepingQuery(ActorId State) : Query;

/// <summary>Is a place covered by a treaty's defence article.</summary>
public sealed record CoveredQuery(PlaceId Place, TreatyId? Treaty, string? Article) : Query;

/// <summary>The treaties a state was party to in a year.</summary>
public sealed record TreatiesOfQuery(ActorId State) : Query;

/// <summary>What a thing is: an organization, treaty, partnership or policy, described.</summary>
public sealed record WhatIsQuery(EntityRef Subject) : Query;

/// <summary>"What is a mutual defence pact?", "What triggers it?", "What is it for?": a term of the field, not one named thing.</summary>
public sealed record TermQuery(TermId Term, TermAspect Aspect) : Query;

/// <summary>What a term question asks: what the thing is, what engages it, or what it is for.</summary>
public enum TermAspect { What, Trigger, Purpose }

/// <summary>"Is the Quad an alliance?", "Is the Quad an Asian NATO?": does a thing bind its parties to defend each other.</summary>
public sealed record IsAllianceQuery(EntityRef Subject) : Query;

/// <summary>
/// "Which country was the last to ratify Sweden's accession to NATO?", "When did Hungary ratify Sweden's membership?":
/// the members' ratifications of the protocol admitting a state to a treaty, all of them, one member's
/// (<paramref name="By"/>), or the first or last (<paramref name="Aggregate"/>).
/// </summary>
public sealed record RatificationsQuery(ActorId Admitted, TreatyId Treaty, ActorId? By = null, MemberAggregate? Aggregate = null) : Query;

/// <summary>"What did NATO decide at the 2022 Madrid summit?", "When was the Wales summit?": events the question names.</summary>
public sealed record NamedEventsQuery(IReadOnlyList<EventId> Events) : Query;

/// <summary>"Is the Washington Declaration legally binding?", "the new agreement is not binding": does a document bind its parties in law.</summary>
public sealed record IsBindingQuery(EntityRef Subject) : Query;

/// <summary>Why something happened: a state's leaving, joining or suspension, or a founding.</summary>
public sealed record WhyQuery(EntityRef Subject, DateKind Change, ActorId? Actor = null) : Query
{
    /// <summary>Why the actor (or anyone, with none) objected to the subject ("Why is France so angry about AUKUS?"): the
    /// objections recorded, not the change.</summary>
    public bool Objection { get; init; }
}

/// <summary>The dated events of an organization or treaty (invocations, withdrawals…) within the query's time.</summary>
public sealed record EventsQuery(EntityRef Subject) : Query
{
    /// <summary>Only events of this kind ("Which country left NATO's military command in 1966?": withdrawals); null for all.</summary>
    public EventKind? Kind { get; init; }
}

/// <summary>
/// Events of some kinds, by whom, against whom, about which body: "Which countries invaded Czechoslovakia in 1968?"
/// (kind invasion, against CSK, in 1968), "When did the Soviet Union invade Hungary?", the claim "Nagy declared that
/// Hungary would withdraw from the Warsaw Pact" (an announcement of a withdrawal, about the Warsaw Pact). The
/// query's time, when it is a span (in a year, before, after, between), bounds the events' dates.
/// </summary>
public sealed record HappeningsQuery : Query
{
    public HappeningsQuery(IReadOnlyList<EventKind> kinds)
    {
        if (kinds.Count == 0)
            throw new ArgumentException("A happenings query needs at least one kind of event.", nameof(kinds));
        Kinds = kinds;
    }

    public IReadOnlyList<EventKind> Kinds { get; }

    /// <summary>Who acted, as the text says (a state, or an organization for its members: "the Warsaw Pact invaded").</summary>
    public IReadOnlyList<ActorId> By { get; init; } = [];

    /// <summary>Whom it was aimed at: every one must be among the event's targets.</summary>
    public IReadOnlyList<ActorId> Against { get; init; } = [];

    /// <summary>The organization or treaty the event concerns (a withdrawal from the Warsaw Pact).</summary>
    public EntityRef? About { get; init; }

    /// <summary>For announcements: the change announced.</summary>
    public EventKind? Announces { get; init; }

    /// <summary>Only events about this article of the treaty ("weighed invoking Article 4").</summary>
    public string? Article { get; init; }
}

/// <summary>
/// How many of a state's people an event of a year killed, wounded, drove out, imprisoned or executed ("About 30,000
/// Hungarians were killed" in 1956): the figures on record for events of that year (a year either side) that count
/// that state's people.
/// </summary>
/// <param name="People">Whose people are counted; null for people at large ("the attacks killed 2,977 people").</param>
public sealed record FiguresQuery(FigureMeasure Measure, ActorId? People, int Year) : Query
{
    /// <summary>Only the state's armed forces ("Soviet soldiers"), or only its people at large.</summary>
    public bool? Forces { get; init; }

    /// <summary>The count asserted: a range (its lowest and highest reading) and whether it is only a lower bound.</summary>
    public CountAsserted? Count { get; init; }
}

/// <summary>
/// A count as a text gives it: "about 30,000" (27,000–33,000), "several thousand" (3,000–9,999, a lower bound in effect),
/// "more than 200,000" (a lower bound).
/// </summary>
public sealed record CountAsserted
{
    public CountAsserted(int low, int high, bool vague)
    {
        if (low < 0 || high < low)
            throw new ArgumentOutOfRangeException(nameof(high), $"{low}–{high}", "A count's range runs from a low of at least 0 to a high no lower than the low.");
        Low = low;
        High = high;
        Vague = vague;
    }

    public int Low { get; }
    public int High { get; }

    /// <summary>Said only as an order of magnitude ("several thousand", "hundreds"): true of any larger count, if it understates it.</summary>
    public bool Vague { get; }

    /// <summary>"more than", "at least", "over": no upper end.</summary>
    public bool AtLeast { get; init; }
}

/// <summary>How an organization takes its decisions ("NATO decisions are unanimous"): the rules on record.</summary>
public sealed record DecisionRuleQuery(ActorId Organization) : Query
{
    /// <summary>The rule a claim asserts.</summary>
    public DecisionKind? Said { get; init; }
}

/// <summary>Where an organization has its headquarters.</summary>
public sealed record HeadquartersQuery(ActorId Organization) : Query;

/// <summary>Does a state hold a status (a major non-NATO ally) on a day.</summary>
public sealed record StatusQuery(ActorId State, PartnershipId Status) : Query;

/// <summary>Where a treaty was signed.</summary>
public sealed record SignedAtQuery(TreatyId Treaty) : Query;

/// <summary>Who leads an organization or a state (its chief office and holder), or who held one of its offices named by title.</summary>
public sealed record LeaderQuery(ActorId Organization) : Query
{
    /// <summary>The office asked by its title ("the Prime Minister of Armenia", "the US Secretary of Defense"); null for the leading office.</summary>
    public string? Title { get; init; }

    /// <summary>The first or last holder of the office ("Who was the first Secretary General of NATO?"); null for the holder on the day.</summary>
    public MemberAggregate? Aggregate { get; init; }
}

/// <summary>How a text places a person's spell in an office against its date: holding it, about to, or no longer.</summary>
public enum Tenure
{
    /// <summary>Holds the office on the day ("Prime Minister Nikol Pashinyan").</summary>
    Holding,

    /// <summary>Chosen for the office and about to take it ("the incoming Swiss defence minister").</summary>
    Incoming,

    /// <summary>Held it before the day ("former Secretary of Defense").</summary>
    Former,

    /// <summary>Held it at some time up to the day ("Panetta was director of the CIA", "became Prime Minister").</summary>
    Ever,
}

/// <summary>
/// A person as the holder of an office: the spells the data records for the person the text names, and — where the
/// office is named (<see cref="Organization"/> and <see cref="Title"/>) — whether the person held it on the day
/// and who did.
/// </summary>
/// <param name="Person">The name as normalized for the atlas's index of people (<see cref="Atlas.PersonIndex"/>).</param>
public sealed record OfficeHolderQuery(string Person) : Query
{
    /// <summary>The state or organization whose office is named; null when the text names the office by its title alone.</summary>
    public ActorId? Organization { get; init; }

    /// <summary>The office's title as the data records it; null for any office of <see cref="Organization"/>.</summary>
    public string? Title { get; init; }

    /// <summary>How the text places the spell against its date.</summary>
    public Tenure Tenure { get; init; } = Tenure.Holding;
}

/// <summary>Compares the member counts of two organizations.</summary>
public sealed record CompareMembersQuery(EntityRef Left, EntityRef Right) : Query;

/// <summary>One option of a multiple-choice question, as written, with the value it names.</summary>
public sealed record ChoiceOption(string Label, string Text, IReadOnlyList<EntityRef> Entities, PartialDate? Date, int? Number);

/// <summary>"Which of these …": the stem's query, evaluated against each option.</summary>
public sealed record ChoiceQuery(Query Stem, IReadOnlyList<ChoiceOption> Options) : Query;
