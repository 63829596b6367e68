namespace Entente.Data.Atop;

/// <summary>
/// The Correlates of War state system as read from a <c>states2016.csv</c>-format file: one row per
/// spell of membership (<c>stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version</c>).
/// </summary>
/// <remarks>
/// Only the named columns are read: the v2016 file's 11 unnamed trailing columns, some holding
/// spreadsheet leftovers (<c>164200</c>, <c>#REF!</c>), are ignored. Inside the named ones nothing is
/// guessed: every date part must be a number and a real date, and every spell must end on or after its start.
/// </remarks>
public sealed class CowStateSystem
{
    private static readonly string[] Columns = ["ccode", "styear", "stmonth", "stday", "endyear", "endmonth", "endday", "stateabb", "version", "statenme"];
    private const int Required = 7;
    private const int Code = 0, StartYear = 1, StartMonth = 2, StartDay = 3, EndYear = 4, EndMonth = 5, EndDay = 6, Abbreviation = 7, Version = 8, Name = 9;

    public CowStateSystem(IReadOnlyList<CowState> states)
    {
        if (states.Count == 0)
            throw new ArgumentException("A state system needs at least one state.", nameof(states));
        if (states.FirstOrDefault(s => s.Code is < 1 or > 999) is { } odd)
            throw new ArgumentException($"State code {odd.Code} is not a COW code (1 to 999).", nameof(states));
        States = states;
        FirstDay = states.Min(s => s.Spells[0].First);
        LastDay = states.Max(s => s.Spells[^1].Last);
    }

    /// <summary>Every state, by code, each with its spells in order.</summary>
    public IReadOnlyList<CowState> States { get; }

    /// <summary>The first day any state is in the system (1816-01-01 in v2016).</summary>
    public DateOnly FirstDay { get; }

    /// <summary>The last day the file speaks of (2016-12-31 in v2016): the end of the data, not of the states.</summary>
    public DateOnly LastDay { get; }

    /// <summary>Reads a states file.</summary>
    /// <exception cref="InputFileException">The file has problems; the exception lists each with its line and column.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static CowStateSystem Read(string path)
    {
        using var input = CsvInput.Open(path, Columns, Required);
        return Read(input);
    }

    /// <summary>Reads states from CSV text, reporting problems under the name <paramref name="file"/>.</summary>
    public static CowStateSystem Parse(string text, string file)
    {
        using var input = CsvInput.OfText(text, file, Columns, Required);
        return Read(input);
    }

    private static CowStateSystem Read(CsvInput input)
    {
        input.ThrowIfProblems();
        var spells = new SortedDictionary<int, List<(DaySpan Spell, int Line, string Abbreviation, string Name)>>();
        while (input.MoveNext())
        {
            var code = input.Int(Code);
            var start = CsvDates.ReadExact(input, StartYear, StartMonth, StartDay);
            var end = CsvDates.ReadExact(input, EndYear, EndMonth, EndDay);
            var abbreviation = input.Text(Abbreviation).Trim();
            if (input.Has(Abbreviation) && abbreviation.Length == 0)
                input.Add(Abbreviation, "is empty; every state has a three-letter code");
            if (input.Has(Version))
                _ = input.Int(Version);
            if (code is not { } c || start is not { } from || end is not { } to)
                continue;
            if (c is < 1 or > 999)
            {
                input.Add(Code, $"{c} is not a COW state code (1 to 999)");
                continue;
            }
            if (to < from)
            {
                input.Add(EndYear, $"the spell ends on {to:yyyy-MM-dd}, before it starts on {from:yyyy-MM-dd}");
                continue;
            }
            if (!spells.TryGetValue(c, out var list))
                spells[c] = list = [];
            list.Add((new DaySpan(from, to), input.Line, abbreviation, input.Has(Name) ? input.Text(Name).Trim() : ""));
        }
        var states = new List<CowState>(spells.Count);
        foreach (var (code, list) in spells)
        {
            list.Sort((a, b) => a.Spell.First.CompareTo(b.Spell.First));
            for (var i = 1; i < list.Count; i++)
            {
                if (list[i].Spell.First <= list[i - 1].Spell.Last)
                    input.Add(list[i].Line, "", $"state {code}'s spell {list[i].Spell} overlaps its spell {list[i - 1].Spell} on line {list[i - 1].Line}");
            }
            states.Add(new CowState(code, list[0].Abbreviation, list.Select(s => s.Spell).ToArray(), list[^1].Name));
        }
        if (states.Count == 0 && input.ProblemCount == 0)
            input.Add(1, "", "the file has a header but no states");
        input.ThrowIfProblems();
        return new CowStateSystem(states);
    }
}
