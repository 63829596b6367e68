using Entente.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Entente.Data.Loading;

/// <summary>
/// Turns the YAML files of a data set into model records, noting every problem, every id used (checked
/// later against every id defined) and the place of every record (for the cross-file rules).
/// </summary>
internal sealed partial class Reader(bool validated = false)
{
    // A data set validated at build time (the snapshot) needs no places, references or citations: only the rules use them.
    private readonly bool _validated = validated;

    private static readonly string[] TopLevel = ["dataset", "sources", "actors", "treaties", "policies", "partnerships", "events", "zones", "places", "descriptions", "reasons", "headquarters", "offices", "absences", "terms", "decisions", "independence", "groups"];

    public List<Problem> Problems { get; } = [];

    /// <summary>Whether some file was not valid YAML: then the cross-file rules would only echo that one problem.</summary>
    public bool HasUnreadableFile { get; private set; }
    public List<Reference> References { get; } = [];

    /// <summary>Every fact that names its own sources, where it names them (for the source-strength rules).</summary>
    public List<(Location Place, IReadOnlyList<string> Ids)> Citations { get; } = [];

    /// <summary>Every quoted text (a provision's or a policy's <c>text</c>) with the sources it rests on.</summary>
    public List<(Location Place, IReadOnlyList<SourceId> Sources)> Quotations { get; } = [];
    public Dictionary<object, MapReader> Places { get; } = new(ReferenceEqualityComparer.Instance);
    public List<Source> Sources { get; } = [];
    public List<Actor> Actors { get; } = [];
    public List<Treaty> Treaties { get; } = [];
    public List<Policy> Policies { get; } = [];
    public List<Partnership> Partnerships { get; } = [];
    public List<Event> Events { get; } = [];
    public List<Place> PlaceList { get; } = [];
    public List<(string Id, string Description, MapReader Map)> Zones { get; } = [];
    public List<string> HomeZones { get; } = [];
    public List<Zone> ZoneList { get; } = [];
    public List<(Dataset Dataset, Location Place)> Datasets { get; } = [];
    public List<Description> Descriptions { get; } = [];
    public List<Reason> Reasons { get; } = [];
    public List<Headquarters> Headquarters { get; } = [];
    public List<Office> Offices { get; } = [];
    public List<DecisionRule> Decisions { get; } = [];
    public List<Absence> Absences { get; } = [];
    public List<Independence> Independences { get; } = [];
    public List<StateGroup> Groups { get; } = [];

    /// <summary>The deepest nesting of maps and lists a data file may have (the schema needs 6; YAML nested thousands deep would overflow the stack).</summary>
    public const int MaxDepth = 64;

    public void Read(DataFile file)
    {
        if (file.Unreadable is { } unreadable)
        {
            Problems.Add(unreadable);
            HasUnreadableFile = true;
            return;
        }
        var stream = new YamlStream();
        try
        {
            if (TooDeep(file.Text) is { } deep)
            {
                Problems.Add(new Problem(file.Name, deep, "", $"nests maps and lists more than {MaxDepth} deep; the data schema needs far fewer"));
                HasUnreadableFile = true;
                return;
            }
            stream.Load(new StringReader(file.Text));
        }
        catch (YamlException e)
        {
            Problems.Add(new Problem(file.Name, (int)e.Start.Line, "", $"is not valid YAML: {e.Message}"));
            HasUnreadableFile = true;
            return;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's parser fails so on some malformed documents (found by the fuzz tests: an anchor before a flow
            // sequence left open gives "The current event is of an unsupported type"): still a problem of the file.
            Problems.Add(new Problem(file.Name, 0, "", $"is not valid YAML: {e.Message}"));
            HasUnreadableFile = true;
            return;
        }
        foreach (var document in stream.Documents)
            ReadDocument(file.Name, DataNode.FromYaml(document.RootNode));
    }

    /// <summary>Reads one YAML document of a file, parsed already (from the text, or from the build's snapshot).</summary>
    public void ReadDocument(string fileName, DataNode document)
    {
        if (document is { Kind: DataNodeKind.Value, Value: null or "" })
            return;
        if (document.Kind != DataNodeKind.Map)
        {
            Problems.Add(new Problem(fileName, document.Line, "", $"must be a map with the lists {string.Join(", ", TopLevel)}"));
            return;
        }
        var top = new MapReader(document, fileName, "", Problems);
        if (top.Map("dataset") is { } dataset)
            ReadDataset(dataset);
        foreach (var map in top.Maps("sources"))
            ReadSource(map);
        foreach (var map in top.Maps("actors"))
            ReadActor(map);
        foreach (var map in top.Maps("treaties"))
            ReadTreaty(map);
        foreach (var map in top.Maps("policies"))
            ReadPolicy(map);
        foreach (var map in top.Maps("partnerships"))
            ReadPartnership(map);
        foreach (var map in top.Maps("events"))
            ReadEvent(map);
        foreach (var map in top.Maps("zones"))
            ReadZone(map);
        foreach (var map in top.Maps("places"))
            ReadPlace(map);
        foreach (var map in top.Maps("descriptions"))
            ReadDescription(map);
        foreach (var map in top.Maps("reasons"))
            ReadReason(map);
        foreach (var map in top.Maps("headquarters"))
            ReadHeadquarters(map);
        foreach (var map in top.Maps("offices"))
            ReadOffice(map);
        foreach (var map in top.Maps("decisions"))
            ReadDecision(map);
        foreach (var map in top.Maps("absences"))
            ReadAbsence(map);
        foreach (var map in top.Maps("terms"))
            ReadTerm(map);
        foreach (var map in top.Maps("independence"))
            ReadIndependence(map);
        foreach (var map in top.Maps("groups"))
            ReadGroup(map);
        top.RejectUnknown();
    }

    // The loader builds its tree recursively: measure the depth first with the parser alone, which keeps a flat
    // stack of states, and stop at the line where it passes the bound.
    private static int? TooDeep(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    if (++depth > MaxDepth)
                        return Math.Max(1, (int)parser.Current.Start.Line);
                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }

    private void ReadDataset(MapReader map)
    {
        var name = map.RequiredText("name");
        var reviewed = map.Date("reviewed", required: true);
        var coverage = map.Maps("coverage").Select(c =>
        {
            var spell = new CoverageSpell(
                c.Enum<CoverageDepth>("depth", required: true) ?? CoverageDepth.Curated,
                new Interval(c.Date("from", required: true), c.Date("to")),
                c.Bool("complete") ?? false,
                c.RequiredText("what"),
                c.Texts("source").Count > 0 ? SourcesOf(c) : []);
            c.RejectUnknown();
            return spell;
        }).ToArray();
        map.RejectUnknown();
        if (reviewed is { } date)
            Datasets.Add((new Dataset(name, date, coverage), map.Place));
    }

    private void ReadSource(MapReader map)
    {
        var id = map.RequiredText("id");
        var url = map.RequiredText("url");
        if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            map.Report("url", $"'{url}' is not an http(s) address");
        var source = new Source
        {
            Id = new SourceId(id),
            Title = map.RequiredText("title"),
            Publisher = map.RequiredText("publisher"),
            Url = url,
            Read = map.Date("read", required: true) ?? default,
            Published = map.Date("published"),
            Note = map.Text("note"),
            Kind = map.Enum<SourceKind>("kind", required: true),
        };
        map.RejectUnknown();
        Add(Sources, source, map);
    }

    /// <summary>The sources a fact cites: its own <c>source</c>, or else its parent's; none is a problem.</summary>
    private IReadOnlyList<SourceId> SourcesOf(MapReader map, IReadOnlyList<SourceId>? inherited = null)
    {
        var ids = map.Texts("source");
        if (ids.Count == 0)
        {
            if (inherited is { Count: > 0 })
                return inherited;
            map.Report("source", "is required: every fact names the source it comes from");
            return [];
        }
        if (!_validated)
        {
            foreach (var id in ids)
                References.Add(new Reference(ReferenceKind.Source, id, map.PlaceOf("source")));
            Citations.Add((map.PlaceOf("source"), ids));
        }
        return SourceIds(ids);
    }

    /// <summary>A quoted text, noted with the sources it rests on (it needs a primary source or a copy of one).</summary>
    private string? Quotation(MapReader map, IReadOnlyList<SourceId> sources)
    {
        var text = map.Text("text");
        if (text is not null && !_validated)
            Quotations.Add((map.PlaceOf("text"), sources));
        return text;
    }

    private ActorId? ActorRef(MapReader map, string key, ReferenceKind kind = ReferenceKind.Actor, bool required = false)
    {
        var id = map.Text(key, required);
        if (id is null)
            return null;
        Refer(kind, id, map, key);
        return new ActorId(id);
    }

    private ActorId[] ActorRefs(MapReader map, string key)
    {
        var ids = map.Texts(key);
        var actors = new ActorId[ids.Count];
        for (var i = 0; i < actors.Length; i++)
        {
            Refer(ReferenceKind.Actor, ids[i], map, key);
            actors[i] = new ActorId(ids[i]);
        }
        return actors;
    }

    private TreatyId? TreatyRef(MapReader map, string key)
    {
        var id = map.Text(key);
        if (id is null)
            return null;
        Refer(ReferenceKind.Treaty, id, map, key);
        return new TreatyId(id);
    }

    private IReadOnlyList<string> ZoneRefs(MapReader map, string key)
    {
        var ids = map.Texts(key);
        foreach (var id in ids)
            Refer(ReferenceKind.Zone, id, map, key);
        return ids;
    }

    private static SourceId[] SourceIds(IReadOnlyList<string> ids)
    {
        var sources = new SourceId[ids.Count];
        for (var i = 0; i < sources.Length; i++)
            sources[i] = new SourceId(ids[i]);
        return sources;
    }

    /// <summary>Notes an id used at a field, to be checked against the ids defined (not for a validated data set).</summary>
    private void Refer(ReferenceKind kind, string id, MapReader map, string key)
    {
        if (!_validated)
            References.Add(new Reference(kind, id, map.PlaceOf(key)));
    }

    /// <summary>Notes where a record was read, for the rules that report it (not for a validated data set).</summary>
    private void Note(object item, MapReader map)
    {
        if (!_validated)
            Places[item] = map;
    }

    private void Add<T>(List<T> list, T item, MapReader map) where T : notnull
    {
        list.Add(item);
        Note(item, map);
    }
}
