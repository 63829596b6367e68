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
    /// <summary>Who acted: the invaders, the attackers, the announcers, the signatories, the requesters.</summary>
    public IReadOnlyList<ActorId> Actors { get; init; } = [];

    /// <summary>Whom the event was aimed at: the invaded or attacked state (empty when none).</summary>
    public IReadOnlyList<ActorId> Targets { get; init; } = [];

    /// <summary>For an <see cref="EventKind.Announcement"/>: the change announced (a withdrawal, a suspension…).</summary>
    public EventKind? Announces { get; init; }

    /// <summary>Names the event is known by ("the Prague Spring invasion", "Operation Danube", "the Washington Declaration").</summary>
    public IReadOnlyList<string> Names { get; init; } = [];
    public TreatyId? Treaty { get; init; }
    public string? Article { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<SourceId> Sources { get; init; }
}
