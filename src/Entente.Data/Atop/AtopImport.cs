using System.Globalization;
using Entente.Core.Model;
using Entente.Data.Loading;
using YamlDotNet.RepresentationModel;

namespace Entente.Data.Atop;

/// <summary>What an import wrote, and what it left alone.</summary>
/// <param name="Files">Each file written, relative to the data folder, with its text.</param>
/// <param name="Claimed">ATOP ids a curated treaty claims (its <c>atop</c> field), so not generated.</param>
/// <param name="Kept">Fields a curator set in a generated file, kept as they are: "atop-1385: name".</param>
/// <param name="Skipped">Member rows not imported, each with why (a code that is not a COW state).</param>
/// <param name="Clipped">Memberships cut to the dates the state existed, each with why.</param>
public sealed record AtopImportResult(
    IReadOnlyList<(string Path, string Text)> Files,
    int Treaties,
    int NewActors,
    IReadOnlyList<int> Claimed,
    IReadOnlyList<string> Kept,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> Clipped);

/// <summary>
/// Turns ATOP 4.01's member-level and alliance-level files into YAML skeletons under <c>data/atop/</c>: one treaty
/// <c>atop-N</c> per ATOP alliance not claimed by a curated treaty's <c>atop</c> field, its members as parties
/// (COW codes mapped to actors through their COW spells), its pledges as provisions with their direction,
/// phases and conditions; and a former-state actor for every COW state ATOP needs that the data lacks.
/// </summary>
/// <remarks>
/// Run at a developer's request (<c>entente import-atop</c>), never at run time. Re-running it keeps every field
/// a curator set in a generated file (see <see cref="GeneratedYaml.Merge"/> and data/README.md).
/// </remarks>
public static class AtopImport
{
    /// <summary>The folder, inside the data folder, that the import owns.</summary>
    public const string Folder = "atop";
    public const string SourceId = "atop-v4-01";
    public const string CowSourceId = "cow-states-2016";

    private static readonly (int From, int To, string File)[] Eras =
    [
        (1815, 1913, "1815-1913.yaml"), (1914, 1944, "1914-1944.yaml"), (1945, 1969, "1945-1969.yaml"),
        (1970, 1989, "1970-1989.yaml"), (1990, 9999, "1990-2016.yaml"),
    ];

    private static readonly (Pledges Pledge, string Kind, string Words)[] Kinds =
    [
        (Pledges.Defence, "defence", "to assist a partner militarily if it is attacked"),
        (Pledges.Offence, "offence", "to join a partner in an attack"),
        (Pledges.Neutrality, "neutrality", "to stay out of a conflict in which a partner is engaged"),
        (Pledges.NonAggression, "non-aggression", "not to use force against a partner"),
        (Pledges.Consultation, "consultation", "to consult partners in a crisis"),
    ];

    /// <summary>Reads the ATOP and COW files and the data folder, and returns the files to write (nothing is written here).</summary>
    /// <param name="dataFolder">The data set's folder (the repository's <c>data/</c>): read for actors and claims, and written under <see cref="Folder"/>.</param>
    public static AtopImportResult Run(IReadOnlyList<AtopMemberRow> members, IReadOnlyList<AtopAllianceRow> alliances, CowStateSystem cow, string dataFolder)
    {
        var files = Directory.Exists(dataFolder) ? DataFile.FromDirectory(dataFolder) : [];
        var root = Path.GetFileName(Path.GetFullPath(dataFolder).TrimEnd(Path.DirectorySeparatorChar));
        var generatedPrefix = $"{root}/{Folder}/";
        var reader = new Reader();
        foreach (var file in files)
            reader.Read(file);
        var claimed = new HashSet<int>(reader.Treaties.Where(t => !reader.Places[t].File.StartsWith(generatedPrefix, StringComparison.Ordinal)).SelectMany(t => t.Atop));

        // What the generated files hold now, by key, to merge with.
        var existing = new Dictionary<string, YamlMappingNode>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Name.StartsWith(generatedPrefix, StringComparison.Ordinal)))
        {
            foreach (var list in new[] { "treaties", "actors", "sources" })
            {
                foreach (var entry in SafeEntries(file.Text, list))
                {
                    if (entry.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { } key })
                        existing[$"{list}:{key}"] = entry;
                }
            }
        }

        var kept = new List<string>();
        var last = GeneratedYaml.ReadFingerprints(Path.Combine(dataFolder, Folder, GeneratedYaml.FingerprintFile));
        var fingerprints = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // Actors an earlier run generated are generated again (keeping their ids); the rest of data/ is the curators'.
        bool Generated(object entry) => reader.Places[entry].File.StartsWith(generatedPrefix, StringComparison.Ordinal);
        bool Curated(string source) => reader.Sources.Any(x => x.Id.Value == source && !Generated(x));
        var previous = reader.Actors.Where(Generated).SelectMany(a => a.Cow.Select(c => (c.Code, a.Id.Value))).DistinctBy(x => x.Code).ToDictionary(x => x.Code, x => x.Value);
        var actors = new ActorMap([.. reader.Actors.Where(a => !Generated(a))], cow, members, previous);
        var newActors = actors.Added.Select(a => Merge(existing, "actors", a, kept, last, fingerprints)).ToArray();
        var byId = alliances.ToDictionary(a => a.AtopId);
        var skipped = new List<string>();
        var clipped = new List<string>();
        var eras = Eras.ToDictionary(e => e.File, _ => new List<YamlMappingNode>());
        var treaties = 0;
        foreach (var alliance in members.GroupBy(m => m.AtopId).OrderBy(g => g.Key))
        {
            if (claimed.Contains(alliance.Key))
                continue;
            if (!byId.TryGetValue(alliance.Key, out var row))
            {
                skipped.Add($"atopid {alliance.Key}: no alliance-level row, so no dates for the alliance as a whole");
                continue;
            }
            var treaty = Treaty(row, alliance.ToArray(), actors, skipped, clipped);
            if (treaty is null)
                continue;
            treaties++;
            eras[Eras.First(e => row.Begin.Year <= e.To).File].Add(Merge(existing, "treaties", treaty, kept, last, fingerprints));
        }

        var header = "Generated by `entente import-atop` from ATOP v4.01 (Leeds et al.); see data/README.md, \"ATOP import\".\n"
            + "A field you change or add here is kept when the import runs again; comments are not. To curate an alliance fully,\n"
            + "write it in data/treaties/ with `atop: N`: the import then leaves atop-N out.";
        var output = new List<(string, string)>
        {
            ($"{Folder}/sources.yaml", GeneratedYaml.Write(header, ("sources",
                [// ATOP itself and the COW list the former states cite: written here only where the rest of data/ does not define them.
                 .. Curated(SourceId) ? [] : new[] { Merge(existing, "sources", Source(), kept, last, fingerprints) },
                 .. Curated(CowSourceId) ? [] : new[] { Merge(existing, "sources", CowSource(), kept, last, fingerprints) }]))),
        };
        if (newActors.Length > 0)
            output.Add(($"{Folder}/states.yaml", GeneratedYaml.Write(header + "\nFormer states ATOP's members need that the rest of data/ lacks, from the COW state list v2016 (states2016.csv):\n"
                + "name and spells as COW gives them; existed.to is the day after COW's last day (the state may have existed before COW's first).", ("actors", newActors))));
        foreach (var (_, _, file) in Eras)
        {
            if (eras[file].Count > 0)
                output.Add(($"{Folder}/{file}", GeneratedYaml.Write(header, ("treaties", eras[file]))));
        }
        output.Add(($"{Folder}/{GeneratedYaml.FingerprintFile}", GeneratedYaml.WriteFingerprints(fingerprints)));
        return new AtopImportResult(output, treaties, actors.Added.Count, [.. claimed.Order()], kept, skipped, clipped);
    }

    /// <summary>Writes the result's files under the data folder, each complete or not at all, and removes generated files no longer produced.</summary>
    public static void Write(AtopImportResult result, string dataFolder)
    {
        var folder = Path.Combine(dataFolder, Folder);
        Directory.CreateDirectory(folder);
        foreach (var (path, text) in result.Files)
        {
            using var file = new PendingFile(Path.Combine(dataFolder, path));
            using (var writer = new StreamWriter(file.Stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
                writer.Write(text);
            file.Commit();
        }
        var written = result.Files.Select(f => Path.GetFileName(f.Path)).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.GetFiles(folder, "*.yaml").Where(f => !written.Contains(Path.GetFileName(f))))
            File.Delete(stale);
    }

    private static IReadOnlyList<YamlMappingNode> SafeEntries(string text, string list)
    {
        try
        {
            return GeneratedYaml.Entries(text, list);
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return [];
        }
    }

    private static YamlMappingNode Merge(Dictionary<string, YamlMappingNode> existing, string list, YamlMappingNode fresh, List<string> kept,
        IReadOnlyDictionary<string, string> last, SortedDictionary<string, string> fingerprints)
    {
        var id = ((YamlScalarNode)fresh.Children[new YamlScalarNode("id")]).Value!;
        var (merged, fields) = GeneratedYaml.Merge(fresh, existing.GetValueOrDefault($"{list}:{id}"), $"{list}:{id}", last);
        foreach (var (key, value) in fresh.Children)
            fingerprints[$"{list}:{id}:{((YamlScalarNode)key).Value}"] = GeneratedYaml.Fingerprint(value);
        kept.AddRange(fields.Select(f => $"{id}: {f}"));
        return merged;
    }

    private static YamlMappingNode Source() => GeneratedYaml.Map(false,
        ("id", new YamlScalarNode(SourceId)),
        ("title", new YamlScalarNode("Alliance Treaty Obligations and Provisions (ATOP), version 4.01: member-level and alliance-level data")),
        ("publisher", new YamlScalarNode("ATOP project (Brett Ashley Leeds, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long)")),
        ("url", new YamlScalarNode("http://atopdata.org/")),
        ("read", new YamlScalarNode("2026-12-01")),
        ("kind", new YamlScalarNode("reference")),
        ("note", new YamlScalarNode(
            "Cite as Leeds, Ritter, Mitchell & Long (2002), \"Alliance Treaty Obligations and Provisions, 1815-1944\", International Interactions 28:237-60; "
            + "ATOP v4.01, with the alliance's atopid (each treaty atop-N is ATOP's alliance N). Read from the files atop-member-level.csv and "
            + "atop-alliance-level.csv (the version column reads 4.01) in ../shared/data/atop-4.01, a copy from the GitHub repository "
            + "joshuaalley/arms-allies at commit 8a349afee9dc559a406533456ef7cef61c2cf311 (see its SOURCE.md). The data cover 1815 to 2016-12-31.")));

    private static YamlMappingNode CowSource() => GeneratedYaml.Map(false,
        ("id", new YamlScalarNode(CowSourceId)),
        ("title", new YamlScalarNode("State System Membership (v2016)")),
        ("publisher", new YamlScalarNode("Correlates of War Project")),
        ("url", new YamlScalarNode("http://correlatesofwar.org/data-sets/state-system-membership")),
        ("read", new YamlScalarNode("2026-12-01")),
        ("published", new YamlScalarNode("2017")),
        ("kind", new YamlScalarNode("reference")),
        ("note", new YamlScalarNode("Cite as: Correlates of War Project. 2017. \"State System Membership List, v2016.\" Read from states2016.csv (copy in ../shared/data/cow-states-2016, see its SOURCE.md).")));

    private static YamlMappingNode? Treaty(AtopAllianceRow alliance, AtopMemberRow[] rows, ActorMap actors, List<string> skipped, List<string> clipped)
    {
        var id = $"atop-{alliance.AtopId.ToString(CultureInfo.InvariantCulture)}";
        var pieces = new List<(AtopMemberRow Row, string Actor, AtopDate From, AtopDate? To, string? Note)>();
        foreach (var row in rows.OrderBy(r => r.Phase).ThenBy(r => r.Entry.First).ThenBy(r => r.State))
        {
            if (!actors.Knows(row.State))
            {
                skipped.Add($"atopid {row.AtopId}, member {row.State} (line {row.Line}): {row.State} is not a COW state code, so no actor stands for it");
                continue;
            }
            foreach (var piece in actors.Split(row))
            {
                if (piece.Clip is { } why)
                    clipped.Add($"{id}: {piece.Actor} {why}");
                if (piece.From is not { } from)
                    continue;
                pieces.Add((row, piece.Actor, from, piece.To, piece.Clip));
            }
        }
        if (pieces.Count == 0)
        {
            skipped.Add($"atopid {alliance.AtopId}: no member could be imported");
            return null;
        }

        // Parties: the pieces of one actor that touch or overlap are one spell; its ATOP phases go in the note.
        var parties = new List<YamlMappingNode>();
        foreach (var group in pieces.GroupBy(p => p.Actor))
        {
            var ordered = group.OrderBy(p => p.From.First).ToArray();
            var runs = new List<List<(AtopMemberRow Row, string Actor, AtopDate From, AtopDate? To, string? Note)>>();
            foreach (var piece in ordered)
            {
                var last = runs.LastOrDefault();
                if (last is not null && (last.Any(p => p.To is null) || last.Max(p => p.To!.Value.Last).AddDays(1) >= piece.From.First))
                    last.Add(piece);
                else
                    runs.Add([piece]);
            }
            foreach (var run in runs)
            {
                var first = run.OrderBy(p => p.From.First).First();
                var openRun = run.Any(p => p.To is null);
                var runEnd = openRun ? (AtopDate?)null : run.Select(p => p.To!.Value).MaxBy(d => d.Last);
                var phases = run.Select(p => p.Row.Phase).Distinct().Order().ToArray();
                var notes = new List<string> { $"ATOP v4.01, atopid {alliance.AtopId}{(phases is [0] ? "" : $", phase{(phases.Length > 1 ? "s" : "")} {string.Join(", ", phases)}")}" };
                notes.AddRange(run.Select(p => p.Note).OfType<string>().Distinct());
                parties.Add(GeneratedYaml.Map(true,
                    ("actor", new YamlScalarNode(first.Actor)),
                    ("joined", new YamlScalarNode(first.From.Text)),
                    ("how", new YamlScalarNode(first.Row.Entry == alliance.Begin && first.From == first.Row.Entry ? "founding" : first.From != first.Row.Entry ? "succession" : "accession")),
                    ("left", runEnd is { } e ? new YamlScalarNode(e.ExclusiveEndText) : null),
                    ("left-how", runEnd is not null ? new YamlScalarNode("termination") : null),
                    ("note", new YamlScalarNode(string.Join("; ", notes)))));
            }
        }
        parties.Sort((a, b) => string.CompareOrdinal(Text(a, "joined") + Text(a, "actor"), Text(b, "joined") + Text(b, "actor")));

        var provisions = Provisions(pieces.Select(p => (p.Row, p.Actor)).ToArray());
        var members = pieces.Select(p => p.Actor).Distinct().ToArray();
        var founders = pieces.Where(p => p.Row.Entry == alliance.Begin).Select(p => p.Actor).Distinct().ToArray();
        var all = rows.Aggregate(Pledges.None, (x, r) => x | r.Pledges);
        var word = (all & (Pledges.Defence | Pledges.Offence)) != 0 ? "Alliance"
            : (all & Pledges.Neutrality) != 0 ? "Neutrality pact"
            : (all & Pledges.NonAggression) != 0 ? "Non-aggression pact"
            : "Consultation pact";
        var kind = word == "Non-aggression pact" ? "non-aggression" : "alliance";
        var open = rows.Any(r => r.Exit is null);
        return GeneratedYaml.Map(false,
            ("id", new YamlScalarNode(id)),
            ("atop", new YamlScalarNode(alliance.AtopId.ToString(CultureInfo.InvariantCulture))),
            ("name", new YamlScalarNode($"{word} of {Names(founders.Length > 0 ? founders : members, members.Length, actors)} ({alliance.Begin.Year})")),
            ("aliases", GeneratedYaml.FlowList([$"ATOP {alliance.AtopId}"])),
            ("kind", new YamlScalarNode(kind)),
            ("signed", new YamlScalarNode(alliance.Begin.Text)),
            ("ended", alliance.End is { } end && !open ? new YamlScalarNode(end.ExclusiveEndText) : null),
            ("after-atop", open ? new YamlScalarNode("not-confirmed") : null),
            ("note", new YamlScalarNode($"ATOP v4.01, atopid {alliance.AtopId}: members, dates and pledges as ATOP codes them (ATOP dates an alliance from its signature and gives no article text)."
                + (open ? " ATOP shows it in force at the end of its coverage (2016-12-31); Entente has not confirmed it since." : ""))),
            ("source", new YamlScalarNode(SourceId)),
            ("parties", new YamlSequenceNode(parties)),
            ("provisions", new YamlSequenceNode(provisions)));
    }

    private static string Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value ?? "" : "";

    // "France and Russia", "Egypt, Iraq, Jordan and 19 others": founders in COW-code order.
    private static string Names(string[] shown, int total, ActorMap actors)
    {
        var names = shown.Select(actors.Name).ToArray();
        if (total <= 4 && names.Length == total)
            return names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
        var three = names.Take(3).ToArray();
        return $"{string.Join(", ", three)} and {total - three.Length} other{(total - three.Length == 1 ? "" : "s")}";
    }

    /// <summary>
    /// ATOP's pledges as provisions. A member-level flag says what that member promises its partners, so a pledge
    /// some members give and others do not is one-way: obliged = those who give it, beneficiaries = every member.
    /// Where a member's pledge changes between phases, each phase gets its own provision, dated from the phase's first
    /// entry to the next phase's.
    /// </summary>
    private static List<YamlMappingNode> Provisions((AtopMemberRow Row, string Actor)[] pieces)
    {
        var provisions = new List<YamlMappingNode>();
        var phases = pieces.Select(p => p.Row.Phase).Distinct().Order().ToArray();
        var phaseStart = phases.ToDictionary(p => p, p => pieces.Where(x => x.Row.Phase == p).Select(x => x.Row.Entry).MinBy(d => d.First));
        foreach (var (pledge, kind, words) in Kinds)
        {
            var changes = pieces.GroupBy(p => p.Actor).Any(g => g.Select(p => (p.Row.Pledges & pledge) != 0).Distinct().Count() > 1);
            var spans = changes ? phases.Select((p, i) => (Phases: new[] { p }, From: (AtopDate?)phaseStart[p], To: i + 1 < phases.Length ? (AtopDate?)phaseStart[phases[i + 1]] : null)).ToArray()
                : [(Phases: phases, From: null, To: null)];
            foreach (var (inPhases, from, to) in spans)
            {
                var rows = pieces.Where(p => inPhases.Contains(p.Row.Phase)).ToArray();
                var members = rows.Select(p => p.Actor).Distinct().ToArray();
                var giving = rows.Where(p => (p.Row.Pledges & pledge) != 0).ToArray();
                if (giving.Length == 0)
                    continue;
                var obliged = giving.Select(p => p.Actor).Distinct().ToArray();
                var mutual = obliged.Length == members.Length;
                var conditions = AtopConditions.ByPledge.TryGetValue(pledge, out var columns)
                    ? columns.Where(c => giving.Any(g => g.Row.Conditions.Contains(c.Column))).Select(c => c.Words).ToArray()
                    : [];
                var asymmetric = giving.Any(g => g.Row.Asymmetric);
                var phaseWords = changes ? $" in phase {inPhases[0]}" : "";
                provisions.Add(GeneratedYaml.Map(false,
                    ("article", new YamlScalarNode($"ATOP {kind}")),
                    ("kind", new YamlScalarNode(kind)),
                    ("direction", new YamlScalarNode(mutual ? "mutual" : "one-way")),
                    ("obliged", mutual ? null : GeneratedYaml.FlowList(obliged)),
                    ("beneficiaries", mutual ? null : GeneratedYaml.FlowList(members)),
                    ("from", from is { } f && f != phaseStart[phases[0]] ? new YamlScalarNode(f.Text) : null),
                    ("to", to is { } t ? new YamlScalarNode(t.Text) : null),
                    ("conditions", conditions.Length > 0 ? GeneratedYaml.FlowList(conditions) : null),
                    ("summary", new YamlScalarNode($"ATOP v4.01 codes a pledge {words}{phaseWords}"
                        + (mutual ? ", by every member" : $", by {obliged.Length} of the {members.Length} members (what each promises, towards every partner)")
                        + (asymmetric ? "; ATOP marks the members' obligations as differing (asymm/obvary) without saying towards whom" : "") + "."))));
            }
        }
        return provisions;
    }

    /// <summary>
    /// COW codes to actor ids, through the actors' COW spells; a COW state ATOP needs that no actor stands for gets
    /// a former-state actor from the COW list (id <c>X</c> + two letters of COW's abbreviation).
    /// </summary>
    private sealed class ActorMap
    {
        private readonly Dictionary<int, List<(string Actor, DateOnly From, DateOnly To)>> _spells = [];
        private readonly Dictionary<string, Actor> _actors;
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

        public ActorMap(IReadOnlyList<Actor> known, CowStateSystem cow, IReadOnlyList<AtopMemberRow> members, IReadOnlyDictionary<int, string> previous)
        {
            _actors = known.GroupBy(a => a.Id.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var actor in known)
            {
                _names[actor.Id.Value] = actor.Name;
                foreach (var spell in actor.Cow)
                    AddSpell(spell.Code, actor.Id.Value, spell.From.FirstDay, spell.To?.FirstDay.AddDays(-1) ?? DateOnly.MaxValue);
            }
            var taken = new HashSet<string>(_actors.Keys.Concat(previous.Values), StringComparer.Ordinal);
            var usedNames = new HashSet<string>(known.SelectMany(a => a.Aliases.Append(a.Name).Append(a.OfficialName ?? "")), StringComparer.OrdinalIgnoreCase);
            var used = members.Select(m => m.State).ToHashSet();
            foreach (var state in cow.States.Where(s => used.Contains(s.Code)).OrderBy(s => s.Code))
            {
                var uncovered = state.Spells.Where(s => !_spells.GetValueOrDefault(state.Code, []).Any(k => k.From <= s.Last && s.First <= k.To)).ToArray();
                if (uncovered.Length == 0 || (uncovered.Length < state.Spells.Count && !members.Any(m => m.State == state.Code && uncovered.Any(u => u.First <= m.Entry.First && m.Entry.First <= u.Last))))
                    continue;
                var id = previous.GetValueOrDefault(state.Code) ?? NewId(state.Abbreviation, taken);
                taken.Add(id);
                var years = $"{uncovered[0].First.Year}–{uncovered[^1].Last.Year}";
                // "Korea" would read as South Korea: a name any actor's name contains as a word gets its years too.
                var clash = usedNames.Contains(state.Name) || usedNames.Any(n => n.Split(' ', '-').Contains(state.Name, StringComparer.OrdinalIgnoreCase));
                var name = clash ? $"{state.Name} ({years})" : state.Name;
                usedNames.Add(name);
                _names[id] = name;
                foreach (var spell in uncovered)
                    AddSpell(state.Code, id, spell.First, spell.Last);
                var end = uncovered[^1].Last.AddDays(1);
                Added.Add(GeneratedYaml.Map(false,
                    ("id", new YamlScalarNode(id)),
                    ("kind", new YamlScalarNode("state")),
                    ("name", new YamlScalarNode(name)),
                    ("aliases", GeneratedYaml.FlowList([$"COW {state.Code}"])),
                    ("existed", GeneratedYaml.Map(true, ("to", new YamlScalarNode(Day(end))))),
                    ("cow", new YamlSequenceNode(uncovered.Select(s => (YamlNode)GeneratedYaml.Map(true,
                        ("code", new YamlScalarNode(state.Code.ToString(CultureInfo.InvariantCulture))),
                        ("from", new YamlScalarNode(Day(s.First))),
                        ("to", new YamlScalarNode(Day(s.Last.AddDays(1)))))))),
                    ("source", new YamlScalarNode(CowSourceId))));
            }
            foreach (var list in _spells.Values)
                list.Sort((a, b) => a.From.CompareTo(b.From));
        }

        public List<YamlMappingNode> Added { get; } = [];

        public bool Knows(int code) => _spells.ContainsKey(code);

        public string Name(string actor) => _names.GetValueOrDefault(actor, actor);

        /// <summary>
        /// A member row's days split among the actors that held its code then: a day inside an actor's COW spell is
        /// that actor's; a day outside every spell (ATOP counts a state COW has not admitted yet) goes to the actor of
        /// the nearest spell. Each piece is then cut to the days its actor existed.
        /// </summary>
        public IEnumerable<(string Actor, AtopDate? From, AtopDate? To, string? Clip)> Split(AtopMemberRow row)
        {
            var spells = _spells[row.State];
            var first = row.Entry.First;
            var last = row.Exit?.Last ?? DateOnly.MaxValue;
            var cuts = spells.SelectMany(s => new[] { s.From, s.To == DateOnly.MaxValue ? s.To : s.To.AddDays(1) })
                .Where(d => d > first && d <= last).Distinct().Order().ToList();
            var starts = new List<DateOnly> { first };
            starts.AddRange(cuts);
            var pieces = new List<(string Actor, DateOnly From, DateOnly To)>();
            for (var i = 0; i < starts.Count; i++)
            {
                var from = starts[i];
                var to = i + 1 < starts.Count ? starts[i + 1].AddDays(-1) : last;
                var owner = spells.FirstOrDefault(s => s.From <= from && from <= s.To).Actor
                    ?? spells.MinBy(s => Math.Min(Math.Abs(s.From.DayNumber - from.DayNumber), Math.Abs(Math.Min(s.To.DayNumber, DateOnly.MaxValue.DayNumber - 1) - from.DayNumber))).Actor;
                if (pieces.Count > 0 && pieces[^1].Actor == owner)
                    pieces[^1] = (owner, pieces[^1].From, to);
                else
                    pieces.Add((owner, from, to));
            }
            foreach (var (actor, from, to) in pieces)
            {
                var existed = _actors.TryGetValue(actor, out var a) ? a.Existed : Existed(actor);
                var start = existed.From is { } born && born.FirstDay > from ? born.FirstDay : from;
                var stop = existed.To is { } gone && gone.FirstDay.AddDays(-1) < to ? gone.FirstDay.AddDays(-1) : to;
                string? clip = null;
                if (start > stop)
                {
                    yield return (actor, null, null, $"left out: ATOP's membership {Day(from)}..{(to == DateOnly.MaxValue ? "" : Day(to))} lies outside the days the state existed ({existed})");
                    continue;
                }
                if (start != from || stop != to)
                    clip = $"ATOP's membership {Day(from)}..{(to == DateOnly.MaxValue ? "" : Day(to))} cut to {Day(start)}..{(stop == DateOnly.MaxValue ? "" : Day(stop))}, the days the state existed ({existed})";
                // Keep ATOP's own precision where the piece starts or ends where the row does.
                var fromDate = start == first ? row.Entry : AtopDate.Of(start);
                AtopDate? toDate = stop == DateOnly.MaxValue ? null : stop == row.Exit?.Last ? row.Exit : AtopDate.Of(stop);
                yield return (actor, fromDate, toDate, clip);
            }
        }

        private Interval Existed(string actor)
        {
            var map = Added.FirstOrDefault(a => ((YamlScalarNode)a.Children[new YamlScalarNode("id")]).Value == actor);
            if (map?.Children[new YamlScalarNode("existed")] is YamlMappingNode existed && existed.Children.TryGetValue(new YamlScalarNode("to"), out var to))
                return new Interval(null, PartialDate.Parse(((YamlScalarNode)to).Value!));
            return Interval.Always;
        }

        private void AddSpell(int code, string actor, DateOnly from, DateOnly to)
        {
            if (!_spells.TryGetValue(code, out var list))
                _spells[code] = list = [];
            list.Add((actor, from, to));
        }

        // X + two letters of COW's abbreviation (BAV → XBA; BAD, taken, → XBD), else the first free XAA..XZZ.
        private static string NewId(string abbreviation, HashSet<string> taken)
        {
            var letters = new string([.. abbreviation.ToUpperInvariant().Where(char.IsAsciiLetterUpper)]);
            for (var i = 0; i < letters.Length; i++)
            {
                for (var j = i + 1; j < letters.Length; j++)
                {
                    var id = $"X{letters[i]}{letters[j]}";
                    if (!taken.Contains(id))
                        return id;
                }
            }
            for (var a = 'A'; a <= 'Z'; a++)
            {
                for (var b = 'A'; b <= 'Z'; b++)
                {
                    if (!taken.Contains($"X{a}{b}"))
                        return $"X{a}{b}";
                }
            }
            throw new InvalidOperationException("Every user-assigned code XAA..XZZ is taken.");
        }

        private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
