namespace Entente.Data.Atop;

/// <summary>
/// An ATOP member-level file (ATOP 4.01 <c>atop4_01m</c> or 5.x <c>atop5_1m</c> format): one row per member and
/// alliance phase. Columns are found by name, so the file's other ~90 columns do not matter.
/// </summary>
/// <remarks>
/// <para>ATOP's dates may be partial. A missing (empty or 0) entry month or day counts as 1; a missing exit
/// month as 12 and a missing exit day as the last day of its month; <c>yrexit = 0</c> means the membership
/// was still in force at the end of the data, so it runs to 31 December of <see cref="LastYear"/>.</para>
/// <para>The file's coverage is taken from its own dates: <see cref="FirstYear"/> is the earliest entry year,
/// <see cref="LastYear"/> the latest entry or exit year (1815–2016 for ATOP 4.01, whose codebook gives the
/// same years). A dyad-year outside it is unknown (NA), not 0.</para>
/// </remarks>
public sealed class AtopMemberFile
{
    private static readonly string[] Columns =
    [
        "atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit",
        "defense", "offense", "neutral", "nonagg", "consul", "phase", "asymm", "obvary", "version",
    ];
    private const int Required = 13;
    private const int AtopId = 0, Member = 1, EntryYear = 2, EntryMonth = 3, EntryDay = 4, ExitYear = 5, ExitMonth = 6, ExitDay = 7;
    /// <summary>The longest <c>version</c> value accepted ("4.01", "5.1").</summary>
    public const int MaxVersionLength = 15;
    private const int FirstPledge = 8, Phase = 13, Asymm = 14, Obvary = 15, VersionColumn = 16;

    public AtopMemberFile(IReadOnlyList<AtopMember> members, string version, int firstYear, int lastYear)
    {
        if (lastYear < firstYear)
            throw new ArgumentException($"Coverage cannot end in {lastYear}, before it starts in {firstYear}.", nameof(lastYear));
        ArgumentNullException.ThrowIfNull(version);
        if (version.Length > MaxVersionLength || version.Any(char.IsControl))
            throw new ArgumentException($"A version is at most {MaxVersionLength} characters, none of them control characters.", nameof(version));
        (Members, Version, FirstYear, LastYear) = (members, version, firstYear, lastYear);
    }

    /// <summary>Every member row, in file order.</summary>
    public IReadOnlyList<AtopMember> Members { get; }

    /// <summary>The file's <c>version</c> column ("4.01"), or empty when it has none.</summary>
    public string Version { get; }

    /// <summary>The first year the data covers.</summary>
    public int FirstYear { get; }

    /// <summary>The last year the data covers: an alliance still in force then has <c>yrexit = 0</c>.</summary>
    public int LastYear { get; }

    /// <summary>How rows drawn from this file name their source: <c>atop-4.01</c>.</summary>
    public string SourceName => Version.Length > 0 ? $"atop-{Version}" : "atop";

    /// <summary>Reads a member-level file.</summary>
    /// <exception cref="InputFileException">The file has problems; the exception lists each with its line and column.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static AtopMemberFile Read(string path)
    {
        using var input = CsvInput.Open(path, Columns, Required);
        return Read(input);
    }

    /// <summary>Reads member rows from CSV text, reporting problems under the name <paramref name="file"/>.</summary>
    public static AtopMemberFile Parse(string text, string file)
    {
        using var input = CsvInput.OfText(text, file, Columns, Required);
        return Read(input);
    }

    private static AtopMemberFile Read(CsvInput input)
    {
        input.ThrowIfProblems();
        // Exits with yrexit = 0 wait for the coverage's last year, known only at the end of the file.
        var rows = new List<(int AtopId, int State, int Phase, DateOnly Entry, DateOnly? Exit, Pledges Pledges, bool Asymmetric, int Line)>();
        var version = "";
        var versionRead = false;
        int firstYear = int.MaxValue, lastYear = int.MinValue;
        while (input.MoveNext())
        {
            var atopId = input.Int(AtopId);
            var state = input.Int(Member);
            var phase = input.Int(Phase, 0);
            var entry = CsvDates.Read(input, EntryYear, EntryMonth, EntryDay, noMonth: 1, lastDayIfMissing: false);
            var exitYear = input.Int(ExitYear);
            var ongoing = exitYear == 0;
            var exit = exitYear is > 0 ? CsvDates.Read(input, ExitYear, ExitMonth, ExitDay, noMonth: 12, lastDayIfMissing: true) : null;
            var pledges = ReadPledges(input);
            var asymmetric = input.Int(Asymm, 0) == 1 || input.Int(Obvary, 0) == 1;
            if (!versionRead && input.Text(VersionColumn).Trim() is { Length: > 0 } written)
            {
                versionRead = true;
                // The version names the source of every row written ("atop-4.01"): short, and plain characters only.
                if (written.Length <= MaxVersionLength && written.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
                    version = written;
                else
                    input.Add(VersionColumn, $"'{(written.Length > 20 ? written[..20] + "…" : written)}' is not a version such as 4.01: at most {MaxVersionLength} letters, digits, '.', '-' or '_'");
            }
            if (atopId is not { } id || state is not { } code || phase is not { } p || entry is not { } from || pledges is not { } promised
                || (!ongoing && exit is null))
                continue;
            // ATOP codes a few members outside the COW system with four digits (8152 in alliance 1320).
            if (code < 1)
            {
                input.Add(Member, $"{code} is not a state code");
                continue;
            }
            if (exit is { } to && to < from)
            {
                input.Add(ExitYear, $"the membership ends on {to:yyyy-MM-dd}, before it starts on {from:yyyy-MM-dd}");
                continue;
            }
            firstYear = Math.Min(firstYear, from.Year);
            lastYear = Math.Max(lastYear, Math.Max(from.Year, exit?.Year ?? 0));
            rows.Add((id, code, p, from, exit, promised, asymmetric, input.Line));
        }
        if (rows.Count == 0 && input.ProblemCount == 0)
            input.Add(1, "", "the file has a header but no member rows");
        input.ThrowIfProblems();
        var end = new DateOnly(lastYear, 12, 31);
        var members = rows.Select(r => new AtopMember(r.AtopId, r.State, r.Phase, new DaySpan(r.Entry, r.Exit ?? end), r.Pledges, r.Asymmetric, r.Line)).ToArray();
        return new AtopMemberFile(members, version, firstYear, lastYear);
    }

    private static Pledges? ReadPledges(CsvInput input)
    {
        var pledges = Pledges.None;
        var ok = true;
        for (var i = 0; i < 5; i++)
        {
            switch (input.Int(FirstPledge + i))
            {
                case 1:
                    pledges |= (Pledges)(1 << i);
                    break;
                case 0:
                    break;
                case { } other:
                    input.Add(FirstPledge + i, $"{other} is not 0 or 1");
                    ok = false;
                    break;
                default:
                    ok = false;
                    break;
            }
        }
        return ok ? pledges : null;
    }
}
