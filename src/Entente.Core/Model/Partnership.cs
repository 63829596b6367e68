namespace Entente.Core.Model;

/// <summary>
/// Cooperation that is not an alliance: a partner status, a programme, a forum, a centre, a deployment,
/// an access agreement. It carries no obligation to defend anyone.
/// </summary>
public sealed record Partnership
{
    public required PartnershipId Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required PartnershipKind Kind { get; init; }
    public ActorId? Organization { get; init; }
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
    public IReadOnlyList<string> Areas { get; init; } = [];
    public IReadOnlyList<Participation> Parties { get; init; } = [];
    public string? Summary { get; init; }
    public required IReadOnlyList<SourceId> Sources { get; init; }

    public Interval Period => new(From, To);
}
