namespace Entente.Data.Atop;

/// <summary>
/// An input file a researcher gave (a COW state list, an ATOP member file) has problems: every one of
/// them, each with its file, line and column, in <see cref="Problems"/>.
/// </summary>
public sealed class InputFileException : Exception
{
    /// <summary>How many problems the message lists before it says how many more there are.</summary>
    public const int Shown = 20;

    public InputFileException(IReadOnlyList<Problem> problems, int total)
        : base(Describe(problems, total)) => (Problems, Total) = (problems, total);

    public InputFileException() : this([], 0) { }

    public InputFileException(string message) : base(message) => Problems = [];

    public InputFileException(string message, Exception inner) : base(message, inner) => Problems = [];

    /// <summary>The problems found, in file order (at most 100 per file are kept).</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>How many problems there were in all, kept or not.</summary>
    public int Total { get; }

    private static string Describe(IReadOnlyList<Problem> problems, int total)
    {
        var lines = problems.Take(Shown).Select(p => p.ToString()).ToList();
        if (total > lines.Count)
            lines.Add($"… and {total - lines.Count} more problem(s).");
        return string.Join('\n', lines);
    }
}
