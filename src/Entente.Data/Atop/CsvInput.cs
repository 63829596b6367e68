using System.Globalization;
using nietras.SeparatedValues;

namespace Entente.Data.Atop;

/// <summary>
/// One CSV file of a research import, read with Sep: columns are found by their names in the header
/// (so extra or reordered columns do not matter), and every bad field becomes a <see cref="Problem"/>
/// with the file, the line and the column (<c>states.csv:17: column 4 (styear): 'x' is not a whole number</c>).
/// </summary>
/// <remarks>
/// The reader keeps going after a bad field so that one run reports every problem (up to
/// <see cref="MaxProblems"/> kept). Line endings may be LF or CRLF, and the last line needs no newline.
/// </remarks>
internal sealed class CsvInput : IDisposable
{
    public const int MaxProblems = 100;

    /// <summary>The largest file read, in bytes (512 MiB; ATOP's and COW's files are a few MB).</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    private readonly SepReader _reader;
    private readonly string[] _names;
    private readonly int[] _columns;
    private readonly int _needed;
    private int _headerCount;

    private CsvInput(SepReader reader, string file, string[] names, int required)
    {
        (_reader, File, _names) = (reader, file, names);
        _columns = new int[names.Length];
        Array.Fill(_columns, -1);
        ReadHeader(required);
        _needed = _columns.Max() + 1;
    }

    /// <summary>The file's name as the person gave it, for messages.</summary>
    public string File { get; }

    /// <summary>The 1-based line the current row starts on.</summary>
    public int Line { get; private set; }

    public List<Problem> Problems { get; } = [];

    /// <summary>How many problems were found, including those past <see cref="MaxProblems"/>.</summary>
    public int ProblemCount { get; private set; }

    /// <summary>
    /// Opens a file whose header must name every column in <paramref name="names"/>[..<paramref name="required"/>];
    /// the rest are optional. A missing column is a problem on line 1.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The path is not a file with an end (a pipe, a folder), or it holds more than <see cref="MaxBytes"/>.</exception>
    public static CsvInput Open(string path, string[] names, int required)
    {
        var stream = BoundedFile.OpenRead(path, MaxBytes);
        SepReader reader;
        try
        {
            reader = CreateReader().From(stream);
        }
        catch (NotSupportedException)
        {
            stream.Dispose();
            throw new InputFileException([new Problem(path, 1, "", TooLong)], 1);
        }
        return new(reader, path, names, required);
    }

    private const string TooLong = "a line is longer than 16 MiB, so this is not a CSV file of records (is it binary, or does a '\"' never close?)";

    /// <summary>As <see cref="Open"/>, from text in memory reported under <paramref name="file"/>.</summary>
    public static CsvInput OfText(string text, string file, string[] names, int required) =>
        new(CreateReader().FromText(text), file, names, required);

    // Comma only (no separator detection), quotes removed, and rows of any width: a short row is
    // reported as truncated here rather than failing the whole file inside Sep.
    private static SepReaderOptions CreateReader() =>
        Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true });

    /// <summary>Whether the header names the optional column <paramref name="which"/>.</summary>
    public bool Has(int which) => _columns[which] >= 0;

    /// <summary>Moves to the next data row that has every column this file needs; a shorter row is a problem and skipped.</summary>
    public bool MoveNext()
    {
        while (Next())
        {
            var row = _reader.Current;
            Line = row.LineNumberFrom;
            if (SpansLines(row))
                return false;
            if (row.ColCount == 1 && row.Span.Trim().IsEmpty)
                continue;
            if (row.ColCount < _needed)
            {
                var missing = -1;
                for (var n = 0; n < _columns.Length; n++)
                {
                    if (_columns[n] >= row.ColCount && (missing < 0 || _columns[n] < _columns[missing]))
                        missing = n;
                }
                Add(missing, $"missing: the line ends after {row.ColCount} of {_headerCount} columns (is it cut short?)");
                continue;
            }
            return true;
        }
        return false;
    }

    // Sep stops at a row over 16 MiB (/dev/zero, a binary file, a quote that never closes): a problem, not a crash.
    private bool Next()
    {
        try
        {
            return _reader.MoveNext();
        }
        catch (NotSupportedException)
        {
            Add(Line + 1, "", TooLong);
            return false;
        }
    }

    // Every record of these files is one line: a row that runs over several began with a '"' that does not close
    // there, and swallowed the lines after it. Stop with the line where it opened.
    private bool SpansLines(SepReader.Row row)
    {
        if (row.LineNumberToExcl - row.LineNumberFrom <= 1)
            return false;
        Add(row.LineNumberFrom, "", "a '\"' opens a quoted field that does not close on this line, so it swallows the lines after it; close the quote or remove it");
        return true;
    }

    /// <summary>The text of column <paramref name="which"/> in the current row; empty when the column is absent.</summary>
    public string Text(int which) => _columns[which] < 0 ? "" : _reader.Current[_columns[which]].ToString();

    /// <summary>A required whole number (digits only); null, with a problem, when the field is empty or not a number.</summary>
    public int? Int(int which)
    {
        var span = _reader.Current[_columns[which]].Span;
        if (span.IsEmpty)
        {
            Add(which, "is empty; a whole number is required");
            return null;
        }
        return Number(which, span);
    }

    /// <summary>An optional whole number: empty reads as <paramref name="empty"/>.</summary>
    public int? Int(int which, int empty)
    {
        if (_columns[which] < 0)
            return empty;
        var span = _reader.Current[_columns[which]].Span;
        return span.IsEmpty ? empty : Number(which, span);
    }

    private int? Number(int which, ReadOnlySpan<char> span)
    {
        if (int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return value;
        Add(which, $"'{span}' is not a whole number");
        return null;
    }

    /// <summary>Reports a problem with column <paramref name="which"/> of the current line.</summary>
    public void Add(int which, string message) =>
        Add(Line, which < 0 ? "" : $"column {_columns[which] + 1} ({_names[which]})", message);

    /// <summary>Reports a problem on a line, about a field (or "" for the whole line).</summary>
    public void Add(int line, string field, string message)
    {
        if (++ProblemCount <= MaxProblems)
            Problems.Add(new Problem(File, line, field, message));
    }

    /// <summary>Stops with every problem found, if there were any.</summary>
    /// <exception cref="InputFileException">The file had problems.</exception>
    public void ThrowIfProblems()
    {
        if (ProblemCount > 0)
            throw new InputFileException(Problems, ProblemCount);
    }

    private void ReadHeader(int required)
    {
        if (!Next())
        {
            if (ProblemCount == 0)
                Add(0, "", "the file is empty; it needs a header line naming its columns");
            return;
        }
        var header = _reader.Current;
        if (SpansLines(header))
            return;
        _headerCount = header.ColCount;
        var found = new string[header.ColCount];
        for (var i = 0; i < header.ColCount; i++)
            found[i] = header[i].ToString().Trim();
        if (found.Any(f => f.Any(c => char.IsControl(c) && c != '\t')))
        {
            Add(1, "header", "holds control characters (NUL and the like): this is not a CSV text file");
            return;
        }
        // A name twice would leave it to chance which column is read.
        foreach (var twice in found.Select((name, i) => (name, i)).Where(f => f.name.Length > 0).GroupBy(f => f.name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            Add(1, "header", $"the column name '{twice.Key}' appears {twice.Count()} times (columns {string.Join(", ", twice.Select(f => f.i + 1))}); name each column once");
        for (var n = 0; n < _names.Length; n++)
            _columns[n] = Array.FindIndex(found, f => f.Equals(_names[n], StringComparison.OrdinalIgnoreCase));
        for (var n = 0; n < required; n++)
        {
            if (_columns[n] < 0)
                Add(1, "header", $"no column '{_names[n]}'; the header has {string.Join(", ", found.Where(f => f.Length > 0).Take(15))}{(found.Length > 15 ? ", …" : "")}");
        }
    }

    public void Dispose() => _reader.Dispose();
}
