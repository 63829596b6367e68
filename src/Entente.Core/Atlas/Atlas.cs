using System.Collections.Frozen;
using Entente.Core.Model;

namespace Entente.Core.Atlas;

/// <summary>
/// The immutable, indexed world model: every actor, treaty, policy, partnership and event of one data
/// set, built once per process. All queries take an as-of date and are answered from indexes.
/// </summary>
public sealed partial class Atlas
{
    private readonly FrozenDictionary<ActorId, Actor> _actors;
    private readonly FrozenDictionary<TreatyId, Treaty> _treaties;
    private readonly FrozenDictionary<SourceId, Source> _sources;
    private readonly FrozenDictionary<PolicyId, Policy> _policies;
    private readonly FrozenDictionary<PartnershipId, Partnership> _partnerships;
    private readonly FrozenDictionary<EventId, Event> _events;
    private readonly FrozenDictionary<PlaceId, Place> _places;

    // The things in the data's order: a frozen dictionary's order follows string hashes, which differ from one process to
    // the next, and answers must not (the 165 non-members of NATO listed in one order every run).
    private readonly Actor[] _actorList;
    private readonly Treaty[] _treatyList;
    private readonly Source[] _sourceList;
    private readonly Policy[] _policyList;
    private readonly Partnership[] _partnershipList;
    private readonly Event[] _eventList;
    private readonly Place[] _placeList;

    // The indexes below are built on first use (each at most once, thread-safe): a process that answers one question
    // builds only those it needs (bench/README.md, "Start-up"). Each is the same whenever it is built: the atlas is immutable.
    private readonly Lazy<FrozenDictionary<(EntityKind Kind, string Id), Description>> _descriptionsIndex;
    private readonly Lazy<FrozenDictionary<ActorId, Headquarters[]>> _headquartersIndex;

    // Parties of every treaty that creates an organization, by organization, sorted by join date.
    private readonly Lazy<FrozenDictionary<ActorId, Party[]>> _membersByOrganizationIndex;

    // An actor's spells in an organization or a treaty: the O(1) path behind IsMember and IsParty.
    private readonly Lazy<FrozenDictionary<(ActorId Actor, ActorId Organization), Interval[]>> _organizationSpellsIndex;
    private readonly Lazy<FrozenDictionary<(ActorId Actor, TreatyId Treaty), Interval[]>> _treatySpellsIndex;
    private readonly Lazy<FrozenDictionary<ActorId, Party[]>> _partiesByActorIndex;
    private readonly Lazy<FrozenDictionary<ActorId, Participation[]>> _participationsByActorIndex;
    private readonly Lazy<FrozenDictionary<ActorId, Policy[]>> _policiesByActorIndex;
    private readonly Lazy<FrozenDictionary<ActorId, Event[]>> _eventsByActorIndex;
    private readonly Lazy<FrozenDictionary<ActorId, Treaty[]>> _treatiesByOrganizationIndex;

    private FrozenDictionary<(EntityKind Kind, string Id), Description> _descriptions => _descriptionsIndex.Value;
    private FrozenDictionary<ActorId, Headquarters[]> _headquarters => _headquartersIndex.Value;
    private FrozenDictionary<ActorId, Party[]> _membersByOrganization => _membersByOrganizationIndex.Value;
    private FrozenDictionary<(ActorId Actor, ActorId Organization), Interval[]> _organizationSpells => _organizationSpellsIndex.Value;
    private FrozenDictionary<(ActorId Actor, TreatyId Treaty), Interval[]> _treatySpells => _treatySpellsIndex.Value;
    private FrozenDictionary<ActorId, Party[]> _partiesByActor => _partiesByActorIndex.Value;
    private FrozenDictionary<ActorId, Participation[]> _participationsByActor => _participationsByActorIndex.Value;
    private FrozenDictionary<ActorId, Policy[]> _policiesByActor => _policiesByActorIndex.Value;
    private FrozenDictionary<ActorId, Event[]> _eventsByActor => _eventsByActorIndex.Value;
    private FrozenDictionary<ActorId, Treaty[]> _treatiesByOrganization => _treatiesByOrganizationIndex.Value;

    /// <summary>Builds the atlas. The content must already be valid (the Data loader checks it); a broken
    /// reference here is a programmer error and throws <see cref="ArgumentException"/>.</summary>
    public Atlas(Dataset dataset, IEnumerable<Source> sources, IEnumerable<Actor> actors, IEnumerable<Treaty> treaties,
        IEnumerable<Policy> policies, IEnumerable<Partnership> partnerships, IEnumerable<Event> events, IEnumerable<Place>? places = null, IEnumerable<string>? homeZones = null, Background? background = null,
        IEnumerable<Zone>? zones = null)
    {
        Background = background ?? Background.None;
        _termsByName = IndexTerms(Background.Terms);
        _descriptionsIndex = new(() => Background.Descriptions.ToFrozenDictionary(d => (d.Kind, d.Id)));
        _headquartersIndex = new(() => Background.Headquarters.GroupBy(h => h.Organization)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(h => h.From).ToArray()));
        HomeZones = [.. homeZones ?? []];
        _zones = (zones ?? []).ToFrozenDictionary(z => z.Id, StringComparer.Ordinal);
        Dataset = dataset;
        _sourceList = [.. sources];
        _actorList = [.. actors];
        _treatyList = [.. treaties];
        _policyList = [.. policies];
        _partnershipList = [.. partnerships];
        _eventList = [.. events];
        _placeList = [.. places ?? []];
        _sources = _sourceList.ToFrozenDictionary(s => s.Id);
        _actors = _actorList.ToFrozenDictionary(a => a.Id);
        _treaties = _treatyList.ToFrozenDictionary(t => t.Id);
        _policies = _policyList.ToFrozenDictionary(p => p.Id);
        _partnerships = _partnershipList.ToFrozenDictionary(p => p.Id);
        _events = _eventList.ToFrozenDictionary(e => e.Id);
        _places = _placeList.ToFrozenDictionary(p => p.Id);

        foreach (var treaty in _treatyList)
        {
            foreach (var party in treaty.Parties)
            {
                if (!_actors.ContainsKey(party.Actor))
                    throw new ArgumentException($"Treaty {treaty.Id} names party {party.Actor}, which is not an actor.", nameof(treaties));
            }
        }

        _treatiesByOrganizationIndex = new(() => _treatyList.Where(t => t.Organization is not null)
            .GroupBy(t => t.Organization!.Value)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(t => t.InForce ?? t.Signed).ToArray()));
        _membersByOrganizationIndex = new(() => _treatiesByOrganization.ToFrozenDictionary(
            kv => kv.Key, kv => kv.Value.SelectMany(t => t.Parties).OrderBy(p => p.Joined).ThenBy(p => p.Actor.Value, StringComparer.Ordinal).ToArray()));

        _treatySpellsIndex = new(() => _treatyList.SelectMany(t => t.Parties).GroupBy(p => (p.Actor, p.Treaty))
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Period).ToArray()));
        _organizationSpellsIndex = new(() => _treatyList.SelectMany(t => t.Parties).Where(p => _treaties[p.Treaty].Organization is not null)
            .GroupBy(p => (p.Actor, _treaties[p.Treaty].Organization!.Value))
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Period).ToArray()));

        _partiesByActorIndex = new(() => _treatyList.SelectMany(t => t.Parties).GroupBy(p => p.Actor)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(p => p.Joined).ToArray()));
        _participationsByActorIndex = new(() => _partnershipList.SelectMany(p => p.Parties).GroupBy(p => p.Actor)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(p => p.Joined ?? p.KnownFrom ?? _partnerships[p.Partnership].From).ToArray()));
        _policiesByActorIndex = new(() => _policyList.GroupBy(p => p.Actor)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(p => p.From).ToArray()));
        _eventsByActorIndex = new(() => _eventList.SelectMany(e => e.Actors.Concat(e.Targets).Distinct().Select(a => (Actor: a, Event: e))).GroupBy(x => x.Actor)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Event).OrderBy(e => e.Date).ToArray()));
        Names = new NameIndex(this);
        _people = new(() => new PersonIndex(Background.Offices, Names));
    }

    private readonly Lazy<PersonIndex> _people;

    /// <summary>The office holders the data names, found by what a text calls them (built on first use).</summary>
    public PersonIndex People => _people.Value;

    /// <summary>The data set's name and the date up to which it was reviewed.</summary>
    public Dataset Dataset { get; }

    /// <summary>Treaty zones every party's own territory lies in ("the metropolitan territory of any of the Parties").</summary>
    public IReadOnlyList<string> HomeZones { get; }

    /// <summary>What things are and why they changed: descriptions, reasons, headquarters, offices, absences.</summary>
    public Background Background { get; }

    private readonly FrozenDictionary<string, Zone> _zones;

    /// <summary>A zone by id; null when the data does not define it (atlases built in code may not).</summary>
    public Zone? FindZone(string id) => _zones.GetValueOrDefault(id);

    /// <summary>How an answer names a zone: its name, or its id in words where the atlas lacks it.</summary>
    public string ZoneName(string id) => FindZone(id)?.Name ?? id.Replace('-', ' ');

    /// <summary>Resolves names, aliases, demonyms and codes to ids.</summary>
    public NameIndex Names { get; }

    public IEnumerable<Actor> Actors => _actorList;
    public IEnumerable<Treaty> Treaties => _treatyList;
    public IEnumerable<Source> Sources => _sourceList;
    public IEnumerable<Policy> Policies => _policyList;
    public IEnumerable<Partnership> Partnerships => _partnershipList;
    public IEnumerable<Event> Events => _eventList;
    public IEnumerable<Place> Places => _placeList;

    public Actor? FindActor(ActorId id) => _actors.GetValueOrDefault(id);
    public Treaty? FindTreaty(TreatyId id) => _treaties.GetValueOrDefault(id);
    public Source? FindSource(SourceId id) => _sources.GetValueOrDefault(id);
    public Policy? FindPolicy(PolicyId id) => _policies.GetValueOrDefault(id);
    public Partnership? FindPartnership(PartnershipId id) => _partnerships.GetValueOrDefault(id);
    public Event? FindEvent(EventId id) => _events.GetValueOrDefault(id);
    public Place? FindPlace(PlaceId id) => _places.GetValueOrDefault(id);

    public Actor Actor(ActorId id) => _actors.TryGetValue(id, out var actor) ? actor : throw new KeyNotFoundException($"No actor '{id}'.");
    public Treaty Treaty(TreatyId id) => _treaties.TryGetValue(id, out var treaty) ? treaty : throw new KeyNotFoundException($"No treaty '{id}'.");
    public Source Source(SourceId id) => _sources.TryGetValue(id, out var source) ? source : throw new KeyNotFoundException($"No source '{id}'.");
}
