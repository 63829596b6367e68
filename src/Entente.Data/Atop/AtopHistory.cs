using System.Globalization;
using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Atop;

/// <summary>
/// Adds the alliances of an ATOP member-level file to an atlas, so that <c>members</c>, <c>memberships</c> and
/// <c>attack</c> answer for dates the curated data does not cover (1815–1945): each ATOP alliance becomes a
/// treaty <c>atop-NNNN</c> whose parties are its member rows and whose provisions are ATOP's five pledges.
/// </summary>
/// <remarks>
/// <para>A COW code maps to the curated actor whose COW spell holds on the row's dates (365 → Russia, then the
/// USSR); where no curated actor holds the code (Bavaria 245, Germany 255 before 1945), a state
/// <c>COW245</c> stands in, named from the COW file when one is given.</para>
/// <para>ATOP's <c>yrexit = 0</c> (in force at the end of the data) leaves the membership open; the treaty's note
/// says where the data ends, since nothing after it is covered.</para>
/// </remarks>
public static class AtopHistory
{
    private static readonly (Pledges Pledge, ProvisionKind Kind, string Words)[] Kinds =
    [
        (Pledges.Defence, ProvisionKind.Defence, "to assist a partner militarily if it is attacked"),
        (Pledges.Offence, ProvisionKind.Offence, "to join a partner in an attack"),
        (Pledges.Neutrality, ProvisionKind.Neutrality, "to stay out of a conflict in which a partner is engaged"),
        (Pledges.NonAggression, ProvisionKind.NonAggression, "not to use force against a partner"),
        (Pledges.Consultation, ProvisionKind.Consultation, "to consult partners in a crisis"),
    ];

    /// <param name="path">The file's path, shown as the source of every fact drawn from it.</param>
    /// <param name="states">The COW state system, to name the states no curated actor stands for; optional.</param>
    public static Atlas Extend(Atlas atlas, AtopMemberFile atop, string path, CowStateSystem? states = null)
    {
        var source = new Source
        {
            Id = new SourceId("atop-member-file"),
            Title = $"ATOP {(atop.Version.Length > 0 ? atop.Version + " " : "")}member-level file ({Path.GetFileName(path)})",
            Publisher = "Alliance Treaty Obligations and Provisions project (Leeds, Ritter, Mitchell & Long 2002), as downloaded by the user",
            Url = new Uri(Path.GetFullPath(path)).AbsoluteUri,
            Read = PartialDate.FromDate(DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path))),
            Note = $"Covers {atop.FirstYear}–{atop.LastYear}.",
        };
        var names = states?.States.ToDictionary(s => s.Code) ?? [];
        var standIns = new Dictionary<int, Actor>();
        var spellsByCode = atlas.Actors.SelectMany(a => a.Cow.Select(c => (Code: c.Code, Actor: a.Id, c.Period))).ToLookup(x => x.Code);

        Actor StandIn(int code)
        {
            if (standIns.TryGetValue(code, out var actor))
                return actor;
            var name = names.TryGetValue(code, out var state) && state.Name.Length > 0 ? state.Name : $"COW state {code}";
            if (atlas.Names.Exact(NameIndex.Normalize(name)).Count > 0)
                name = $"{name} (COW {code})";
            return standIns[code] = new Actor
            {
                Id = new ActorId($"COW{code.ToString(CultureInfo.InvariantCulture)}"),
                Kind = ActorKind.State,
                Name = name,
                Aliases = names.TryGetValue(code, out var s) && s.Abbreviation.Length > 0 ? [$"COW {code}"] : [],
                Cow = [],
                Sources = [source.Id],
            };
        }

        var treaties = new List<Treaty>();
        // The data set may hold an alliance already (data/atop, or a curated treaty naming its atop id): it is not added twice.
        var present = atlas.Treaties.SelectMany(t => t.Atop).ToHashSet();
        foreach (var alliance in atop.Members.GroupBy(m => m.AtopId).Where(g => !present.Contains(g.Key)).OrderBy(g => g.Key))
        {
            var id = new TreatyId($"atop-{alliance.Key.ToString(CultureInfo.InvariantCulture)}");
            var parties = new List<Party>();
            var promised = new Dictionary<ActorId, Pledges>();
            foreach (var row in alliance)
            {
                foreach (var (actor, from, to) in Actors(row, spellsByCode, StandIn))
                {
                    var open = to == new DateOnly(atop.LastYear, 12, 31);
                    promised[actor] = promised.GetValueOrDefault(actor) | row.Pledges;
                    parties.Add(new Party
                    {
                        Treaty = id,
                        Actor = actor,
                        Joined = PartialDate.FromDate(from),
                        How = JoinHow.Accession,
                        Left = open ? null : PartialDate.FromDate(to.AddDays(1)),
                        LeftHow = open ? null : LeaveHow.Expiry,
                        Note = $"ATOP row on line {row.Line}, phase {row.Phase}",
                        Sources = [source.Id],
                    });
                }
            }
            var members = parties.Select(p => p.Actor).Distinct().ToArray();
            var provisions = new List<Provision>();
            foreach (var (pledge, kind, words) in Kinds)
            {
                var obliged = members.Where(m => (promised[m] & pledge) != 0).ToArray();
                if (obliged.Length == 0)
                    continue;
                var mutual = obliged.Length == members.Length;
                provisions.Add(new Provision
                {
                    Treaty = id,
                    Article = $"ATOP {kind.ToString().ToLowerInvariant()}",
                    Kind = kind,
                    Direction = mutual ? Direction.Mutual : Direction.OneWay,
                    Obliged = mutual ? [] : obliged,
                    Beneficiaries = mutual ? [] : members,
                    Summary = $"ATOP codes a pledge {words}{(mutual ? "" : $", by {obliged.Length} of the {members.Length} members")}.",
                    Sources = [source.Id],
                });
            }
            var first = alliance.Min(r => r.Spell.First);
            treaties.Add(new Treaty
            {
                Id = id,
                Name = $"ATOP alliance {alliance.Key.ToString(CultureInfo.InvariantCulture)}",
                Aliases = [$"ATOP {alliance.Key.ToString(CultureInfo.InvariantCulture)}"],
                Kind = TreatyKind.Alliance,
                InForce = PartialDate.FromDate(first),
                Note = $"From the ATOP file; it covers {atop.FirstYear}–{atop.LastYear}, so nothing after {atop.LastYear} is covered.",
                Parties = parties,
                Provisions = provisions,
                Sources = [source.Id],
            });
        }
        return new Atlas(atlas.Dataset, atlas.Sources.Append(source), atlas.Actors.Concat(standIns.Values), atlas.Treaties.Concat(treaties),
            atlas.Policies, atlas.Partnerships, atlas.Events, atlas.Places, atlas.HomeZones, atlas.Background);
    }

    // A member row's days split between the actors that held its COW code then; the rest falls to a stand-in.
    private static IEnumerable<(ActorId Actor, DateOnly From, DateOnly To)> Actors(AtopMember row,
        ILookup<int, (int Code, ActorId Actor, Interval Period)> spellsByCode, Func<int, Actor> standIn)
    {
        var pieces = new List<(ActorId, DateOnly, DateOnly)>();
        var covered = new List<(DateOnly From, DateOnly To)>();
        foreach (var (_, actor, period) in spellsByCode[row.State])
        {
            var from = Max(row.Spell.First, period.From?.FirstDay ?? DateOnly.MinValue);
            var to = Min(row.Spell.Last, period.To is { } end ? end.FirstDay.AddDays(-1) : DateOnly.MaxValue);
            if (from <= to)
            {
                pieces.Add((actor, from, to));
                covered.Add((from, to));
            }
        }
        var day = row.Spell.First;
        foreach (var (from, to) in covered.OrderBy(c => c.From))
        {
            if (day < from)
                pieces.Add((standIn(row.State).Id, day, from.AddDays(-1)));
            day = to < DateOnly.MaxValue ? Max(day, to.AddDays(1)) : to;
        }
        if (day <= row.Spell.Last && (covered.Count == 0 || covered.Max(c => c.To) < row.Spell.Last))
            pieces.Add((standIn(row.State).Id, day, row.Spell.Last));
        return pieces.OrderBy(p => p.Item2);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
