namespace Entente.Data.Atop;

/// <summary>A date as ATOP writes it, in three columns: a month or day of 0 (or empty) is not known.</summary>
public readonly record struct AtopDate(int Year, int Month, int Day)
{
    /// <summary>The date at ATOP's precision, as the data set writes it: <c>1894</c>, <c>1894-01</c>, <c>1894-01-04</c>.</summary>
    public string Text => Month == 0 ? $"{Year:D4}" : Day == 0 ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}-{Month:D2}-{Day:D2}";

    /// <summary>The first day it can stand for (an entry).</summary>
    public DateOnly First => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    /// <summary>The last day it can stand for (an exit, which ATOP counts as a day in force).</summary>
    public DateOnly Last => Month == 0 ? new(Year, 12, 31) : new(Year, Month, Day == 0 ? DateTime.DaysInMonth(Year, Month) : Day);

    /// <summary>
    /// The exclusive end the data set writes for an exit on this date, at the same precision: the next day, the
    /// next month or the next year (ATOP's exit 1977-05 means in force through 31 May 1977, so <c>left: 1977-06</c>).
    /// </summary>
    public string ExclusiveEndText => Month == 0 ? $"{Year + 1:D4}"
        : Day == 0 ? (Month == 12 ? $"{Year + 1:D4}-01" : $"{Year:D4}-{Month + 1:D2}")
        : Last.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static AtopDate Of(DateOnly day) => new(day.Year, day.Month, day.Day);
}

/// <summary>The kinds of condition ATOP codes on a pledge (member level), each with the words a condition gets.</summary>
/// <remarks>
/// Glosses are given only where the variable's name says what it codes (adversary, location, conflict,
/// non-provocation); for the others the condition names ATOP's variable, to be read in ATOP's codebook.
/// </remarks>
public static class AtopConditions
{
    /// <summary>Per pledge (defence, offence, neutrality, consultation): the member-level columns and their words.</summary>
    public static readonly IReadOnlyDictionary<Pledges, (string Column, string Words)[]> ByPledge = new Dictionary<Pledges, (string, string)[]>
    {
        [Pledges.Defence] =
        [
            ("defcoadv", "only against a specific adversary (ATOP defcoadv)"),
            ("defcoloc", "only for a conflict in a specific location (ATOP defcoloc)"),
            ("defcocon", "only in a specific conflict (ATOP defcocon)"),
            ("defconum", "conditional on the number of adversaries (ATOP defconum)"),
            ("defcodem", "conditional as ATOP codes defcodem (see ATOP's codebook)"),
            ("defconpr", "only if the partner did not provoke the attack (ATOP defconpr, non-provocation)"),
        ],
        [Pledges.Offence] =
        [
            ("offcoadv", "only against a specific adversary (ATOP offcoadv)"),
            ("offcoloc", "only for a conflict in a specific location (ATOP offcoloc)"),
            ("offcocon", "only in a specific conflict (ATOP offcocon)"),
            ("offconum", "conditional on the number of adversaries (ATOP offconum)"),
            ("offcodem", "conditional as ATOP codes offcodem (see ATOP's codebook)"),
        ],
        [Pledges.Neutrality] =
        [
            ("neucoadv", "only against a specific adversary (ATOP neucoadv)"),
            ("neucoloc", "only for a conflict in a specific location (ATOP neucoloc)"),
            ("neucocon", "only in a specific conflict (ATOP neucocon)"),
            ("neuconum", "conditional on the number of adversaries (ATOP neuconum)"),
            ("neucodem", "conditional as ATOP codes neucodem (see ATOP's codebook)"),
            ("neuconpr", "only if the partner did not provoke the conflict (ATOP neuconpr, non-provocation)"),
            ("neucoatt", "conditional as ATOP codes neucoatt (see ATOP's codebook)"),
        ],
        [Pledges.Consultation] =
        [
            ("concoadv", "only about a specific adversary (ATOP concoadv)"),
            ("concoloc", "only for a conflict in a specific location (ATOP concoloc)"),
            ("concocon", "only in a specific conflict (ATOP concocon)"),
            ("concoreq", "conditional as ATOP codes concoreq (see ATOP's codebook)"),
        ],
    };

    /// <summary>Every condition column, in a fixed order.</summary>
    public static readonly string[] Columns = [.. ByPledge.Values.SelectMany(c => c).Select(c => c.Column)];
}

/// <summary>One member row of ATOP's member-level file at ATOP's own precision, for the import.</summary>
/// <param name="Conditions">The condition columns set to 1 (names from <see cref="AtopConditions.Columns"/>).</param>
public sealed record AtopMemberRow(int AtopId, int State, int Phase, AtopDate Entry, AtopDate? Exit, Pledges Pledges,
    bool Asymmetric, IReadOnlySet<string> Conditions, int Line);

/// <summary>One row of ATOP's alliance-level file: the alliance's own dates.</summary>
public sealed record AtopAllianceRow(int AtopId, AtopDate Begin, AtopDate? End, bool Bilateral, int Line);

/// <summary>Reads ATOP's member-level and alliance-level files at ATOP's precision, for <see cref="AtopImport"/>.</summary>
public static class AtopCodebook
{
    private static readonly string[] MemberColumns =
    [
        "atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit", "phase",
        "defense", "offense", "neutral", "nonagg", "consul", "asymm", "obvary", .. AtopConditions.Columns,
    ];

    private static readonly string[] AllianceColumns = ["atopid", "begyr", "begmo", "begday", "endyr", "endmo", "endday", "bilat"];

    /// <summary>Reads a member-level file (<c>atop4_01m.csv</c>).</summary>
    /// <exception cref="InputFileException">The file has problems; each with its line and column.</exception>
    public static IReadOnlyList<AtopMemberRow> ReadMembers(string path)
    {
        using var input = CsvInput.Open(path, MemberColumns, 14);
        return ReadMembers(input);
    }

    /// <summary>Reads member rows from CSV text, reporting problems under <paramref name="file"/>.</summary>
    public static IReadOnlyList<AtopMemberRow> ParseMembers(string text, string file)
    {
        using var input = CsvInput.OfText(text, file, MemberColumns, 14);
        return ReadMembers(input);
    }

    /// <summary>Reads an alliance-level file (<c>atop4_01a.csv</c>).</summary>
    public static IReadOnlyList<AtopAllianceRow> ReadAlliances(string path)
    {
        using var input = CsvInput.Open(path, AllianceColumns, 7);
        return ReadAlliances(input);
    }

    public static IReadOnlyList<AtopAllianceRow> ParseAlliances(string text, string file)
    {
        using var input = CsvInput.OfText(text, file, AllianceColumns, 7);
        return ReadAlliances(input);
    }

    private static List<AtopMemberRow> ReadMembers(CsvInput input)
    {
        input.ThrowIfProblems();
        var rows = new List<AtopMemberRow>();
        while (input.MoveNext())
        {
            var id = input.Int(0);
            var state = input.Int(1);
            var entry = Date(input, 2, 3, 4);
            var exitYear = input.Int(5);
            var exit = exitYear is > 0 ? Date(input, 5, 6, 7) : null;
            var phase = input.Int(8, 0);
            var pledges = Pledges.None;
            for (var i = 0; i < 5; i++)
            {
                if (input.Int(9 + i) is 1)
                    pledges |= (Pledges)(1 << i);
            }
            var asymmetric = input.Int(14, 0) == 1 || input.Int(15, 0) == 1;
            var conditions = new HashSet<string>(StringComparer.Ordinal);
            for (var c = 0; c < AtopConditions.Columns.Length; c++)
            {
                if (input.Has(16 + c) && input.Int(16 + c, 0) == 1)
                    conditions.Add(AtopConditions.Columns[c]);
            }
            if (id is not { } atopId || state is not { } code || entry is not { } from || phase is not { } p || exitYear is null || (exitYear > 0 && exit is null))
                continue;
            if (exit is { } to && to.Last < from.First)
            {
                input.Add(5, $"the membership ends on {to.Text}, before it starts on {from.Text}");
                continue;
            }
            rows.Add(new AtopMemberRow(atopId, code, p, from, exit, pledges, asymmetric, conditions, input.Line));
        }
        input.ThrowIfProblems();
        return rows;
    }

    private static List<AtopAllianceRow> ReadAlliances(CsvInput input)
    {
        input.ThrowIfProblems();
        var rows = new List<AtopAllianceRow>();
        while (input.MoveNext())
        {
            var id = input.Int(0);
            var begin = Date(input, 1, 2, 3);
            var endYear = input.Int(4);
            var end = endYear is > 0 ? Date(input, 4, 5, 6) : null;
            var bilateral = input.Int(7, 0) == 1;
            if (id is { } atopId && begin is { } from && endYear is not null && (endYear == 0 || end is not null))
                rows.Add(new AtopAllianceRow(atopId, from, end, bilateral, input.Line));
        }
        input.ThrowIfProblems();
        return rows;
    }

    private static AtopDate? Date(CsvInput input, int yearColumn, int monthColumn, int dayColumn)
    {
        // CsvDates checks the parts (a real month, a day inside it); the parts are then kept as ATOP gives them.
        if (CsvDates.Read(input, yearColumn, monthColumn, dayColumn, noMonth: 1, lastDayIfMissing: false) is null)
            return null;
        var month = input.Int(monthColumn, 0) ?? 0;
        return new AtopDate(input.Int(yearColumn) ?? 0, month, month == 0 ? 0 : input.Int(dayColumn, 0) ?? 0);
    }
}
