namespace Entente.Core.Model;

/// <summary>
/// What Entente knows of an alliance that ATOP shows in force at the end of its coverage (ATOP 4.01 ends on
/// 2016-12-31): whether a source read since confirms it still in force, says it ended, or nothing was checked.
/// </summary>
public enum AfterAtopStatus
{
    /// <summary>In force at the end of ATOP's coverage; Entente has not confirmed it since (the import's default).</summary>
    NotConfirmed,

    /// <summary>A source read after ATOP's end confirms it in force on <see cref="AfterAtop.Date"/>.</summary>
    Confirmed,

    /// <summary>A source says it ended (the treaty's or the parties' end dates say when).</summary>
    Ended,
}

/// <summary>A treaty's standing after the end of ATOP's coverage.</summary>
/// <param name="Date">For <see cref="AfterAtopStatus.Confirmed"/>: the date the source confirms it in force on.</param>
/// <param name="Sources">The sources for a confirmation or an end; empty for <see cref="AfterAtopStatus.NotConfirmed"/>.</param>
public sealed record AfterAtop(AfterAtopStatus Status, PartialDate? Date, IReadOnlyList<SourceId> Sources)
{
    public static AfterAtop NotConfirmed { get; } = new(AfterAtopStatus.NotConfirmed, null, []);
}
