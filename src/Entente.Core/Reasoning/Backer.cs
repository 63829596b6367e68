using Entente.Core.Model;

namespace Entente.Core.Reasoning;

/// <summary>How another actor stands behind a state on a date, strongest first.</summary>
public enum BackerRole
{
    /// <summary>Bound by a defence provision that covers an attack on the state's own territory.</summary>
    Defends,

    /// <summary>
    /// Bound by a defence provision whose geographic scope the data cannot match to the state's territory
    /// (coverage not known), so it may or may not have to act.
    /// </summary>
    DefendsIfCovered,

    /// <summary>Pledged only to consult (no duty to act).</summary>
    Consults,

    /// <summary>A partner in cooperation that is not an alliance: a partner status, a programme, an access agreement, a centre.</summary>
    Partner,
}

/// <summary>One reason an actor backs a state: the treaty article or the partnership, with its sources.</summary>
/// <param name="Id">The treaty or partnership id.</param>
/// <param name="Article">The article ("5", "V") for a treaty; null for a partnership.</param>
public sealed record BackerBasis(BackerRole Role, string Id, string Name, string? Article, IReadOnlyList<SourceId> Sources);

/// <summary>An actor that stands behind a state on a date: its strongest role and every basis for it.</summary>
public sealed record Backer(ActorId Actor, BackerRole Role, IReadOnlyList<BackerBasis> Basis);
