using System.Globalization;
using CsCheck;
using Entente.Data.Atop;

namespace Entente.Data.Tests.Atop;

/// <summary>One COW spell as generated: exact dates.</summary>
internal sealed record RawSpell(int Code, DateOnly From, DateOnly To);

/// <summary>One ATOP member row as generated: month or day 0 is missing; exit year 0 is "still in force".</summary>
internal sealed record RawMember(int AtopId, int Member, int Phase, int EntryYear, int EntryMonth, int EntryDay, int ExitYear, int ExitMonth, int ExitDay, int Pledges);

/// <summary>
/// A small random world (a few states with one or two spells, a few alliances with partial dates and
/// phases) written as CSV in the real formats, and an oracle that answers each dyad-year from the
/// raw values with its own plain interval arithmetic.
/// </summary>
internal sealed record RandomWorld(RawSpell[] Spells, RawMember[] Members, bool Directed, int From, int To)
{
    private static readonly int[] Codes = [2, 20, 200, 255, 740];

    private static readonly Gen<DateOnly> Day = Gen.Int[new DateOnly(1898, 1, 1).DayNumber, new DateOnly(1916, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<RawSpell[]> StateSpells = Gen.Select(Day, Gen.Int[0, 2500], Gen.Bool, Gen.Int[1, 1500], Gen.Int[0, 2500],
        (start, length, twice, gap, length2) =>
        {
            var end = start.AddDays(length);
            return twice ? [new RawSpell(0, start, end), new RawSpell(0, end.AddDays(gap), end.AddDays(gap + length2))] : new[] { new RawSpell(0, start, end) };
        });

    private static readonly Gen<RawMember> Member = Gen.Select(
        Gen.Select(Gen.Int[0, Codes.Length], Gen.Int[1898, 1918], Gen.Int[0, 12], Gen.Int[0, 28]),
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 8], Gen.Int[0, 12], Gen.Int[0, 28]),
        Gen.Select(Gen.Int[0, 31], Gen.Int[0, 2]),
        (entry, exit, rest) => new RawMember(0, entry.Item1 == Codes.Length ? 8152 : Codes[entry.Item1], rest.Item2,
            entry.Item2, entry.Item3, entry.Item4, exit.Item1 == 0 ? 0 : entry.Item2 + exit.Item2, exit.Item3, exit.Item4, rest.Item1));

    public static readonly Gen<RandomWorld> Worlds = Gen.Select(
        StateSpells.Array[Codes.Length], Gen.Bool.Array[Codes.Length], Member.Array[2, 5].Array[1, 4],
        Gen.Bool, Gen.Int[1895, 1912], Gen.Int[0, 14],
        (spells, present, alliances, directed, from, span) =>
        {
            var kept = spells.Select((s, i) => (s, i)).Where(x => present[x.i] || x.i < 2)
                .SelectMany(x => x.s.Select(spell => spell with { Code = Codes[x.i] })).ToArray();
            var members = alliances.SelectMany((rows, k) => rows.Select(r => Fix(r with { AtopId = 1000 + k }))).ToArray();
            return new RandomWorld(kept, members, directed, from, from + span);
        });

    // An exit before its entry is not a world ATOP could hold: make that member still in force.
    private static RawMember Fix(RawMember m) =>
        m.ExitYear != 0 && Exit(m, 9999) < Entry(m) ? m with { ExitYear = 0, ExitMonth = 0, ExitDay = 0 } : m;

    public string StatesCsv() => string.Join("\r\n", [SmallFiles.StatesHeader,
        .. Spells.Select(s => string.Create(CultureInfo.InvariantCulture, $"S{s.Code},{s.Code},State {s.Code},{s.From.Year},{s.From.Month},{s.From.Day},{s.To.Year},{s.To.Month},{s.To.Day},2016,,,"))]);

    public string MembersCsv() => SmallFiles.Members([.. Members.Select(m => string.Create(CultureInfo.InvariantCulture,
        $"{m.AtopId},,{m.Member},{m.EntryYear},{Blank(m.EntryMonth, m.Pledges)},{Blank(m.EntryDay, m.Pledges)},{m.ExitYear},{m.ExitMonth},{Blank(m.ExitDay, m.Pledges)},{m.Phase},{m.Pledges & 1},{(m.Pledges >> 1) & 1},{(m.Pledges >> 2) & 1},{(m.Pledges >> 3) & 1},{(m.Pledges >> 4) & 1},0,0,4.01"))]);

    // ATOP writes a missing day as an empty field, and sometimes as 0: use both.
    private static string Blank(int value, int salt) => value == 0 && salt % 2 == 0 ? "" : value.ToString(CultureInfo.InvariantCulture);

    public DyadYearTable Table() => DyadYearTable.Build(CowStateSystem.Parse(StatesCsv(), "states.csv"),
        AtopMemberFile.Parse(MembersCsv(), "members.csv"), new DyadYearOptions(Directed, From, To));

    public int CoverageFirst => Members.Min(m => m.EntryYear);

    public int CoverageLast => Members.Max(m => Math.Max(m.EntryYear, m.ExitYear));

    public static DateOnly Entry(RawMember m) => new(m.EntryYear, m.EntryMonth == 0 ? 1 : m.EntryMonth, m.EntryDay == 0 ? 1 : m.EntryDay);

    public static DateOnly Exit(RawMember m, int coverageLast)
    {
        if (m.ExitYear == 0)
            return new DateOnly(coverageLast, 12, 31);
        var month = m.ExitMonth == 0 ? 12 : m.ExitMonth;
        return new DateOnly(m.ExitYear, month, m.ExitDay == 0 ? DateTime.DaysInMonth(m.ExitYear, month) : m.ExitDay);
    }

    /// <summary>Whether [a1, a2], [b1, b2] and the year share a day.</summary>
    public static bool ShareADay(DateOnly a1, DateOnly a2, DateOnly b1, DateOnly b2, int year)
    {
        var first = new[] { a1, b1, new DateOnly(year, 1, 1) }.Max();
        var last = new[] { a2, b2, new DateOnly(year, 12, 31) }.Min();
        return first <= last;
    }

    private DateOnly SpellEnd(RawSpell s) => s.To == Spells.Max(x => x.To) ? DateOnly.MaxValue : s.To;

    public bool DyadExists(int a, int b, int year) =>
        Spells.Where(s => s.Code == a).Any(sa => Spells.Where(s => s.Code == b).Any(sb => ShareADay(sa.From, SpellEnd(sa), sb.From, SpellEnd(sb), year)));

    /// <summary>The member rows behind a→b in a year: same alliance, overlapping on a day of it, a's row promising something.</summary>
    public IEnumerable<(RawMember A, RawMember B)> Backing(int a, int b, int year) =>
        from ra in Members
        where ra.Member == a && ra.Pledges != 0
        from rb in Members
        where rb.Member == b && rb.AtopId == ra.AtopId && ShareADay(Entry(ra), Exit(ra, CoverageLast), Entry(rb), Exit(rb, CoverageLast), year)
        select (ra, rb);

    /// <summary>Every row the table should hold, worked out from the raw values.</summary>
    public IEnumerable<Row> Expected()
    {
        var codes = Spells.Select(s => s.Code).Distinct().Order().ToArray();
        foreach (var a in codes)
        {
            foreach (var b in codes)
            {
                if (a == b || (!Directed && a > b))
                    continue;
                for (var year = From; year <= To; year++)
                {
                    if (!DyadExists(a, b, year))
                        continue;
                    if (year < CoverageFirst || year > CoverageLast)
                    {
                        yield return new Row(a, b, year, null, "", "");
                        continue;
                    }
                    var backing = Backing(a, b, year).Concat(Directed ? [] : Backing(b, a, year)).ToArray();
                    var pledges = (Pledges)backing.Aggregate(0, (all, x) => all | x.A.Pledges);
                    var treaties = string.Join(' ', backing.Select(x => x.A.AtopId).Distinct().Order());
                    yield return new Row(a, b, year, pledges, treaties, "atop-4.01");
                }
            }
        }
    }

    public override string ToString() => $"directed={Directed} {From}–{To}\n{StatesCsv()}\n{MembersCsv()}";
}
