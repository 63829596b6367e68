namespace Entente.Core.Model;

/// <summary>
/// One spell of an actor being bound by a treaty (and so a member of the organization it creates).
/// </summary>
/// <remarks><see cref="Joined"/> is inclusive: the day it became bound. <see cref="Left"/> is exclusive:
/// the first day it no longer was; null means still a party on the data set's review date.</remarks>
public sealed record Party
{
    public required TreatyId Treaty { get; init; }
    public required ActorId Actor { get; init; }
    public required PartialDate Joined { get; init; }
    public required JoinHow How { get; init; }
    public PartialDate? Signed { get; init; }
    public PartialDate? Left { get; init; }
    public LeaveHow? LeftHow { get; init; }
    public string? Note { get; init; }
    public required IReadOnlyList<SourceId> Sources { get; init; }

    public Interval Period => new(Joined, Left);
}
