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

    /// <summary>The people it killed, wounded, drove out, imprisoned or executed, as sources count them.</summary>
    public IReadOnlyList<EventFigure> Figures { get; init; } = [];
}

/// <summary>What a counted figure of an event counts: the people killed, wounded, who fled, were imprisoned, executed.</summary>
public enum FigureMeasure { Killed, Wounded, Fled, Imprisoned, Executed }

/// <summary>
/// A count of people an event touched, as sources give it: a range (the lowest and highest figure sourced), whose people
/// (Hungarians: HUN; with <see cref="Forces"/>, the state's soldiers), and the sources that give it.
/// </summary>
public sealed record EventFigure
{
    public EventFigure(FigureMeasure measure, ActorId people, int low, int high, IReadOnlyList<SourceId> sources)
    {
        if (low < 0 || high < low)
            throw new ArgumentOutOfRangeException(nameof(high), $"{low}–{high}", "A figure's range runs from a low of at least 0 to a high no lower than the low.");
        ArgumentNullException.ThrowIfNull(sources);
        Measure = measure;
        People = people;
        Low = low;
        High = high;
        Sources = sources;
    }

    public FigureMeasure Measure { get; }

    /// <summary>The state whose people (or soldiers) are counted.</summary>
    public ActorId People { get; }

    /// <summary>Only the state's armed forces are counted ("720 Soviet soldiers").</summary>
    public bool Forces { get; init; }

    public int Low { get; }
    public int High { get; }

    /// <summary>What the sources say, in their words (the figure of a report, a later estimate).</summary>
    public string? Note { get; init; }

    public IReadOnlyList<SourceId> Sources { get; }
}
