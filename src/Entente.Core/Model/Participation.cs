namespace Entente.Core.Model;

/// <summary>An actor taking part in a partnership, from <see cref="Joined"/> (inclusive) to <see cref="Left"/> (exclusive).</summary>
public sealed record Participation
{
    public required PartnershipId Partnership { get; init; }
    public required ActorId Actor { get; init; }
    public PartialDate? Joined { get; init; }
    public PartialDate? Left { get; init; }

    /// <summary>
    /// Where the day it began is not known: the first day a source shows it held (a page's date). The
    /// participation counts from then, so an undated one is not taken to have held for ever.
    /// </summary>
    public PartialDate? KnownFrom { get; init; }
    public string? Note { get; init; }
    public required IReadOnlyList<SourceId> Sources { get; init; }

    public Interval Period => new(Joined ?? KnownFrom, Left);
}
