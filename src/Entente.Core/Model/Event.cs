namespace Entente.Core.Model;

/// <summary>
/// A dated happening that answers need: Article 5 invoked on 2001-09-12; France outside NATO's
/// integrated command from 1966 (with <see cref="To"/> 2009).
/// </summary>
public sealed record Event
{
    public required EventId Id { get; init; }
    public required PartialDate Date { get; init; }
    public PartialDate? To { get; init; }
    public required EventKind Kind { get; init; }
    public IReadOnlyList<ActorId> Actors { get; init; } = [];
    public TreatyId? Treaty { get; init; }
    public string? Article { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<SourceId> Sources { get; init; }
}
