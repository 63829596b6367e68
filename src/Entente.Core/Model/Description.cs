using Entente.Core.Atlas;

namespace Entente.Core.Model;

/// <summary>What an organization, treaty, partnership or policy is, in one or two sourced sentences.</summary>
/// <remarks>
/// Nothing here is written by code: <see cref="What"/>, the purpose and the end come from the data, each with the
/// sources they rest on. <see cref="Nature"/> and <see cref="DefencePledge"/> are the typed part a reader can
/// ask about ("Is the Quad an alliance?" turns on them, not on the sentence).
/// </remarks>
public sealed record Description
{
    /// <summary>The thing described: its kind and id.</summary>
    public required EntityKind Kind { get; init; }
    public required string Id { get; init; }
    public required Nature Nature { get; init; }

    /// <summary>Whether it binds its parties to come to each other's defence (true), says it does not (false),
    /// or the data does not say (null).</summary>
    public bool? DefencePledge { get; init; }

    /// <summary>What it is, as the source says it: one or two sentences.</summary>
    public required string What { get; init; }

    /// <summary>Why it was set up, where a source states it.</summary>
    public SourcedText? Purpose { get; init; }

    /// <summary>When and why it ended, where it did.</summary>
    public Ending? End { get; init; }
    public required IReadOnlyList<SourceId> Sources { get; init; }
}

/// <summary>A sentence or two from the data with the sources it rests on.</summary>
public sealed record SourcedText(string Text, IReadOnlyList<SourceId> Sources);

/// <summary>The end of a treaty, organization or partnership: when (if a source dates it) and why.</summary>
public sealed record Ending(PartialDate? Date, string Why, IReadOnlyList<SourceId> Sources);

/// <summary>What kind of arrangement something is: the distinction people most often get wrong.</summary>
public enum Nature
{
    /// <summary>Several parties pledge to treat an attack on one as an attack on all (NATO, the Rio Treaty).</summary>
    CollectiveDefenceAlliance,

    /// <summary>A defence pledge between two parties, mutual or one-way (US–Japan, US–Philippines).</summary>
    BilateralDefenceTreaty,

    /// <summary>The parties pledge to consult, not to defend (the Five Power Defence Arrangements).</summary>
    ConsultationPact,
    NonAggressionPact,

    /// <summary>A union of states with political and economic aims that also carries a mutual-assistance clause (the EU).</summary>
    PoliticalUnion,

    /// <summary>A regional organization for cooperation (ASEAN, the Arab League) that is not itself a defence alliance.</summary>
    RegionalOrganization,

    /// <summary>A security organization without a defence pledge (the SCO).</summary>
    SecurityOrganization,

    /// <summary>Cooperation without a defence pledge (AUKUS, a strategic partnership).</summary>
    Partnership,
    Programme,
    Forum,
    IntelligenceSharing,

    /// <summary>A status one state grants another (major non-NATO ally).</summary>
    Status,
    Mission,
    Deployment,
    AccessAgreement,

    /// <summary>A research, training or expertise centre (a NATO-accredited centre of excellence).</summary>
    Centre,
    DiplomaticMission,
    Policy,
    Other,
}
