namespace Entente.Language.Claims;

/// <summary>What a clause of an article asserts beyond dates and memberships: the predicates of the claim frames.</summary>
internal enum Predicate
{
    /// <summary>A purpose or motive ("to counter the Soviet threat"): not checkable.</summary>
    Motive,

    /// <summary>Whether a document binds its parties in law ("the new agreement is not binding").</summary>
    Binding,

    /// <summary>A member's approval of a state's accession ("Hungary ratified Sweden's accession", "the last to approve").</summary>
    Ratified,

    /// <summary>A degree or a reputation ("relies heavily on", "widely considered"): not checkable.</summary>
    Judgement,
    Neutral,
    NotToJoin,
    CouldJoin,
    MutualDefence,
    Guarantee,
    CollectiveDefence,
    Basing,
    Renounce,
    Forbid,
    SelfDefence,
    NonNuclear,
    NuclearPosture,
    Imposed,
    AlliedWith,
    Area,
    Forum,
    Peacekeeping,
    CaseByCase,
    Cooperate,
    Invoked,
    Consult,

    /// <summary>A state froze or suspended its part in an organization.</summary>
    Suspend,

    /// <summary>An invasion or armed attack: who invaded whom, when.</summary>
    Invade,

    /// <summary>A declared change not (yet) given effect: "Nagy declared that Hungary would withdraw from the Warsaw Pact".</summary>
    Announce,

    /// <summary>
    /// What led to a body's founding: "An important event that led to the formation of the Warsaw Pact was West Germany's
    /// rearmament", "SEATO was created in response to …". Checked against the sourced reasons for the founding.
    /// </summary>
    Cause,

    /// <summary>
    /// Defence treaties of a state with others: "mutual defence treaties with Japan, South Korea and the Philippines",
    /// "bilateral defence agreements with most of the member states of the Warsaw Pact".
    /// </summary>
    PactsWith,

    /// <summary>
    /// A count of the people an event killed, wounded, drove out, imprisoned or executed: "About 30,000 Hungarians were
    /// killed, several thousand imprisoned and about 200,000 fled". Checked against the figures sources give for the event.
    /// </summary>
    Toll,

    /// <summary>
    /// The named states are all there are of a set: "Austria, Ireland and Malta … Aside from Cyprus, they are the only
    /// countries who find themselves inside the EU but outside of NATO". Checked against the members the query finds.
    /// </summary>
    Only,

    /// <summary>How a body decides: "while reaching unanimous decisions", "decisions are taken by consensus", "by majority vote".</summary>
    Decides,

    /// <summary>A treaty's pledge to settle disputes peacefully: "committed to the peaceful resolution of disputes".</summary>
    PeacefulSettlement,

    /// <summary>A step weighed, not taken: "announced that it would consider whether it would need to activate Article 4".</summary>
    Weigh,

    /// <summary>
    /// What kind of body it is: "AUKUS is not a military alliance", "NATO is a defensive alliance", "a defence pact". Checked
    /// by the alliance query (does a defence pledge bind its parties), as "Is AUKUS an alliance?" is.
    /// </summary>
    Alliance,

    /// <summary>When members began to leave a body: "the member states began to withdraw in 1991".</summary>
    BeganLeaving,

    /// <summary>Attempts to leave a body that were stopped: "Attempts to break out of the pact were brutally thwarted by Soviet military power".</summary>
    ThwartedExits,
}

/// <summary>
/// The claim frames' lexicon: the phrases (as the tokenizer normalises them, so "self-defense" is "self defense"
/// and "one another’s" is "one another") that put a clause in a frame. A new way of saying a thing is a line
/// here; the frame it names reads the rest (who, what, when) from the clause's names and context.
/// </summary>
internal static class ClaimLexicon
{
    private static readonly (string Phrase, Predicate Predicate)[] Entries =
    [
        ("to counter", Predicate.Motive), ("in order to counter", Predicate.Motive), ("aimed at countering", Predicate.Motive),
        ("in response to", Predicate.Motive), ("to deter", Predicate.Motive), ("as a counterweight", Predicate.Motive), ("as a bulwark", Predicate.Motive),
        ("relies heavily", Predicate.Judgement), ("rely heavily", Predicate.Judgement), ("depends heavily", Predicate.Judgement),
        ("depend heavily", Predicate.Judgement), ("widely considered", Predicate.Judgement), ("widely seen", Predicate.Judgement),
        ("widely regarded", Predicate.Judgement), ("best known", Predicate.Judgement), ("crucial role", Predicate.Judgement),
        ("neutral", Predicate.Neutral), ("neutrality", Predicate.Neutral), ("non aligned", Predicate.Neutral), ("nonaligned", Predicate.Neutral),
        ("decision not to join", Predicate.NotToJoin), ("decided not to join", Predicate.NotToJoin), ("chose not to join", Predicate.NotToJoin),
        ("choice not to join", Predicate.NotToJoin), ("refused to join", Predicate.NotToJoin), ("declined to join", Predicate.NotToJoin),
        ("possibility exists", Predicate.CouldJoin), ("could join", Predicate.CouldJoin), ("could one day join", Predicate.CouldJoin),
        ("could eventually join", Predicate.CouldJoin), ("could become a member", Predicate.CouldJoin), ("may one day join", Predicate.CouldJoin),
        ("mutual defense", Predicate.MutualDefence), ("mutual defence", Predicate.MutualDefence), ("defend each other", Predicate.MutualDefence),
        ("defend one another", Predicate.MutualDefence),
        ("armed attack on", Predicate.Guarantee), ("attack on", Predicate.Guarantee), ("armed attack against", Predicate.Guarantee),
        ("attack against", Predicate.Guarantee),
        ("attack on all", Predicate.CollectiveDefence), ("attack against all", Predicate.CollectiveDefence), ("attack against them all", Predicate.CollectiveDefence),
        ("attack on all of them", Predicate.CollectiveDefence), ("one another aid", Predicate.CollectiveDefence), ("each other aid", Predicate.CollectiveDefence),
        ("mutual assistance", Predicate.CollectiveDefence), ("collective defence", Predicate.CollectiveDefence), ("collective defense", Predicate.CollectiveDefence),
        ("military assistance", Predicate.CollectiveDefence), ("security and defense of its member", Predicate.CollectiveDefence),
        ("security and defence of its member", Predicate.CollectiveDefence), ("security and defense of its members", Predicate.CollectiveDefence),
        ("security and defence of its members", Predicate.CollectiveDefence),
        ("presence of", Predicate.Basing), ("stationing of", Predicate.Basing), ("use of facilities", Predicate.Basing), ("host", Predicate.Basing),
        ("hosts", Predicate.Basing),
        ("renounces", Predicate.Renounce), ("renounce", Predicate.Renounce), ("renounced", Predicate.Renounce), ("renouncing", Predicate.Renounce),
        ("prohibits", Predicate.Forbid), ("prohibit", Predicate.Forbid), ("forbids", Predicate.Forbid), ("forbid", Predicate.Forbid), ("bans", Predicate.Forbid),
        ("self defense capabilities", Predicate.SelfDefence), ("self defence capabilities", Predicate.SelfDefence), ("exclusively defensive", Predicate.SelfDefence),
        ("exclusively defense oriented", Predicate.SelfDefence), ("exclusively defence oriented", Predicate.SelfDefence), ("purely defensive", Predicate.SelfDefence),
        ("non nuclear", Predicate.NonNuclear), ("ban on nuclear", Predicate.NonNuclear), ("nuclear ban", Predicate.NonNuclear), ("banned nuclear", Predicate.NonNuclear), ("nuclear free", Predicate.NonNuclear), ("anti nuclear", Predicate.NonNuclear),
        ("nuclear deterrence", Predicate.NuclearPosture), ("nuclear strategy", Predicate.NuclearPosture), ("nuclear posture", Predicate.NuclearPosture),
        ("nuclear alliance", Predicate.NuclearPosture), ("nuclear deterrent", Predicate.NuclearPosture),
        ("imposition", Predicate.Imposed), ("imposed", Predicate.Imposed),
        ("alliance is with", Predicate.AlliedWith), ("alliances is with", Predicate.AlliedWith), ("alliances are with", Predicate.AlliedWith),
        ("allied with", Predicate.AlliedWith), ("an ally of", Predicate.AlliedWith), ("treaty ally of", Predicate.AlliedWith), ("alliance with", Predicate.AlliedWith),
        ("area of responsibility", Predicate.Area), ("area of operations", Predicate.Area), ("treaty area", Predicate.Area),
        ("forums", Predicate.Forum), ("forum", Predicate.Forum), ("fora", Predicate.Forum),
        ("peacekeeping", Predicate.Peacekeeping), ("peacekeepers", Predicate.Peacekeeping), ("peace keeping", Predicate.Peacekeeping),
        ("case by case", Predicate.CaseByCase), ("ad hoc basis", Predicate.CaseByCase),
        ("cooperative ties", Predicate.Cooperate), ("cooperates", Predicate.Cooperate), ("cooperate", Predicate.Cooperate), ("collaborate", Predicate.Cooperate),
        ("collaborates", Predicate.Cooperate), ("works with", Predicate.Cooperate), ("work with", Predicate.Cooperate), ("co operation", Predicate.Cooperate),
        ("cooperation", Predicate.Cooperate), ("partners with", Predicate.Cooperate),
        ("invoked", Predicate.Invoked), ("activated", Predicate.Invoked), ("triggered", Predicate.Invoked), ("invoke", Predicate.Invoked),
        ("activate", Predicate.Invoked), ("invocation", Predicate.Invoked), ("submitted a request", Predicate.Invoked), ("requested", Predicate.Invoked),
        ("requested consultations", Predicate.Invoked), ("asked for consultations", Predicate.Invoked), ("called for consultations", Predicate.Invoked),
        ("frozen", Predicate.Suspend), ("froze", Predicate.Suspend), ("freeze", Predicate.Suspend), ("freezes", Predicate.Suspend),
        ("suspended", Predicate.Suspend), ("suspends", Predicate.Suspend),
        ("consultations", Predicate.Consult), ("consult", Predicate.Consult), ("consultation", Predicate.Consult),
        ("invaded", Predicate.Invade), ("invade", Predicate.Invade), ("invades", Predicate.Invade), ("invading", Predicate.Invade),
        ("invasion of", Predicate.Invade), ("full scale invasion of", Predicate.Invade), ("launched an invasion of", Predicate.Invade),
        ("launched a full scale invasion of", Predicate.Invade), ("started attacking", Predicate.Invade), ("began attacking", Predicate.Invade),
        ("attacked", Predicate.Invade), ("attacking", Predicate.Invade), ("marched into", Predicate.Invade),
        ("announced", Predicate.Announce), ("declared", Predicate.Announce), ("announces", Predicate.Announce), ("declares", Predicate.Announce),
        ("announcing", Predicate.Announce), ("declaring", Predicate.Announce), ("announced his decision", Predicate.Announce),
        ("announced her decision", Predicate.Announce), ("announced its decision", Predicate.Announce),
        ("led to the formation of", Predicate.Cause), ("led to the creation of", Predicate.Cause), ("led to the founding of", Predicate.Cause),
        ("led to the establishment of", Predicate.Cause), ("led to the signing of", Predicate.Cause), ("prompted the formation of", Predicate.Cause),
        ("prompted the creation of", Predicate.Cause), ("prompted the founding of", Predicate.Cause), ("reason for the formation of", Predicate.Cause),
        ("reason for the creation of", Predicate.Cause), ("reason for the founding of", Predicate.Cause),
        ("formed in response to", Predicate.Cause), ("created in response to", Predicate.Cause), ("founded in response to", Predicate.Cause),
        ("established in response to", Predicate.Cause), ("set up in response to", Predicate.Cause), ("signed in response to", Predicate.Cause),
        ("formed as a response to", Predicate.Cause), ("created as a response to", Predicate.Cause), ("formed as a reaction to", Predicate.Cause),
        ("created as a reaction to", Predicate.Cause), ("founded as a reaction to", Predicate.Cause), ("established as a reaction to", Predicate.Cause),
        ("defense agreements with", Predicate.PactsWith), ("defense agreement with", Predicate.PactsWith), ("defense treaties with", Predicate.PactsWith), ("defense treaty with", Predicate.PactsWith),
        ("defense pacts with", Predicate.PactsWith), ("defense pact with", Predicate.PactsWith), ("defence agreements with", Predicate.PactsWith), ("defence agreement with", Predicate.PactsWith),
        ("defence treaties with", Predicate.PactsWith), ("defence treaty with", Predicate.PactsWith), ("defence pacts with", Predicate.PactsWith), ("defence pact with", Predicate.PactsWith),
        ("mutual defense agreements with", Predicate.PactsWith), ("mutual defense agreement with", Predicate.PactsWith), ("mutual defense treaties with", Predicate.PactsWith), ("mutual defense treaty with", Predicate.PactsWith),
        ("mutual defense pacts with", Predicate.PactsWith), ("mutual defense pact with", Predicate.PactsWith), ("mutual defence agreements with", Predicate.PactsWith), ("mutual defence agreement with", Predicate.PactsWith),
        ("mutual defence treaties with", Predicate.PactsWith), ("mutual defence treaty with", Predicate.PactsWith), ("mutual defence pacts with", Predicate.PactsWith), ("mutual defence pact with", Predicate.PactsWith),
        ("security agreements with", Predicate.PactsWith), ("security agreement with", Predicate.PactsWith), ("security treaties with", Predicate.PactsWith), ("security treaty with", Predicate.PactsWith),
        ("security pacts with", Predicate.PactsWith), ("security pact with", Predicate.PactsWith), ("mutual assistance agreements with", Predicate.PactsWith), ("mutual assistance agreement with", Predicate.PactsWith),
        ("mutual assistance treaties with", Predicate.PactsWith), ("mutual assistance treaty with", Predicate.PactsWith), ("mutual assistance pacts with", Predicate.PactsWith), ("mutual assistance pact with", Predicate.PactsWith),
        ("military agreements with", Predicate.PactsWith), ("military agreement with", Predicate.PactsWith), ("military treaties with", Predicate.PactsWith), ("military treaty with", Predicate.PactsWith),
        ("unanimous decisions", Predicate.Decides), ("unanimous decision", Predicate.Decides), ("unanimously", Predicate.Decides),
        ("unanimity", Predicate.Decides), ("by consensus", Predicate.Decides), ("consensus decision", Predicate.Decides), ("consensus decisions", Predicate.Decides),
        ("decision making by consensus", Predicate.Decides), ("majority vote", Predicate.Decides), ("by majority", Predicate.Decides),
        ("by majority vote", Predicate.Decides), ("by a majority", Predicate.Decides), ("by a majority vote", Predicate.Decides), ("by a vote", Predicate.Decides),
        ("qualified majority", Predicate.Decides), ("majority voting", Predicate.Decides),
        ("peaceful resolution of disputes", Predicate.PeacefulSettlement), ("peaceful settlement of disputes", Predicate.PeacefulSettlement),
        ("settle disputes peacefully", Predicate.PeacefulSettlement), ("settle their disputes peacefully", Predicate.PeacefulSettlement),
        ("settle disputes by peaceful means", Predicate.PeacefulSettlement), ("settle their disputes by peaceful means", Predicate.PeacefulSettlement),
        ("settle their international disputes by peaceful means", Predicate.PeacefulSettlement), ("resolve disputes peacefully", Predicate.PeacefulSettlement),
        ("peaceful resolution of conflicts", Predicate.PeacefulSettlement), ("peaceful settlement of international disputes", Predicate.PeacefulSettlement),
        ("consider whether", Predicate.Weigh), ("considering whether", Predicate.Weigh), ("considered whether", Predicate.Weigh),
        ("considering invoking", Predicate.Weigh), ("considering activating", Predicate.Weigh), ("weighing whether", Predicate.Weigh),
        ("weighing invoking", Predicate.Weigh), ("weighs invoking", Predicate.Weigh), ("weighed invoking", Predicate.Weigh),
        ("verifying whether", Predicate.Weigh), ("mulling", Predicate.Weigh), ("could invoke", Predicate.Weigh), ("might invoke", Predicate.Weigh),
        ("began to withdraw", Predicate.BeganLeaving), ("began withdrawing", Predicate.BeganLeaving), ("began to leave", Predicate.BeganLeaving),
        ("began leaving", Predicate.BeganLeaving), ("started to withdraw", Predicate.BeganLeaving), ("started withdrawing", Predicate.BeganLeaving),
        ("started to leave", Predicate.BeganLeaving), ("started leaving", Predicate.BeganLeaving), ("began to pull out", Predicate.BeganLeaving),
        ("attempts to break out", Predicate.ThwartedExits), ("attempts to leave", Predicate.ThwartedExits), ("attempts to withdraw", Predicate.ThwartedExits),
        ("attempts to break away", Predicate.ThwartedExits), ("efforts to leave", Predicate.ThwartedExits), ("efforts to break away", Predicate.ThwartedExits),
        ("attempt to break out", Predicate.ThwartedExits), ("attempt to leave", Predicate.ThwartedExits), ("attempt to withdraw", Predicate.ThwartedExits),
        ("military alliance", Predicate.Alliance), ("defence alliance", Predicate.Alliance), ("defense alliance", Predicate.Alliance),
        ("defensive alliance", Predicate.Alliance), ("security alliance", Predicate.Alliance), ("formal alliance", Predicate.Alliance),
        ("treaty alliance", Predicate.Alliance), ("defence pact", Predicate.Alliance), ("defense pact", Predicate.Alliance),
        ("collective defence organisation", Predicate.Alliance), ("collective defense organization", Predicate.Alliance),
        ("collective defence organization", Predicate.Alliance), ("not an alliance", Predicate.Alliance),
        ("ratified", Predicate.Ratified), ("ratify", Predicate.Ratified), ("ratifies", Predicate.Ratified), ("ratifying", Predicate.Ratified),
        ("ratification of", Predicate.Ratified), ("approved", Predicate.Ratified), ("approve", Predicate.Ratified), ("approves", Predicate.Ratified),
        ("legally binding", Predicate.Binding), ("binding", Predicate.Binding), ("non-binding", Predicate.Binding),
        ("nonbinding", Predicate.Binding), ("legally non-binding", Predicate.Binding),
        ("the only", Predicate.Only), ("are only", Predicate.Only),
        ("killed", Predicate.Toll), ("died", Predicate.Toll), ("dead", Predicate.Toll), ("lost their lives", Predicate.Toll), ("deaths", Predicate.Toll),
        ("fled", Predicate.Toll), ("escaped", Predicate.Toll), ("refugees", Predicate.Toll), ("imprisoned", Predicate.Toll), ("jailed", Predicate.Toll),
        ("sentenced to prison", Predicate.Toll), ("executed", Predicate.Toll), ("hanged", Predicate.Toll), ("wounded", Predicate.Toll), ("injured", Predicate.Toll),
        ("military pacts with", Predicate.PactsWith), ("military pact with", Predicate.PactsWith), ("treaties of mutual assistance with", Predicate.PactsWith), ("treaties of friendship and mutual assistance with", Predicate.PactsWith),
    ];

    /// <summary>Phrases by their first word, longest first.</summary>
    public static readonly IReadOnlyDictionary<string, (string[] Words, Predicate Predicate)[]> ByFirstWord = Entries
        .Select(e => (Words: e.Phrase.Split(' '), e.Predicate))
        .GroupBy(e => e.Words[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>Words that join two predicates of one clause ("renounces war and prohibits forces").</summary>
    public static bool IsCoordinator(string norm) => norm is "and" or "," or "but" or "while" or ";";

    /// <summary>Predicates that are adjuncts of a clause ("…, to counter the Soviet threat"): their span starts at their own words.</summary>
    public static bool IsAdjunct(Predicate p) => p is Predicate.Motive;
}
