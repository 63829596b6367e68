using Entente.Core.Model;

namespace Entente.Data.Loading;

/// <summary>
/// The rules that need every file read: ids unique and known, periods that end after they start,
/// memberships that don't overlap, parties that join a treaty that exists, states that act only
/// while they exist.
/// </summary>
internal sealed class Validator(Reader data)
{
    private readonly List<Problem> _problems = data.Problems;

    public void Run()
    {
        var actors = Unique(data.Actors, a => a.Id.Value, "actor");
        var treaties = Unique(data.Treaties, t => t.Id.Value, "treaty");
        var sources = Unique(data.Sources, s => s.Id.Value, "source");
        var policies = Unique(data.Policies, p => p.Id.Value, "policy");
        var partnerships = Unique(data.Partnerships, p => p.Id.Value, "partnership");
        var events = Unique(data.Events, e => e.Id.Value, "event");
        Unique(data.Reasons, r => r.Id.Value, "reason");
        Unique(data.Terms, t => t.Id.Value, "term");
        CheckTermNames();
        var described = new Dictionary<(Core.Atlas.EntityKind, string), Description>();
        foreach (var description in data.Descriptions)
        {
            if (!described.TryAdd((description.Kind, description.Id), description))
            {
                var first = data.Places[described[(description.Kind, description.Id)]].Place;
                _problems.Add(data.Places[description].Place.Problem($"'{description.Id}' is described twice (first at {first.File}:{first.Line}): one description per thing"));
            }
        }
        Unique(data.PlaceList, p => p.Id.Value, "place");
        var zones = new Dictionary<string, MapReader>(StringComparer.Ordinal);
        foreach (var (id, _, map) in data.Zones)
        {
            if (!zones.TryAdd(id, map))
                map.Report("id", $"duplicate zone id '{id}': already defined at {zones[id].File}:{zones[id].Line}");
        }
        CheckReferences(actors, treaties, sources, zones, new(policies.Keys, StringComparer.Ordinal), new(partnerships.Keys, StringComparer.Ordinal), new(events.Keys, StringComparer.Ordinal));
        CheckSourceStrength(sources);
        CheckDataset();

        foreach (var actor in data.Actors)
            CheckActor(actor);
        foreach (var treaty in data.Treaties)
            CheckTreaty(treaty, actors);
        foreach (var policy in data.Policies)
        {
            var map = data.Places[policy];
            EndAfterStart(map, "to", policy.From, policy.To);
            WhileExists(actors, policy.Actor, policy.Period, map.PlaceOf("from"), "holds this policy");
        }
        foreach (var partnership in data.Partnerships)
        {
            var map = data.Places[partnership];
            EndAfterStart(map, "to", partnership.From, partnership.To);
            foreach (var participation in partnership.Parties)
            {
                var p = data.Places[participation];
                EndAfterStart(p, "left", participation.Joined, participation.Left);
                WhileExists(actors, participation.Actor, participation.Period, p.PlaceOf("joined"), "takes part");
            }
            Overlaps(partnership.Parties, p => p.Actor, p => p.Period, p => data.Places[p].PlaceOf("joined"), partnership.Name);
        }
        foreach (var e in data.Events)
        {
            var map = data.Places[e];
            EndAfterStart(map, "to", e.Date, e.To);
            if (e.Announces is not null && e.Kind != EventKind.Announcement)
                map.Report("announces", $"says what an announcement declares, but the event's kind is {e.Kind.ToString().ToLowerInvariant()}: use kind: announcement, or drop announces");
            if (e.Kind == EventKind.Announcement && e.Announces is null)
                map.Report("announces", "an announcement needs the change it declares (withdrawal, suspension, return, accession…)");
            if (e.Targets.Count > 0 && e.Kind is not (EventKind.Invasion or EventKind.Attack or EventKind.Ratification))
                map.Report("against", $"names the invaded or attacked, but the event's kind is {e.Kind.ToString().ToLowerInvariant()}: use kind: invasion or attack");
            if (e.Kind == EventKind.Ratification && (e.Targets.Count == 0 || e.Treaty is null))
                map.Report("admits", "a ratification needs the state its protocol admits (admits: [SWE]) and the treaty (treaty: north-atlantic-treaty)");
            foreach (var target in e.Targets.Where(e.Actors.Contains))
                map.Report("against", $"'{target.Value}' is both an actor and a target of the event");
        }
        CheckOrganizationFacts();
    }

    /// <summary>Headquarters and office holders: periods that end after they start, one seat (one holder) at a time.</summary>
    private void CheckOrganizationFacts()
    {
        foreach (var seat in data.Headquarters)
            EndAfterStart(data.Places[seat], "to", seat.From, seat.To);
        Overlaps(data.Headquarters, h => h.Organization, h => h.Period, h => data.Places[h].PlaceOf("from"), "headquarters");
        foreach (var office in data.Offices)
        {
            foreach (var holder in office.Holders)
                EndAfterStart(data.Places[holder], "to", holder.From, holder.To);
            Overlaps(office.Holders, _ => office.Title, h => h.Period, h => data.Places[h].PlaceOf("from"), $"holders of {office.Organization}'s office");
        }
        foreach (var leading in data.Offices.Where(o => o.Leading).GroupBy(o => o.Organization).Where(g => g.Count() > 1))
            _problems.Add(data.Places[leading.Last()].PlaceOf("leading").Problem($"{leading.Key} has more than one leading office; mark one office leading: true"));
    }

    /// <summary>Every phrasing of a term (its name or an alias, compared as a lookup compares them) names one term only.</summary>
    private void CheckTermNames()
    {
        var owners = new Dictionary<string, Term>(StringComparer.Ordinal);
        foreach (var term in data.Terms)
        {
            foreach (var name in term.Names.Distinct())
            {
                var key = Core.Atlas.Atlas.TermKey(name);
                if (key.Length == 0)
                {
                    data.Places[term].Report("aliases", $"'{name}' has no letters or digits to look it up by");
                }
                else if (!owners.TryAdd(key, term) && !ReferenceEquals(owners[key], term))
                {
                    var first = data.Places[owners[key]].Place;
                    data.Places[term].Report("aliases", $"'{name}' already names term '{owners[key].Id}' (at {first.File}:{first.Line}): a phrasing names one term");
                }
            }
        }
    }

    private Dictionary<string, T> Unique<T>(List<T> items, Func<T, string> id, string what) where T : notnull
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            if (key.Length == 0)
                continue;
            if (seen.TryGetValue(key, out var first))
            {
                var firstPlace = data.Places[first].Place;
                _problems.Add(data.Places[item].PlaceOf("id").Problem($"duplicate {what} id '{key}': already defined at {firstPlace.File}:{firstPlace.Line}"));
            }
            else
            {
                seen[key] = item;
            }
        }
        return seen;
    }

    private void CheckReferences(Dictionary<string, Actor> actors, Dictionary<string, Treaty> treaties, Dictionary<string, Source> sources, Dictionary<string, MapReader> zones,
        HashSet<string> policies, HashSet<string> partnerships, HashSet<string> events)
    {
        foreach (var reference in data.References)
        {
            string? problem = reference.Kind switch
            {
                ReferenceKind.Source when !sources.ContainsKey(reference.Id) => $"unknown source '{reference.Id}'{Suggest(reference.Id, sources.Keys)}",
                ReferenceKind.Zone when !zones.ContainsKey(reference.Id) => $"unknown zone '{reference.Id}'{Suggest(reference.Id, zones.Keys)}: zones are defined in a top-level zones list",
                ReferenceKind.Treaty when !treaties.ContainsKey(reference.Id) => $"unknown treaty '{reference.Id}'{Suggest(reference.Id, treaties.Keys)}",
                ReferenceKind.Policy when !policies.Contains(reference.Id) => $"unknown policy '{reference.Id}'{Suggest(reference.Id, policies)}",
                ReferenceKind.Partnership when !partnerships.Contains(reference.Id) => $"unknown partnership '{reference.Id}'{Suggest(reference.Id, partnerships)}",
                ReferenceKind.Event when !events.Contains(reference.Id) => $"unknown event '{reference.Id}'{Suggest(reference.Id, events)}",
                ReferenceKind.Example when !treaties.ContainsKey(reference.Id) && !partnerships.Contains(reference.Id) && !policies.Contains(reference.Id)
                    && !(actors.TryGetValue(reference.Id, out var example) && example.Kind == ActorKind.Organization) =>
                    $"unknown example '{reference.Id}'{Suggest(reference.Id, treaties.Keys.Concat(partnerships).Concat(policies).Concat(actors.Values.Where(a => a.Kind == ActorKind.Organization).Select(a => a.Id.Value)))}: "
                    + "a term's see names treaties, organizations, partnerships or policies by id",
                ReferenceKind.Actor or ReferenceKind.State or ReferenceKind.Organization when !actors.ContainsKey(reference.Id) =>
                    $"unknown actor '{reference.Id}'{Suggest(reference.Id, actors.Keys)}",
                ReferenceKind.Organization when actors[reference.Id].Kind != ActorKind.Organization => $"'{reference.Id}' is a state, not an organization",
                ReferenceKind.State when actors[reference.Id].Kind != ActorKind.State => $"'{reference.Id}' is an organization, not a state",
                _ => null,
            };
            if (problem is not null)
                _problems.Add(reference.Place.Problem(problem));
        }
    }

    /// <summary>
    /// A fact needs one source that is not weak; a quoted text needs a primary source or a faithful copy of one
    /// (unknown source ids are reported once, by <see cref="CheckReferences"/>).
    /// </summary>
    private void CheckSourceStrength(Dictionary<string, Source> sources)
    {
        foreach (var (place, ids) in data.Citations)
        {
            var kinds = ids.Select(id => sources.GetValueOrDefault(id)?.Kind).ToArray();
            if (kinds.Length > 0 && kinds.All(k => k == SourceKind.Weak))
                _problems.Add(place.Problem($"rests on weak sources only ({string.Join(", ", ids)}): add a primary, reference or copy source, or leave the fact out"));
        }
        foreach (var (place, ids) in data.Quotations)
        {
            var kinds = ids.Select(id => sources.GetValueOrDefault(id.Value)?.Kind).ToArray();
            if (kinds.Length > 0 && kinds.All(k => k is not null) && !kinds.Any(k => k is SourceKind.Primary or SourceKind.Copy))
                _problems.Add(place.Problem($"quotes a text whose sources ({string.Join(", ", ids)}) are neither primary nor a copy of one: cite the treaty text, an official page or a faithful copy"));
        }
    }

    private void CheckDataset()
    {
        if (data.Datasets.Count == 0)
            _problems.Add(new Problem("data", 0, "dataset", "no file defines the data set (dataset: {name, reviewed}); add one, e.g. data/dataset.yaml"));
        foreach (var (_, place) in data.Datasets.Skip(1))
            _problems.Add(place.Problem($"the data set is defined twice; first at {data.Datasets[0].Place.File}:{data.Datasets[0].Place.Line}"));
    }

    private void CheckActor(Actor actor)
    {
        var map = data.Places[actor];
        var existed = map.Map("existed");
        if (existed is not null)
            EndAfterStart(existed, "to", actor.Existed.From, actor.Existed.To);
        foreach (var spell in actor.Cow)
            EndAfterStart(data.Places[spell], "to", spell.From, spell.To);
        Overlaps(actor.Cow, s => s.Code, s => s.Period, s => data.Places[s].PlaceOf("from"), $"COW code of {actor.Id}");
    }

    private void CheckTreaty(Treaty treaty, Dictionary<string, Actor> actors)
    {
        var map = data.Places[treaty];
        if (treaty.Signed is { } signed && treaty.InForce is { } inForce && inForce < signed)
            map.Report("in-force", $"{inForce} is before the treaty was signed ({signed})");
        EndAfterStart(map, "ended", treaty.InForce ?? treaty.Signed, treaty.Ended);
        var exists = new Interval(treaty.Signed ?? treaty.InForce, treaty.Ended);
        foreach (var party in treaty.Parties)
        {
            var p = data.Places[party];
            EndAfterStart(p, "left", party.Joined, party.Left);
            if (!Known(party.Joined))
                continue;
            if (exists.From is { } start && party.Joined.FirstDay < start.FirstDay)
                p.Report("joined", $"{party.Joined} is before the treaty exists (signed {treaty.Signed?.ToString() ?? "?"}, in force {treaty.InForce?.ToString() ?? "?"})");
            else if (treaty.Ended is { } end && party.Joined.FirstDay >= end.FirstDay)
                p.Report("joined", $"{party.Joined} is after the treaty ended ({end})");
            // A party to a treaty that has ended is bound only until the end.
            var bound = new Interval(party.Joined, party.Left is { } left && (treaty.Ended is not { } e || left < e) ? left : treaty.Ended ?? party.Left);
            WhileExists(actors, party.Actor, bound, p.PlaceOf("joined"), $"is a party to {treaty.Id}");
        }
        Overlaps(treaty.Parties, p => p.Actor, p => p.Period, p => data.Places[p].PlaceOf("joined"), $"{treaty.Id}");
        foreach (var suspension in treaty.Suspensions)
            EndAfterStart(data.Places[suspension], "to", suspension.From, suspension.To);
    }

    // A date that did not parse is reported once, where it stands, and takes part in no other rule.
    private static bool Known(PartialDate? date) => date is { Year: > 0 };

    private static void EndAfterStart(MapReader map, string endKey, PartialDate? from, PartialDate? to)
    {
        if (Known(from) && Known(to) && from is { } start && to is { } end && end.FirstDay <= start.FirstDay)
            map.Report(endKey, $"{end} is not after the start {start}: periods run from (inclusive) to (exclusive)");
    }

    /// <summary>Two spells of one actor in one group must not share a day.</summary>
    private void Overlaps<T, TKey>(IEnumerable<T> items, Func<T, TKey> key, Func<T, Interval> period, Func<T, Location> place, string group)
        where TKey : notnull
    {
        foreach (var spells in items.Where(i => period(i).From is null || Known(period(i).From)).GroupBy(key).Where(g => g.Count() > 1))
        {
            var ordered = spells.OrderBy(s => period(s).From).ToArray();
            for (var i = 1; i < ordered.Length; i++)
            {
                if (period(ordered[i - 1]).Overlaps(period(ordered[i])))
                {
                    var first = place(ordered[i - 1]);
                    _problems.Add(place(ordered[i]).Problem(
                        $"{spells.Key}'s spell {period(ordered[i])} in {group} overlaps its spell {period(ordered[i - 1])} at {first.File}:{first.Line}"));
                }
            }
        }
    }

    /// <summary>A state acts (joins, takes part, holds a policy) only while it exists.</summary>
    private void WhileExists(Dictionary<string, Actor> actors, ActorId id, Interval period, Location place, string acting)
    {
        if (!actors.TryGetValue(id.Value, out var actor))
            return;
        var existed = actor.Existed;
        if (period.From is { } f && !Known(f))
            return;
        if (existed.From is { } born && period.From is { } from && from.FirstDay < born.FirstDay)
            _problems.Add(place.Problem($"{id} {acting} from {from}, before it existed (from {born})"));
        else if (existed.To is { } gone && (period.To is null || period.To.Value.FirstDay > gone.FirstDay))
            _problems.Add(place.Problem($"{id} {acting} until {period.To?.ToString() ?? "now"}, after it ceased to exist ({gone})"));
    }

    private static string Suggest(string id, IEnumerable<string> known)
    {
        var limit = Math.Max(1, id.Length / 3);
        var best = known.Select(k => (k, d: Core.Atlas.NameIndex.Distance(id.ToLowerInvariant(), k.ToLowerInvariant(), limit)))
            .Where(x => x.d <= limit).OrderBy(x => x.d).ThenBy(x => x.k, StringComparer.Ordinal).Select(x => x.k).FirstOrDefault();
        return best is null ? "" : $"; did you mean '{best}'?";
    }
}
