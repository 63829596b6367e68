namespace Entente.Data.Atop;

/// <summary>
/// A run of whole days, <see cref="First"/> and <see cref="Last"/> both inclusive, as COW and ATOP
/// write their spells (COW's Japan runs 1860-01-01 to 1945-08-14: it was in the system on the 14th).
/// </summary>
/// <remarks>Unlike <c>Interval</c> in the model, the end is inclusive; an open end is <see cref="DateOnly.MaxValue"/>.</remarks>
public readonly record struct DaySpan
{
    public DaySpan(DateOnly first, DateOnly last)
    {
        if (last < first)
            throw new ArgumentException($"A span ending on {last:yyyy-MM-dd} cannot start after it, on {first:yyyy-MM-dd}.", nameof(last));
        (First, Last) = (first, last);
    }

    public DateOnly First { get; }
    public DateOnly Last { get; }

    /// <summary>The days both spans cover, or null when they share none.</summary>
    public DaySpan? Intersect(DaySpan other)
    {
        var first = First > other.First ? First : other.First;
        var last = Last < other.Last ? Last : other.Last;
        return first <= last ? new DaySpan(first, last) : null;
    }

    /// <summary>Whether the span holds <paramref name="day"/>.</summary>
    public bool Contains(DateOnly day) => First <= day && day <= Last;

    /// <summary>Every day of one calendar year.</summary>
    public static DaySpan OfYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public override string ToString() => $"{First:yyyy-MM-dd}..{(Last == DateOnly.MaxValue ? "" : Last.ToString("yyyy-MM-dd"))}";
}
