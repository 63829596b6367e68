namespace Entente.Core.Model;

/// <summary>
/// A spell of Correlates of War state-system membership under one COW code: <see cref="From"/>
/// inclusive, <see cref="To"/> exclusive (the day after COW's end date); null <see cref="To"/> means the
/// spell runs to the end of the COW data (2016-12-31 in v2016).
/// </summary>
public sealed record CowSpell(int Code, PartialDate From, PartialDate? To)
{
    public Interval Period => new(From, To);
}
