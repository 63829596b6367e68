namespace Entente.Core.Model;

/// <summary>A state (current or former) or an organization.</summary>
public sealed record Actor
{
    public required ActorId Id { get; init; }
    public required ActorKind Kind { get; init; }

    /// <summary>The common English name ("Japan", "United States").</summary>
    public required string Name { get; init; }
    public string? OfficialName { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The names the state went by before its present one, each until the day it ended ("Ottoman Empire" until 1923-10-29), oldest first.</summary>
    public IReadOnlyList<FormerName> FormerNames { get; init; } = [];

    /// <summary>The name the state went by on a day: a former name before its end, else <see cref="Name"/>.</summary>
    public string NameOn(DateOnly day) => FormerNames.FirstOrDefault(n => day < n.Until.FirstDay)?.Name ?? Name;
    public IReadOnlyList<string> Demonyms { get; init; } = [];
    public string? Iso2 { get; init; }
    public string? IsoNumeric { get; init; }

    /// <summary>UN M49 sub-region, e.g. "Eastern Asia".</summary>
    public string? Region { get; init; }

    /// <summary>UN M49 region: Africa, Americas, Asia, Europe or Oceania.</summary>
    public string? Continent { get; init; }

    /// <summary>Null for organizations and where the data does not say.</summary>
    public Europeanness? European { get; init; }
    public string? EuropeanNote { get; init; }

    /// <summary>When the actor existed; open ends where the data does not bound it.</summary>
    public Interval Existed { get; init; } = Interval.Always;
    public PartialDate? UnJoined { get; init; }

    /// <summary>
    /// Where another government held the state's UN seat first: the day its present government began to represent it
    /// (China: the People's Republic from 1971-10-25, General Assembly resolution 2758; the Republic of China before).
    /// Null where the state has been represented by the same government since <see cref="UnJoined"/>.
    /// </summary>
    public PartialDate? UnRepresentedFrom { get; init; }

    /// <summary>What the UN dates mean for this state, where they need saying (who held the seat before).</summary>
    public string? UnNote { get; init; }
    public bool UnObserver { get; init; }
    public IReadOnlyList<CowSpell> Cow { get; init; } = [];

    /// <summary>
    /// Treaty zones (data/README.md) the state's own territory lies in, beyond those its UN M49 region
    /// implies (Europe → <c>europe</c>, Northern America → <c>north-america</c>): <c>turkey</c> for Türkiye,
    /// <c>under-japan-administration</c> for Japan.
    /// </summary>
    public IReadOnlyList<string> Zones { get; init; } = [];
    public ActorId? Successor { get; init; }
    public required IReadOnlyList<SourceId> Sources { get; init; }

    public bool IsState => Kind == ActorKind.State;
}

/// <summary>A name a state went by until <see cref="Until"/> (exclusive), with its sources.</summary>
public sealed record FormerName(string Name, PartialDate Until, IReadOnlyList<SourceId> Sources);
