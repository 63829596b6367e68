using Entente.Core.Model;

namespace Entente.Core.Queries;

/// <summary>
/// What a state's policies of one kind (every kind when null) rest on in law, at the query's time: "Is Austria bound by
/// law to neutrality?", "Did Ireland write neutrality into its constitution?".
/// </summary>
public sealed record PolicyBasisQuery(ActorId State, PolicyKind? Kind) : Query
{
    /// <summary>The standing a yes/no question asks about ("Is Austria legally bound …?": in law), or null for an open question.</summary>
    public LegalStanding? Asked { get; init; }
}

/// <summary>How firmly a policy is set in law: in law at all (a constitution, statute, treaty or declaration), or in the constitution.</summary>
public enum LegalStanding { InLaw, InConstitution }

/// <summary>A policy in force, with its legal basis, or null where the data does not record one.</summary>
public sealed record BasedPolicy(Policy Policy, PolicyBasis? Basis);

/// <summary>
/// The state's policies of the kind asked that are in force on the day (oldest first), each with its basis. Empty when
/// the state holds no such policy then; a policy whose basis is null settles nothing about its standing in law.
/// </summary>
public sealed record PolicyBasisResult(DateOnly On, ActorId State, PolicyKind? Kind, IReadOnlyList<BasedPolicy> Policies) : QueryResult(On)
{
    /// <summary>The policies whose basis the data records.</summary>
    public IEnumerable<BasedPolicy> Recorded => Policies.Where(p => p.Basis is not null);

    /// <summary>
    /// Whether a policy in force bars the state in law from joining a military alliance: true when one's basis says so,
    /// false when every policy has a recorded basis and each says it does not, null otherwise (nothing recorded, or silent).
    /// </summary>
    public bool? ForbidsAlliances =>
        Policies.Any(p => p.Basis?.ForbidsAlliances == true) ? true
        : Policies.Count > 0 && Policies.All(p => p.Basis?.ForbidsAlliances == false) ? false
        : null;
}
