namespace Entente.Language.Reading;

/// <summary>A meaning a word or phrase carries in a question or claim (the predicates and operators of the lexicon).</summary>
internal enum Cue
{
    Member, Join, Leave, Founding, Found, Sign, InForce, End, Defend, Attack, Ally, Treaty, Invoke, Neutral,
    Cooperate, Says, Means, Why, Purpose, Headquarters, Lead, Count, First, Last, Former, Eligible, Covered,
    Peacekeeping, Constitution, Describe, Bigger, Smaller, NonMember, Suspend, Place, Nuclear, Army, Basing, Event, Consult, Amend, Pact,

    /// <summary>An invasion or armed attack ("invaded", "the invasion of").</summary>
    Invade,

    /// <summary>A rule or procedure a treaty lays down ("a process for suspending", "a clause to expel").</summary>
    Rule,

    /// <summary>An objection to a pact or a step ("angry about", "objected to", "opposed", "condemned").</summary>
    Object,

    /// <summary>People an event killed, wounded, drove out, imprisoned or executed ("killed", "fled", "refugees").</summary>
    Toll,

    /// <summary>Who a count counts ("people", "soldiers", "civilians").</summary>
    Persons,

    /// <summary>How a body decides ("decisions", "unanimous", "consensus", "vote").</summary>
    Decide,

    /// <summary>A standing in law ("legally", "bound", "enshrined", "constitutional").</summary>
    Legal,

    /// <summary>Words that set one body's members against another's ("both", "but"): "in both the EU and NATO", "in the EU but not in NATO".</summary>
    Sides,

    /// <summary>An ordinal other than "first" ("30th", "second", "thirty-first"): a rank in an order ("the 30th member").</summary>
    Rank,

    /// <summary>What a treaty binds its parties to ("require", "commit … to", "pledge", "promise", "obligations").</summary>
    Oblige,

    /// <summary>A body's military structure, not the body: "integrated military command", "military structure".</summary>
    Command,

    /// <summary>A state's independence ("independent", "independence").</summary>
    Independent,

    /// <summary>A member's approval of a state's admission ("ratify", "ratification", "approve", "accept").</summary>
    Ratify,
}
