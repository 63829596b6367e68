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
    /// bound to defend agree with ATOP's directed defence pledges for at least 99 % of the pledges either side names that
    /// no documented difference covers; every difference is put in a class (data/AUDIT.md, "Agreement with ATOP by class").
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
        var memberships = oracle.MembershipDifferences();
        var classified = differences.Select(d => (Difference: d, Class: ClassOf(oracle, memberships, d.Defender, d.State, d.Day, d.InAtop, d.Why))).ToArray();
        var total = both + differences.Count;
        var undocumented = classified.Count(c => c.Class == Class.Undocumented);
        var share = (double)both / total;
        var agreement = (double)both / (both + undocumented);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pledges named by either side: {total}; by both: {both} ({share:P2} raw)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"not covered by a documented difference: {both + undocumented}; agreeing: {agreement:P2} ({undocumented} undocumented)"));
        foreach (var kind in classified.GroupBy(c => (c.Class, c.Difference.InAtop)).OrderBy(g => g.Key.Class).ThenBy(g => g.Key.InAtop))
        {
            output.WriteLine($"{kind.Key.Class}, {(kind.Key.InAtop ? "only in ATOP" : "only in Entente")}: {kind.Count()}");
            foreach (var where in kind.GroupBy(c => c.Difference.Where).OrderByDescending(g => g.Count()))
                output.WriteLine($"    {where.Key}: {where.Count()} (e.g. {string.Join("; ", where.Take(3).Select(c => $"{c.Difference.Defender}→{c.Difference.State} {c.Difference.Day:yyyy-MM-dd}"))})");
        }

        // The floor the issue sets, on the pledges no documented difference covers; the raw share is a ratchet (93.78 % on
        // 2026-12-02). The undocumented ones left: atop-1355's three (the import gives Romania a pledge towards Italy outside
        // the phases ATOP codes for it) and two of the Triple Alliance in 1916 (Germany and Austria-Hungary towards Italy).
        Assert.True(agreement >= 0.99, string.Create(CultureInfo.InvariantCulture, $"{agreement:P2} of the pledges no documented difference covers agree"));
        Assert.True(undocumented <= 5, $"{undocumented} undocumented differences: {string.Join("; ", classified.Where(c => c.Class == Class.Undocumented).Take(8).Select(c => $"{c.Difference.Defender}→{c.Difference.State} {c.Difference.Day:yyyy-MM-dd} {c.Difference.Where}"))}");
        Assert.True(share >= 0.9375, string.Create(CultureInfo.InvariantCulture, $"{share:P2} of all pledges agree"));
    }

    /// <summary>
    /// The class of a pledge one side names and the other does not: the state-system cut the import makes; a curated
    /// treaty's documented difference for the whole alliance (<c>Documented[(atopid, "*")]</c>); or a membership difference
    /// of the defender or the defended state in that alliance on that day, documented in <see cref="Documented"/> or of the
    /// signature kind; else a pledge towards a state the curated treaty protects without making it a party; else the
    /// <c>*</c> entry.
    /// </summary>
    private static Class ClassOf(AtopOracle oracle, IReadOnlyList<AtopOracle.MembershipDifference> memberships, int defender, int state, DateOnly day, bool inAtop, AtopOracle.Difference why)
    {
        if (why == AtopOracle.Difference.StateNotInData)
            return Class.StateSystem;
        if (why == AtopOracle.Difference.Unexplained)
            return Class.Undocumented;
        var atopIds = inAtop
            ? oracle.AtopDefenders(state, day)[defender]
            : [.. oracle.EntenteDefenders(state, day)[defender].SelectMany(t => t.Atop)];
        string?[] actors = [oracle.ActorOf(defender, day)?.Value, oracle.ActorOf(state, day)?.Value];
        foreach (var atopId in atopIds.Distinct())
        {
            foreach (var m in memberships.Where(m => m.AtopId == atopId && actors.Contains(m.Actor) && m.Covers(day)))
            {
                if (DocumentedFor(m) is { } documented)
                    return documented.Class;
                if (m.Kind == AtopOracle.MembershipKind.Signature)
                    return Class.Signature;
            }
            // A state the curated treaty protects without making it a party (the SEATO Protocol's states).
            foreach (var actor in actors)
            {
                if (actor is not null && Documented.TryGetValue((atopId, actor), out var beneficiary) && beneficiary.Class == Class.PledgeCoding)
                    return beneficiary.Class;
            }
            if (Documented.TryGetValue((atopId, "*"), out var whole))
                return whole.Class;
        }
        return Class.Undocumented;
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

        // A ratchet (98.4 % at 2016, 100 % at 1985 and 1970 on 2026-12-02): the gap at 2016 is documented differences of
        // curated treaties (SEATO's end, the EU's phases, Cuba, Syria, Uzbekistan; data/AUDIT.md, "Agreement with ATOP by class").
        Assert.True((double)listed / total >= 0.98, $"{listed} of {total}");
    }

    /// <summary>
    /// The curated treaties' parties against ATOP's members of the alliance they name (<see cref="AtopOracle.MembershipDifferences"/>).
    /// ATOP dates a membership from signature (of the treaty, of the party, or of an accession protocol) where Entente
    /// dates it from entry into force or the party's deposit: that kind is recognised from the dates. Every other
    /// difference is listed in <see cref="Documented"/> with its class and why.
    /// </summary>
    [Fact]
    public void CuratedTreaties_MembershipDates_AgreeWithAtopOrAreDocumented()
    {
        var differences = Oracle.Value.MembershipDifferences();
        var signature = differences.Where(d => d.Kind == AtopOracle.MembershipKind.Signature && DocumentedFor(d) is null).ToArray();
        output.WriteLine($"ATOP from signature, Entente from entry into force or deposit: {signature.Length} ({string.Join(", ", signature.GroupBy(d => d.AtopId).Select(g => $"{g.Key}: {g.Count()}"))})");
        var other = differences.Except(signature).ToArray();
        foreach (var d in other)
            output.WriteLine($"atopid {d.AtopId} {d.Actor}: {d.Detail} — {(DocumentedFor(d, orWhole: true) is { } doc ? $"{doc.Class}: {doc.Why}" : "NOT DOCUMENTED")}");
        foreach (var kind in other.GroupBy(d => DocumentedFor(d, orWhole: true)?.Class ?? Class.Undocumented).OrderBy(g => g.Key))
            output.WriteLine($"{kind.Key}: {kind.Count()}");

        var undocumented = other.Where(d => DocumentedFor(d, orWhole: true) is null).ToArray();
        Assert.True(undocumented.Length == 0, $"{undocumented.Length} undocumented differences, first: {string.Join("; ", undocumented.Take(5).Select(d => $"atopid {d.AtopId} {d.Actor}: {d.Detail}"))}");
    }

    /// <summary>
    /// The documented entry for a membership difference: the actor's in that alliance (or, with <paramref name="orWhole"/>,
    /// the alliance's <c>*</c> entry). An entry of an exit class (kept in force, after ATOP) says nothing about the start of
    /// the membership, so it does not cover an entry difference; a difference of the signature kind is explained by its
    /// dates, and only an ATOP error or ATOP's phases override that.
    /// </summary>
    private static (Class Class, string Why)? DocumentedFor(AtopOracle.MembershipDifference d, bool orWhole = false)
    {
        if (Documented.TryGetValue((d.AtopId, d.Actor), out var own) && d.Kind switch
        {
            AtopOracle.MembershipKind.Signature => own.Class is Class.AtopError or Class.Phases,
            AtopOracle.MembershipKind.Entry => own.Class is not (Class.KeptInForce or Class.AfterAtop),
            _ => true,
        })
            return own;
        return orWhole && Documented.TryGetValue((d.AtopId, "*"), out var whole) ? whole : null;
    }

    /// <summary>The classes of a difference between a curated treaty and ATOP (data/AUDIT.md, "Agreement with ATOP by class").</summary>
    internal enum Class
    {
        /// <summary>ATOP dates a membership from a signature, the curated treaty from entry into force or the party's deposit (recognised from the dates).</summary>
        Signature,

        /// <summary>A curated date, from the source the curated file cites, differs from ATOP's.</summary>
        CuratedDate,

        /// <summary>ATOP ends a membership or the alliance; the curated treaty keeps it (a suspension, not an exit; a treaty no party denounced).</summary>
        KeptInForce,

        /// <summary>The curated treaty has a party ATOP does not code.</summary>
        NotInAtop,

        /// <summary>ATOP's alliance runs over instruments or phases the curated data codes apart (or not at all, where no defence pledge is at stake).</summary>
        Phases,

        /// <summary>A pledge coded differently: defence in one, none (or another direction) in the other, from the treaty text the curated file quotes.</summary>
        PledgeCoding,

        /// <summary>ATOP's coding differs from what the sources read show (a date in the wrong year).</summary>
        AtopError,

        /// <summary>After ATOP's coverage (2016): the curated data records a change ATOP cannot.</summary>
        AfterAtop,

        /// <summary>The state was not in the COW system (or did not exist, as the data says) on the day, so the import cut the membership.</summary>
        StateSystem,

        /// <summary>No documented difference covers it.</summary>
        Undocumented,
    }

    /// <summary>
    /// The curated treaties' deliberate differences from ATOP, each with its class and why, from the curated file named
    /// (whose sources say so). Keyed by atopid and actor; the actor <c>*</c> stands for the whole alliance (a pledge the two
    /// code differently). A pledge difference is documented when its alliance has a <c>*</c> entry, or when the defender's
    /// or the defended state's membership difference in that alliance covers the day, or when the alliance's entry for a
    /// state that is protected without being a party names it.
    /// </summary>
    private static readonly Dictionary<(int AtopId, string Actor), (Class Class, string Why)> Documented = new()
    {
        [(1415, "GBR")] = (Class.CuratedDate, AngloJapaneseEnd),
        [(1415, "JPN")] = (Class.CuratedDate, AngloJapaneseEnd),
        [(2005, "*")] = (Class.PledgeCoding, "ATOP 2005 codes Germany's defence pledge and none by the Ottoman Empire; central-powers-1914-1918.yaml codes the treaty of 2 August 1914 from its text: Germany's defence of Ottoman territory (Article 4) and the Ottoman casus foederis towards Germany if Russia intervenes (Article 2)"),
        [(2013, "BGR")] = (Class.AtopError, Bulgaria1915),
        [(2013, "XGE")] = (Class.AtopError, Bulgaria1915),
        [(2025, "*")] = (Class.PledgeCoding, "ATOP 2025 codes defence pledges by all four powers; entente-1914-1918.yaml codes the Treaty of London (1915) as an offence and consultation pact: Italy's entry into the war and its joint conduct, with no article on defence"),
        [(3075, "CUB")] = (Class.KeptInForce, "ATOP ends Cuba's membership on 1962-01-22; rio-treaty.yaml keeps Cuba a party whose government is excluded from participation from 1962-01-31 (Punta del Este, Resolution VI, in the Department of State Bulletin and the Final Act)"),
        [(3150, "CUB")] = (Class.KeptInForce, "ATOP ends Cuba's membership on 1962-01-22; oas-charter.yaml keeps Cuba a party whose participation was suspended from 1962-01-22 until the exclusion ceased to have effect in 2009 (only the year was read)"),
        [(3150, "CAN")] = (Class.NotInAtop, "Canada deposited its ratification of the OAS Charter on 1990-01-08 (the OAS depositary table, oas-charter.yaml); ATOP 3150 does not list Canada"),
        [(3150, "NIC")] = (Class.AfterAtop, "Nicaragua denounced the OAS Charter on 2021-11-19, with effect two years later (Article 143; oas-charter.yaml)"),
        [(3150, "VEN")] = (Class.AfterAtop, "Venezuela's government delivered its denunciation of the OAS Charter on 2017-04-28, with effect two years later (Article 143; EFE, oas-charter.yaml)"),
        [(3180, "MKD")] = (Class.AfterAtop, "North Macedonia joined NATO on 2020-03-27, after ATOP's coverage (north-atlantic-treaty.yaml)"),
        [(3180, "FIN")] = (Class.AfterAtop, "Finland joined NATO on 2023-04-04, after ATOP's coverage (north-atlantic-treaty.yaml)"),
        [(3180, "SWE")] = (Class.AfterAtop, "Sweden joined NATO on 2024-03-07, after ATOP's coverage (north-atlantic-treaty.yaml)"),
        [(3205, "SYR")] = (Class.KeptInForce, "ATOP ends Syria's membership on 2011-11-12; arab-league.yaml records the League's suspension of Syria (2011-11-12 to its readmission on 2023-05-07, Reuters) as a suspension, not an exit from the treaty"),
        [(3215, "NZL")] = (Class.KeptInForce, "ATOP ends New Zealand's membership on 1986-09-17; anzus.yaml keeps it a party and records the United States' suspension of its obligations towards it from that day"),
        [(3220, "*")] = (Class.PledgeCoding, "ATOP 3220 codes a U.S. defence pledge in the 1951 Security Treaty; us-japan.yaml codes none: its Article I says U.S. forces 'may be utilized', and the sources it cites say the treaty deliberately held no U.S. obligation"),
        [(3220, "USA")] = (Class.CuratedDate, "ATOP ends the 1951 treaty when the 1960 treaty was signed (1960-01-19); us-japan.yaml ends it when the 1960 treaty entered into force (1960-06-23)"),
        [(3220, "JPN")] = (Class.CuratedDate, "as for the United States (us-japan.yaml)"),
        [(3260, "KHM")] = (Class.PledgeCoding, SeatoProtocol),
        [(3260, "LAO")] = (Class.PledgeCoding, SeatoProtocol),
        [(3260, "XRV")] = (Class.PledgeCoding, SeatoProtocol),
        [(3260, "GBR")] = (Class.KeptInForce, SeatoEnd),
        [(3260, "FRA")] = (Class.KeptInForce, "ATOP's exit for France is 1974-06-30; seato.yaml records no withdrawal by France from the treaty"),
        [(3260, "PAK")] = (Class.CuratedDate, "ATOP's exit for Pakistan is 1972-11-08; seato.yaml has it leave on 1973-11-08"),
        [(3260, "PHL")] = (Class.KeptInForce, SeatoEnd),
        [(3260, "AUS")] = (Class.KeptInForce, SeatoEnd),
        [(3260, "NZL")] = (Class.KeptInForce, SeatoEnd),
        [(3260, "USA")] = (Class.KeptInForce, SeatoEnd),
        [(3260, "THA")] = (Class.KeptInForce, SeatoEnd),
        [(3285, "DDR")] = (Class.CuratedDate, "warsaw-pact.yaml has East Germany leave on 1990-09-24; ATOP keeps it until German unification (1990-10-03)"),
        [(3895, "NER")] = (Class.AfterAtop, EcowasExit),
        [(3895, "BFA")] = (Class.AfterAtop, EcowasExit),
        [(4175, "GBR")] = (Class.AfterAtop, "the United Kingdom left the EU on 2020-02-01, after ATOP's coverage (eu.yaml)"),
        [(4175, "*")] = (Class.Signature, "ATOP 4175 codes the EU's mutual defence clause (Article 42(7) TEU, from the Treaty of Lisbon) from Lisbon's signature (2007-11-13); eu.yaml from its entry into force"),
        [(4175, "AUT")] = (Class.Phases, "ATOP 4175 counts members of the Maastricht treaty from 1992 (consultation) and of Lisbon from its signature (defence): Austria, Finland and Sweden joined the EU in 1995"),
        [(4175, "FIN")] = (Class.Phases, "as for Austria (ATOP 4175 spans the Treaty on European Union and the Treaty of Lisbon)"),
        [(4175, "SWE")] = (Class.Phases, "as for Austria (ATOP 4175 spans the Treaty on European Union and the Treaty of Lisbon)"),
        [(4175, "POL")] = (Class.Phases, EuEntrants),
        [(4175, "HUN")] = (Class.Phases, EuEntrants),
        [(4175, "CZE")] = (Class.Phases, EuEntrants),
        [(4175, "SVK")] = (Class.Phases, EuEntrants),
        [(4175, "MLT")] = (Class.Phases, EuEntrants),
        [(4175, "SVN")] = (Class.Phases, EuEntrants),
        [(4175, "CYP")] = (Class.Phases, EuEntrants),
        [(4175, "BGR")] = (Class.Phases, EuEntrants),
        [(4175, "ROU")] = (Class.Phases, EuEntrants),
        [(4175, "EST")] = (Class.Phases, EuEntrants),
        [(4175, "LVA")] = (Class.Phases, EuEntrants),
        [(4175, "LTU")] = (Class.Phases, EuEntrants),
        [(4220, "UZB")] = (Class.KeptInForce, "ATOP ends Uzbekistan's membership on 2012-06-28; csto.yaml keeps it a party to the Collective Security Treaty and records the 2012 suspension as an event"),
        [(4985, "*")] = (Class.Phases, "ATOP 4985 codes the 2001 SADC Protocol on Politics, Defence and Security Co-operation as phase 1 (non-aggression only, from 2001-08-14; Seychelles a member until 2003-07-01) and the 2003 Mutual Defence Pact as phase 2; africa-regional.yaml curates the Pact, from 2003-08-26, and not the 2001 phase, which holds no defence pledge"),
    };

    private const string SeatoProtocol = "the Protocol to the Manila Treaty designates Cambodia, Laos and the free territory of Vietnam for the purposes of Article IV; seato.yaml codes that pledge towards them (its note says the designation's lapse is not recorded), while ATOP 3260 codes no pledge towards states that are not members";

    private const string SeatoEnd = "ATOP ends the alliance on 1977-06-30; seato.yaml records no end of the treaty for this party";

    private const string EuEntrants = "ATOP 4175 has the states that joined the EU in 2004 and 2007 only from the Treaty of Lisbon's signature (2007-11-13); eu.yaml has them parties to the Treaty on European Union from their accession";

    private const string AngloJapaneseEnd = "ATOP ends the Anglo-Japanese alliance at the signature of the Four-Power Treaty (1921-12-13); great-powers-1879-1937.yaml ends it on 1923-08-17, as Gibler gives it";

    private const string Bulgaria1915 = "ATOP 2013 dates the Bulgarian-German treaty 1914-09-06; central-powers-1914-1918.yaml has it signed on 1915-09-06, the date of the sources it read";

    private const string EcowasExit = "Burkina Faso, Mali and Niger left ECOWAS on 2025-01-29, after ATOP's coverage (cold-war-and-regional.yaml)";
}
