namespace Entente.Data.Loading;

/// <summary>What an id in the data refers to, for the unknown-id check (<see cref="Example"/>: an example a term names,
/// a treaty, an organization, a partnership or a policy).</summary>
internal enum ReferenceKind { Actor, State, Organization, Treaty, Source, Zone, Partnership, Policy, Event, Example }

/// <summary>An id used at a place, checked once every file is read.</summary>
internal readonly record struct Reference(ReferenceKind Kind, string Id, Location Place);
