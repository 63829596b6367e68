namespace Entente.Core.Model;

/// <summary>A treaty with its dates, parties and provisions.</summary>
/// <remarks>
/// Signed, in force and ended are distinct: the North Atlantic Treaty was signed on 1949-04-04 and
/// entered into force on 1949-08-24. <see cref="Ended"/> is exclusive, like every end in the model.
/// </remarks>
public sealed record Treaty
{
    public required TreatyId Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required TreatyKind Kind { get; init; }
    public PartialDate? Signed { get; init; }
    public string? SignedAt { get; init; }
    public PartialDate? InForce { get; init; }
    public PartialDate? Ended { get; init; }
    public LeaveHow? EndedHow { get; init; }
    public TreatyId? SupersededBy { get; init; }

    /// <summary>The organization the treaty creates or governs: its parties are that organization's members.</summary>
    public ActorId? Organization { get; init; }
    public ActorId? Depositary { get; init; }
    public string? Note { get; init; }

    /// <summary>
    /// The ATOP alliance ids (Leeds et al., atopid) this treaty corresponds to; empty when ATOP does not code it
    /// (or it is later than ATOP's coverage).
    /// </summary>
    public IReadOnlyList<int> Atop { get; init; } = [];

    /// <summary>
    /// For an alliance ATOP shows in force at the end of its coverage: whether Entente has confirmed it since,
    /// found it ended, or not checked (<see cref="AfterAtopStatus.NotConfirmed"/>). Null for the others.
    /// </summary>
    public AfterAtop? AfterAtop { get; init; }
    public IReadOnlyList<Party> Parties { get; init; } = [];
    public IReadOnlyList<Suspension> Suspensions { get; init; } = [];
    public IReadOnlyList<Provision> Provisions { get; init; } = [];
    public required IReadOnlyList<SourceId> Sources { get; init; }

    /// <summary>From entry into force (or signature, where that is all the data has) to its end.</summary>
    public Interval InForcePeriod => new(InForce ?? Signed, Ended);
}
