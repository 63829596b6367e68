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

    /// <summary>The treaty zones it lies in (<c>pacific-islands</c>); zones it is not in are simply absent.</summary>
    public IReadOnlyList<string> Zones { get; init; } = [];
    public string? Note { get; init; }
    public required IReadOnlyList<SourceId> Sources { get; init; }
}
