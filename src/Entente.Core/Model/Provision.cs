namespace Entente.Core.Model;

/// <summary>One article of a treaty and what it obliges.</summary>
/// <remarks>
/// A <see cref="Direction.Mutual"/> provision binds every party towards every other. A
/// <see cref="Direction.OneWay"/> one binds <see cref="Obliged"/> towards <see cref="Beneficiaries"/>:
/// Article V of the 1960 U.S.–Japan treaty is triggered only by an attack in territories under the
/// administration of Japan.
/// </remarks>
public sealed record Provision
{
    public required TreatyId Treaty { get; init; }

    /// <summary>The article's number as the treaty writes it: "5", "V", "42(7)".</summary>
    public required string Article { get; init; }
    public string? Title { get; init; }
    public required ProvisionKind Kind { get; init; }
    public Direction? Direction { get; init; }
    public IReadOnlyList<ActorId> Obliged { get; init; } = [];
    public IReadOnlyList<ActorId> Beneficiaries { get; init; } = [];
    public string? Trigger { get; init; }
    public string? Scope { get; init; }

    /// <summary>
    /// The geographic scope as treaty zones (see data/README.md): an attack is covered when it happens in
    /// any of them. Empty when the data does not break the scope down, so coverage of a place is not known.
    /// </summary>
    public IReadOnlyList<string> Zones { get; init; } = [];

    /// <summary>
    /// For accession provisions, what a candidate must be or get (<c>european-state</c>,
    /// <c>unanimous-invitation</c>): the legal bar that eligibility checks.
    /// </summary>
    public IReadOnlyList<string> Requires { get; init; } = [];
    public Response? Response { get; init; }
    public IReadOnlyList<string> Conditions { get; init; } = [];
    public string? Summary { get; init; }

    /// <summary>The article's words, where the data quotes them.</summary>
    public string? Text { get; init; }
    public string? Note { get; init; }

    /// <summary>
    /// When the provision binds, within the treaty's life: set where a treaty's obligations change over time
    /// (an ATOP phase). Null ends mean the treaty's own start or end.
    /// </summary>
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
    public required IReadOnlyList<SourceId> Sources { get; init; }

    /// <summary>The provision's own period (<see cref="From"/> to <see cref="To"/>); all time when it has none.</summary>
    public Interval Period => new(From, To);
}
