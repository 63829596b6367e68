namespace Entente.Core.Model;

/// <summary>A span of time: <see cref="From"/> inclusive, <see cref="To"/> exclusive.</summary>
/// <remarks>
/// A null <see cref="From"/> means "since before anything the data speaks of"; a null <see cref="To"/>
/// means "still so". Partial bounds stand for their first day, so <c>To = 1977</c> means not on
/// 1977-01-01 or after.
/// </remarks>
public readonly record struct Interval(PartialDate? From, PartialDate? To)
{
    /// <summary>All time.</summary>
    public static Interval Always => new(null, null);

    /// <summary>Whether <paramref name="day"/> falls inside the interval.</summary>
    public bool Contains(DateOnly day) =>
        (From is not { } from || from.FirstDay <= day) && (To is not { } to || day < to.FirstDay);

    /// <summary>Whether the two intervals share at least one day.</summary>
    public bool Overlaps(Interval other) =>
        (To is not { } to || other.From is not { } otherFrom || otherFrom.FirstDay < to.FirstDay)
        && (other.To is not { } otherTo || From is not { } from || from.FirstDay < otherTo.FirstDay);

    public override string ToString() => $"{From?.ToString() ?? "…"}–{To?.ToString() ?? ""}";
}
