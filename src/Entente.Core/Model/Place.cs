namespace Entente.Core.Model;

/// <summary>
/// A territory whose coverage by a treaty is asked about: Hawaii, Guam, the Senkaku Islands. It lies in
/// treaty <see cref="Zones"/> (the same words provisions use for their geographic scope), and is held or
/// administered by <see cref="State"/>.
/// </summary>
public sealed record Place
{
    public required PlaceId Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The state that holds or administers it.</summary>
    public required ActorId State { get; init; }

    /// <summary>The treaty zones it lies in at all dates (<c>pacific-islands</c>); zones it is not in are simply absent.</summary>
    public IReadOnlyList<string> Zones { get; init; } = [];

    /// <summary>Zones it lies in only for a period: Okinawa under the administration of Japan from 1972-05-15.</summary>
    public IReadOnlyList<ZoneSpell> ZoneSpells { get; init; } = [];

    /// <summary>Zones whose application to the place is disputed: coverage through them is "not known", never yes or no.</summary>
    public IReadOnlyList<string> Unsettled { get; init; } = [];

    /// <summary>The zones it lies in on a day.</summary>
    public IEnumerable<string> ZonesOn(DateOnly day) =>
        Zones.Concat(ZoneSpells.Where(z => z.Period.Contains(day)).Select(z => z.Zone));
    public string? Note { get; init; }
    public required IReadOnlyList<SourceId> Sources { get; init; }
}
