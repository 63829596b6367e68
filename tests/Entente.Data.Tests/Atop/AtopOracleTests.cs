using System.Globalization;
using Entente.Core.Model;
using Entente.Data.Atop;
using Xunit.Abstractions;

namespace Entente.Data.Tests.Atop;

/// <summary>The built-in data set checked against ATOP 4.01, a data set no one here wrote (../shared/data).</summary>
public class AtopOracleTests(ITestOutputHelper output)
{
    private static readonly Lazy<AtopMemberFile> Atop = new(() => AtopMemberFile.Read(SharedData.AtopMembers));
    private static readonly Lazy<AtopOracle> Oracle = new(() => new AtopOracle(BuiltInDataTests.Result.Atlas!, Atop.Value));

    /// <summary>
    /// ATOP alliances deliberately not in data/, each with why. (None: every atopid is a treaty atop-N or named by a
    /// curated treaty's atop field. One member row is left out instead: 8152 in alliance 1320, not a COW state code.)
    /// </summary>
    private static readonly Dictionary<int, string> Deliberate = [];

    [Fact]
    public void EveryAtopId_IsInTheData_OrADeliberateDifference()
    {
        var inData = BuiltInDataTests.Result.Atlas!.Treaties.SelectMany(t => t.Atop).ToHashSet();
        var missing = Atop.Value.Members.Select(m => m.AtopId).Distinct().Where(id => !inData.Contains(id) && !Deliberate.ContainsKey(id)).Order().ToArray();

        Assert.Empty(missing);
        Assert.Equal(745, Atop.Value.Members.Select(m => m.AtopId).Distinct().Count());
    }

    [Fact]
    public void EveryAtopLevelTreaty_CitesAtop401WithItsAtopid()
    {
        var atlas = BuiltInDataTests.Result.Atlas!;
        var source = atlas.Source(new SourceId(AtopImport.SourceId));

        Assert.Equal(SourceKind.Reference, source.Kind);
        Assert.All(atlas.Treaties.Where(DataSetLoader.IsAtopLevel), t =>
        {
            // A curator may add sources (a treaty text, a reference work) to ATOP's; ATOP v4.01 stays among them.
            Assert.Contains(AtopImport.SourceId, t.Sources.Select(s => s.Value));
            Assert.Equal($"atop-{Assert.Single(t.Atop).ToString(CultureInfo.InvariantCulture)}", t.Id.Value);
            Assert.Contains($"atopid {t.Atop[0].ToString(CultureInfo.InvariantCulture)}", t.Note, StringComparison.Ordinal);
        });
    }

    /// <summary>
    /// On 1,000 random (state, day) pairs from 1815 to 2016 (seed 1815), the states <c>Obligations.Attack</c> names as
    /// bound to defend agree with ATOP's directed defence pledges for at least 99 % of the pledges either side names;
    /// every difference falls in a known kind (bench/README.md, "ATOP in the data").
    /// </summary>
    [Fact]
    public void Attack_1000RandomStatesAndDays_AgreesWithAtopsDirectedDefencePledges()
    {
        var oracle = Oracle.Value;
        var cow = CowStateSystem.Read(SharedData.States);
        var random = new Random(1815);
        var first = new DateOnly(1815, 1, 1).DayNumber;
        var last = new DateOnly(2016, 12, 31).DayNumber;
        var both = 0;
        var differences = new List<(int Defender, int State, DateOnly Day, bool InAtop, AtopOracle.Difference Why, string Where)>();
        for (var i = 0; i < 1000; i++)
        {
            var day = DateOnly.FromDayNumber(random.Next(first, last + 1));
            var states = cow.States.Where(s => s.Spells.Any(x => x.Contains(day))).Select(s => s.Code)
                .Union(Atop.Value.Members.Where(m => m.Spell.Contains(day)).Select(m => m.State)).Order().ToArray();
            var state = states[random.Next(states.Length)];
            var (agree, diff) = oracle.Compare(state, day);
            both += agree;
            differences.AddRange(diff);
        }
        var total = both + differences.Count;
        var share = (double)both / total;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pledges named by either side: {total}; by both: {both} ({share:P2})"));
        foreach (var kind in differences.GroupBy(d => (d.InAtop, d.Why)).OrderBy(g => g.Key.Why))
        {
            output.WriteLine($"{(kind.Key.InAtop ? "only in ATOP" : "only in Entente")}, {kind.Key.Why}: {kind.Count()}");
            foreach (var where in kind.GroupBy(d => d.Where).OrderByDescending(g => g.Count()))
                output.WriteLine($"    {where.Key}: {where.Count()} (e.g. {string.Join("; ", where.Take(3).Select(d => $"{d.Defender}→{d.State} {d.Day:yyyy-MM-dd}"))})");
        }

        // The import's own agreement: pledges of the ATOP-level treaties, the curated treaties' deliberate differences aside.
        var curated = differences.Count(d => d.Why is AtopOracle.Difference.CuratedTreaty or AtopOracle.Difference.CuratedOnly);
        var imported = (double)both / (total - curated);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"without the curated treaties' {curated} differences: {imported:P2}"));

        // Ratchets, not goals. The unexplained three are atop-1355 (Romania's accession to the Triple Alliance): the import
        // gives Romania a pledge towards Italy outside the phases ATOP codes for it. The share of all pledges is held down by
        // curated treaties that claim an atopid and list fewer parties than ATOP (the OAS Charter lacks five members, the
        // AU pact and NATO's early phases differ): bench/README.md, "ATOP in the data". Raise them as those are curated.
        Assert.True(differences.Count(d => d.Why == AtopOracle.Difference.Unexplained) <= 3, "unexplained differences beyond atop-1355's three");
        Assert.True(imported >= 0.99, string.Create(CultureInfo.InvariantCulture, $"{imported:P2} of the imported pledges agree"));
        Assert.True(share >= 0.92, string.Create(CultureInfo.InvariantCulture, $"{share:P2} of all pledges agree"));
    }

    /// <summary>The share of ATOP's directed defence pledges in force on three days that Entente lists (before the import: 34 %, 21 %, 36 %).</summary>
    [Theory]
    [InlineData("2016-06-30")]
    [InlineData("1985-06-30")]
    [InlineData("1970-06-30")]
    public void Share_AtopDefencePledgesInForce_EntenteListsAlmostAll(string day)
    {
        var (listed, total) = Oracle.Value.Share(DateOnly.Parse(day, CultureInfo.InvariantCulture));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{day}: {listed} of {total} ({(double)listed / total:P1})"));

        // A ratchet (92.2 % at 2016, 93.1 % at 1985, 98.4 % at 1970): the gap is curated treaties with fewer parties than ATOP.
        Assert.True((double)listed / total >= 0.92, $"{listed} of {total}");
    }

    /// <summary>
    /// The curated treaties' parties against ATOP's members of the alliance they name (treaties naming one atopid taken
    /// together: the EU's two treaties are ATOP 4175), each actor's first and last day. ATOP dates a membership from
    /// signature (of the treaty or of an accession protocol) where Entente dates it from entry into force: an ATOP entry up
    /// to two years before Entente's is that kind. Every other difference is listed in <see cref="Documented"/> with why.
    /// </summary>
    [Fact]
    public void CuratedTreaties_MembershipDates_AgreeWithAtopOrAreDocumented()
    {
        var atlas = BuiltInDataTests.Result.Atlas!;
        var oracle = Oracle.Value;
        var signature = 0;
        var other = new List<(int AtopId, string Actor, string Detail)>();
        foreach (var group in atlas.Treaties.Where(t => !DataSetLoader.IsAtopLevel(t)).SelectMany(t => t.Atop.Select(a => (AtopId: a, Treaty: t))).GroupBy(x => x.AtopId).OrderBy(g => g.Key))
        {
            var parties = group.SelectMany(x => x.Treaty.Parties).ToArray();
            // By actor, not by code: Germany's rows are 260 until 1990-10-02 and 255 after.
            foreach (var rows in Atop.Value.Members.Where(m => m.AtopId == group.Key).GroupBy(m => oracle.ActorOf(m.State, m.Spell.First)?.Value ?? $"COW {m.State}"))
            {
                var atopFirst = rows.Min(r => r.Spell.First);
                var atopLast = rows.Max(r => r.Spell.Last);
                var spells = parties.Where(p => p.Actor.Value == rows.Key).ToArray();
                if (spells.Length == 0)
                {
                    other.Add((group.Key, rows.Key, $"not a party; ATOP {atopFirst:yyyy-MM-dd}..{atopLast:yyyy-MM-dd}"));
                    continue;
                }
                var joined = spells.Min(p => p.Joined.FirstDay);
                var left = spells.Any(p => p.Left is null) ? (DateOnly?)null : spells.Max(p => p.Left!.Value.FirstDay);
                var atopOpen = atopLast == new DateOnly(2016, 12, 31);
                if (joined != atopFirst && atopFirst < joined && joined.DayNumber - atopFirst.DayNumber <= 730)
                    signature++;
                else if (joined != atopFirst)
                    other.Add((group.Key, rows.Key, $"entry: ATOP {atopFirst:yyyy-MM-dd}, Entente {joined:yyyy-MM-dd}"));
                if ((left is null) != atopOpen || (left is { } l && !atopOpen && Math.Abs(l.DayNumber - atopLast.DayNumber) > 1))
                    other.Add((group.Key, rows.Key, $"exit: ATOP {(atopOpen ? "in force at 2016-12-31" : atopLast.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}, Entente {(left is { } x ? $"left {x:yyyy-MM-dd}" : "still a party")}"));
            }
        }
        output.WriteLine($"ATOP from signature, Entente from entry into force: {signature}");
        foreach (var (atopId, actor, detail) in other)
            output.WriteLine($"atopid {atopId} {actor}: {detail} — {Documented.GetValueOrDefault((atopId, actor), "NOT DOCUMENTED")}");

        // A ratchet: 76 differences, printed above as NOT DOCUMENTED, are curated treaties' parties or dates still to be
        // reconciled with ATOP (the Rio Treaty's and OAS Charter's missing parties, Cuba's suspension, the 1921 end of the
        // Anglo-Japanese alliance); no new one may appear.
        var undocumented = other.Where(d => !Documented.ContainsKey((d.AtopId, d.Actor))).ToArray();
        Assert.True(undocumented.Length <= 76, $"{undocumented.Length} undocumented differences, first: {string.Join("; ", undocumented.Take(5).Select(d => $"atopid {d.AtopId} {d.Actor}: {d.Detail}"))}");
    }

    /// <summary>The curated treaties' other differences from ATOP, each with why (bench/README.md, "Curated treaties against ATOP").</summary>
    private static readonly Dictionary<(int AtopId, string Actor), string> Documented = new()
    {
        [(3215, "NZL")] = "ATOP ends New Zealand's membership on 1986-09-17; anzus.yaml keeps it a party and records the United States' suspension of its obligations towards it from that day",
        [(4220, "UZB")] = "ATOP ends Uzbekistan's membership on 2012-06-28; csto.yaml keeps it a party to the Collective Security Treaty and records the 2012 suspension as an event",
        [(3260, "GBR")] = SeatoEnd,
        [(3260, "FRA")] = "ATOP's exit for France is 1974-06-30; seato.yaml records no withdrawal by France from the treaty",
        [(3260, "PAK")] = "ATOP's exit for Pakistan is 1972-11-08; seato.yaml has it leave on 1973-11-08",
        [(3260, "PHL")] = SeatoEnd,
        [(3260, "AUS")] = SeatoEnd,
        [(3260, "NZL")] = SeatoEnd,
        [(3260, "USA")] = SeatoEnd,
        [(3260, "THA")] = SeatoEnd,
        [(4175, "GBR")] = "the United Kingdom left the EU on 2020-02-01, after ATOP's coverage (eu.yaml)",
        [(3220, "USA")] = "ATOP ends the 1951 treaty when the 1960 treaty was signed (1960-01-19); us-japan.yaml ends it when the 1960 treaty entered into force (1960-06-23)",
        [(3220, "JPN")] = "as for the United States (us-japan.yaml)",
        [(3285, "DDR")] = "warsaw-pact.yaml has East Germany leave on 1990-09-24; ATOP keeps it until German unification (1990-10-03)",
        [(4175, "AUT")] = "ATOP 4175 counts members of the Maastricht treaty from 1992 (consultation) and of Lisbon from its signature (defence): Austria, Finland and Sweden joined the EU in 1995",
        [(4175, "FIN")] = "as for Austria (ATOP 4175 spans the Treaty on European Union and the Treaty of Lisbon)",
        [(4175, "SWE")] = "as for Austria (ATOP 4175 spans the Treaty on European Union and the Treaty of Lisbon)",
        [(4175, "POL")] = EuEntrants,
        [(4175, "HUN")] = EuEntrants,
        [(4175, "CZE")] = EuEntrants,
        [(4175, "SVK")] = EuEntrants,
        [(4175, "MLT")] = EuEntrants,
        [(4175, "SVN")] = EuEntrants,
        [(4175, "CYP")] = EuEntrants,
        [(4175, "BGR")] = EuEntrants,
        [(4175, "ROU")] = EuEntrants,
        [(4175, "EST")] = EuEntrants,
        [(4175, "LVA")] = EuEntrants,
        [(4175, "LTU")] = EuEntrants,
    };

    private const string SeatoEnd = "ATOP ends the alliance on 1977-06-30; seato.yaml records no end of the treaty for this party";

    private const string EuEntrants = "ATOP 4175 has the states that joined the EU in 2004 and 2007 only from the Treaty of Lisbon's signature (2007-11-13); eu.yaml has them parties to the Treaty on European Union from their accession";
}
