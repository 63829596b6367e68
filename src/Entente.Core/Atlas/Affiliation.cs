using Entente.Core.Model;

namespace Entente.Core.Atlas;

/// <summary>What an affiliation row is.</summary>
public enum AffiliationKind { Organization, Treaty, Partnership, Policy }

/// <summary>One thing an actor belongs to, takes part in or holds to, with its period.</summary>
/// <param name="Current">Whether the period contains the as-of date of the query.</param>
/// <param name="How">How it came about ("founding", "accession") or what kind of thing it is ("programme", "nuclear").</param>
public sealed record Affiliation(AffiliationKind Kind, string Id, string Name, Interval Period, bool Current, string How, IReadOnlyList<SourceId> Sources);
