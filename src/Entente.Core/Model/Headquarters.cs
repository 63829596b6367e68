namespace Entente.Core.Model;

/// <summary>Where an organization's headquarters stood for a period (NATO: Paris from 1952, Brussels from 1967).</summary>
/// <param name="Place">The city, as the source names it.</param>
/// <param name="Detail">The building or address, where a source gives it.</param>
public sealed record Headquarters(ActorId Organization, string Place, ActorId? State, string? Detail, PartialDate? From, PartialDate? To, IReadOnlyList<SourceId> Sources)
{
    public Interval Period => new(From, To);
}

/// <summary>An office of an organization (NATO's Secretary General) and who held it, in order.</summary>
/// <param name="Leading">Whether this is the office that leads the organization ("who leads NATO?").</param>
/// <param name="What">What the office does, as the source says it ("chairs the North Atlantic Council"), where the data has it.</param>
/// <param name="Organization">The organization or the state whose office it is.</param>
public sealed record Office(ActorId Organization, string Title, bool Leading, IReadOnlyList<OfficeHolder> Holders, IReadOnlyList<SourceId> Sources, string? What = null);

/// <summary>One person's spell in an office.</summary>
/// <param name="Nationality">The state the holder comes from, where the source gives it.</param>
public sealed record OfficeHolder(string Name, ActorId? Nationality, PartialDate From, PartialDate? To, string? Note, IReadOnlyList<SourceId> Sources)
{
    public Interval Period => new(From, To);
}

/// <summary>The holder of an organization's leading office on a day.</summary>
public sealed record Leader(Office Office, OfficeHolder Holder);

/// <summary>
/// Something a treaty does not provide, recorded as a sourced fact rather than inferred from silence:
/// the North Atlantic Treaty has no clause to expel or suspend a member.
/// </summary>
/// <summary>How a state became independent: it declared it, was granted it, by a treaty, by the dissolution of the state it was part of, by referendum, or by secession.</summary>
public enum IndependenceHow { Declared, Granted, Treaty, Dissolution, Referendum, Secession }

/// <summary>
/// The day a state became independent (at the precision its sources give), of which state, and how; the steps before or
/// after (a dominion, then a republic) are in the note.
/// </summary>
public sealed record Independence(ActorId State, PartialDate Date, ActorId? From, IndependenceHow How, string? Note, IReadOnlyList<SourceId> Sources)
{
    /// <summary>Other days the independence is dated by (the treaty before a dominion, the republic after it), with what each was.</summary>
    public IReadOnlyList<(PartialDate Date, string What)> Steps { get; init; } = [];
}

/// <summary>
/// A named group of states that questions and texts speak of as one ("the Nordic countries", "the Baltic states"), with
/// the words that name it ("nordic", "baltic") and its members, as its sources give them.
/// </summary>
public sealed record StateGroup(string Id, string Name, IReadOnlyList<string> Words, IReadOnlyList<ActorId> Members, IReadOnlyList<SourceId> Sources);

public sealed record Absence(TreatyId Treaty, Absent What, string Text, IReadOnlyList<SourceId> Sources);

/// <summary>What a treaty is recorded as not providing.</summary>
public enum Absent
{
    /// <summary>No clause to expel a party.</summary>
    Expulsion,

    /// <summary>No clause to suspend a party.</summary>
    Suspension,

    /// <summary>Nothing on an armed attack by one party on another.</summary>
    AttackByParty,

    /// <summary>No clause to withdraw.</summary>
    Withdrawal,
    Other,
}

/// <summary>How an organization's bodies take their decisions.</summary>
/// <remarks>
/// <see cref="Consensus"/>: no decision while any member objects, and no vote (NATO). <see cref="Unanimity"/>: every
/// member votes for it. <see cref="Majority"/>, <see cref="QualifiedMajority"/>: a vote carries without every member.
/// </remarks>
public enum DecisionKind { Consensus, Unanimity, Majority, QualifiedMajority }

/// <summary>How an organization decides (NATO: "All NATO decisions are made by consensus"), for which decisions, with its sources.</summary>
/// <param name="Scope">Which decisions the rule covers, where it does not cover all ("common foreign and security policy").</param>
public sealed record DecisionRule(ActorId Organization, DecisionKind Rule, string? Scope, string? Note, IReadOnlyList<SourceId> Sources);
