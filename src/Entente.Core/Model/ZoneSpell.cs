namespace Entente.Core.Model;

/// <summary>A place lying in a treaty zone for a period: <see cref="From"/> inclusive, <see cref="To"/> exclusive.</summary>
public sealed record ZoneSpell(string Zone, PartialDate? From, PartialDate? To)
{
    public Interval Period => new(From, To);
}
