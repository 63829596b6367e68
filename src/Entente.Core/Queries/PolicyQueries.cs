using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Core.Queries;

/// <summary>A treaty's provisions of one kind ("provides for mutual defence", "allows U.S. bases").</summary>
public sealed record ProvisionsQuery(TreatyId Treaty, ProvisionKind Kind) : Query;

/// <summary>A state's (or an organization's) policies of one kind in force at the query's time; every kind when null.</summary>
public sealed record PoliciesQuery(ActorId Actor, PolicyKind? Kind) : Query;

/// <summary>
/// A state's part in partnerships (forums, programmes, missions, deployments) at the query's time: with one
/// organization when <see cref="Organization"/> is set, of the kinds listed (every kind when empty).
/// </summary>
public sealed record ParticipationsQuery(ActorId State, ActorId? Organization, IReadOnlyList<PartnershipKind> Kinds) : Query;

/// <summary>Whether a state's territory lies inside the area a body's treaty defends (its scope article).</summary>
public sealed record InScopeQuery(ActorId State, EntityRef Body) : Query;

/// <summary>Whether a state has suspended (or frozen) its part in an organization by the query's time.</summary>
public sealed record SuspensionQuery(ActorId State, ActorId Organization) : Query;
