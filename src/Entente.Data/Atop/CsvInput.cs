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
    public static CsvInput Open(string path, string[] names, int required) =>
        new(CreateReader().FromFile(path), path, names, required);

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
        while (_reader.MoveNext())
        {
            var row = _reader.Current;
            Line = row.LineNumberFrom;
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
        if (!_reader.MoveNext())
        {
            Add(0, "", "the file is empty; it needs a header line naming its columns");
            return;
        }
        var header = _reader.Current;
        _headerCount = header.ColCount;
        var found = new string[header.ColCount];
        for (var i = 0; i < header.ColCount; i++)
            found[i] = header[i].ToString().Trim();
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
