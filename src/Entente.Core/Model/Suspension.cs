namespace Entente.Core.Model;

/// <summary>
/// A party's obligations under a treaty suspended, towards one other party (the United States towards
/// New Zealand under ANZUS from 1986) or in whole (<see cref="Towards"/> null).
/// </summary>
public sealed record Suspension
{
    public required TreatyId Treaty { get; init; }
    public required ActorId Actor { get; init; }
    public ActorId? Towards { get; init; }
    public required PartialDate From { get; init; }
    public PartialDate? To { get; init; }
    public string? Note { get; init; }
    public required IReadOnlyList<SourceId> Sources { get; init; }

    public Interval Period => new(From, To);
}
