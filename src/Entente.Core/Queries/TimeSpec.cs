namespace Entente.Core.Queries;

/// <summary>How a question or claim places itself in time.</summary>
public enum TimeKind
{
    /// <summary>No time named: the date of truth is today (or the article's date).</summary>
    Now,

    /// <summary>"on 4 April 2023": that day.</summary>
    On,

    /// <summary>"in 1970": the year, whose answer holds at its end (or today, for the current year).</summary>
    InYear,

    /// <summary>"before 2000": the day before <see cref="TimeSpec.From"/>.</summary>
    Before,

    /// <summary>"after 2000": events later than <see cref="TimeSpec.From"/>; states hold today.</summary>
    After,

    /// <summary>"since 2022": from <see cref="TimeSpec.From"/> until today, throughout.</summary>
    Since,

    /// <summary>"between 1955 and 1991", or a named period ("during the Cold War").</summary>
    Between,
}

/// <summary>
/// The time a question asks about, kept apart from the date of truth (the day the answer is evaluated on,
/// <see cref="Truth"/>): "who joined NATO after 2000?" filters on joins later than 2000 but is true today.
/// </summary>
/// <remarks><see cref="From"/> and <see cref="To"/> are inclusive days; <see cref="Label"/> names a period ("the Cold War").</remarks>
public sealed record TimeSpec
{
    public TimeSpec(TimeKind kind, DateOnly? from = null, DateOnly? to = null, string? label = null)
    {
        if (kind is TimeKind.On or TimeKind.InYear or TimeKind.Before or TimeKind.After or TimeKind.Since or TimeKind.Between && from is null)
            throw new ArgumentException($"A time of kind {kind} needs a start day.", nameof(from));
        if (kind is TimeKind.InYear or TimeKind.Between && to is null)
            throw new ArgumentException($"A time of kind {kind} needs an end day.", nameof(to));
        if (from is { } f && to is { } t && t < f)
            throw new ArgumentException($"The time {label ?? kind.ToString()} ends on {t:yyyy-MM-dd}, before it starts on {f:yyyy-MM-dd}.", nameof(to));
        (Kind, From, To, Label) = (kind, from, to, label);
    }

    public static TimeSpec Now { get; } = new(TimeKind.Now);

    public TimeKind Kind { get; }
    public DateOnly? From { get; }
    public DateOnly? To { get; }
    public string? Label { get; }

    /// <summary>The year asked about, for "in 1970".</summary>
    public int? Year => Kind == TimeKind.InYear ? From!.Value.Year : null;

    public static TimeSpec OnDay(DateOnly day) => new(TimeKind.On, day, day);

    public static TimeSpec InYearOf(int year) => new(TimeKind.InYear, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The day the answer is evaluated on.</summary>
    /// <param name="today">Today, or the date of the article a claim comes from.</param>
    public DateOnly Truth(DateOnly today) => Kind switch
    {
        TimeKind.On => From!.Value,
        TimeKind.InYear or TimeKind.Between => To!.Value > today ? today : To!.Value,
        TimeKind.Before => From!.Value.AddDays(-1),
        _ => today,
    };
}
