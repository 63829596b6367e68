using Entente.Core.Atlas;

namespace Entente.Core.Model;

/// <summary>
/// Why a membership changed (a withdrawal, a suspension, a freeze, an objection to an accession) or why an
/// alliance was set up or ended: the reasons its actors stated, kept apart from what others say of it.
/// </summary>
public sealed record Reason
{
    public required ReasonId Id { get; init; }

    /// <summary>The state whose membership changed; null for a reason about the whole treaty or organization
    /// (why the Warsaw Pact was established).</summary>
    public ActorId? Actor { get; init; }

    /// <summary>The treaty, organization or partnership the change is in.</summary>
    public required EntityKind AboutKind { get; init; }
    public required string About { get; init; }
    public required Change Change { get; init; }
    public required PartialDate Date { get; init; }

    /// <summary>The event the reason explains, where the data has one.</summary>
    public EventId? Event { get; init; }

    /// <summary>What the actors themselves said: a government's declaration, a note of denunciation.</summary>
    public IReadOnlyList<Statement> Stated { get; init; } = [];

    /// <summary>What historians, officials of other states or reference works say of it.</summary>
    public IReadOnlyList<Statement> Context { get; init; } = [];
    public required IReadOnlyList<SourceId> Sources { get; init; }
}

/// <summary>One sourced statement of a reason: who said it, when, and what (quoted when <see cref="Quoted"/>).</summary>
/// <param name="By">Who said it, as the source names them ("the Albanian People's Assembly").</param>
/// <param name="Speaker">The state or organization speaking, where it is one.</param>
public sealed record Statement(string By, ActorId? Speaker, PartialDate? Date, string Text, bool Quoted, IReadOnlyList<SourceId> Sources);

/// <summary>The change a reason explains.</summary>
public enum Change
{
    Withdrawal,

    /// <summary>Leaving part of an alliance (its integrated military command) while remaining a party to the treaty.</summary>
    PartialWithdrawal,
    Denunciation,
    Suspension,
    Freeze,
    Expulsion,
    Readmission,
    Return,
    Accession,
    DisputedAccession,
    DelayedAccession,
    Objection,
    Declaration,
    Founding,
    Dissolution,
    Other,
}

/// <summary>The id of a reason (<c>albania-leaves-warsaw-pact-1968</c>).</summary>
public readonly record struct ReasonId(string Value)
{
    public override string ToString() => Value;
}
