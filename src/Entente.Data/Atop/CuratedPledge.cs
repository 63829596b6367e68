namespace Entente.Data.Atop;

/// <summary>
/// What one state promises another under a curated treaty, and the days it held: both were parties, the
/// treaty was in force, the promise was not suspended, and each state had the COW code given.
/// </summary>
/// <param name="From">The COW code of the state that promises.</param>
/// <param name="To">The COW code of the state it promises to.</param>
/// <param name="Treaty">The curated treaty's id (<c>north-atlantic-treaty</c>).</param>
public sealed record CuratedPledge(int From, int To, DaySpan Days, string Treaty, Pledges Pledges);
