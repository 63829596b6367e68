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

    /// <summary>
    /// Whether the document behind it binds its parties in law (a treaty), as its sources say: false for a political
    /// declaration or arrangement said to be non-binding (the 2012 U.S.–New Zealand Washington Declaration); null where
    /// no source read says.
    /// </summary>
    public bool? Binding { get; init; }
    public required IReadOnlyList<SourceId> Sources { get; init; }

    public Interval Period => new(From, To);

    /// <summary>
    /// When <paramref name="participation"/> held: from the day it joined (or the day a source shows it), never
    /// before the partnership itself began — a partner whose join is known only as "1994" counts in the
    /// Partnership for Peace from 10 January 1994, not from 1 January — and never after it ended.
    /// A participation with no start of its own counts from the partnership's start.
    /// </summary>
    public Interval PeriodOf(Participation participation)
    {
        ArgumentNullException.ThrowIfNull(participation);
        var from = participation.Joined ?? participation.KnownFrom ?? From;
        if (from is { } f && From is { } start && f.FirstDay < start.FirstDay)
            from = start;
        var to = participation.Left is { } left && To is { } end ? (left <= end ? left : end) : participation.Left ?? To;
        return new Interval(from, to);
    }
}
