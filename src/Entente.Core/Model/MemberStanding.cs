namespace Entente.Core.Model;

/// <summary>
/// A member of an organization on a day with what qualifies its membership: its membership or
/// obligations suspended in whole (Uzbekistan in the CSTO since 2012), or events short of leaving that
/// are still running (Armenia's 2024 "freeze" of its CSTO participation).
/// </summary>
public sealed record MemberStanding(Party Party, IReadOnlyList<Suspension> Suspensions, IReadOnlyList<Event> Events)
{
    /// <summary>Whether the membership is suspended in whole (not only towards one other party).</summary>
    public bool IsSuspended => Suspensions.Any(s => s.Towards is null);

    /// <summary>Whether anything qualifies a plain "member".</summary>
    public bool IsQualified => Suspensions.Count > 0 || Events.Count > 0;
}
