using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;

namespace Entente.Data.Atop;

/// <summary>
/// Writes dyad-year rows as CSV in peacesciencer's column names and order, then <c>atopids</c> and
/// <c>source</c>: <c>2,740,1960,1,0,0,1,1,3220 3375,atop-4.01</c>. UTF-8, LF line endings, no quoting
/// (no field can hold a comma).
/// </summary>
/// <remarks>
/// An unknown flag (NA: no source covers the year) is an empty field, as R's <c>read.csv</c> and
/// <c>readr</c> read NA. <c>atopids</c> lists the treaties behind the flags, ascending and separated by
/// spaces; it is empty when no flag is set. Bytes are formatted into a buffer and written in 1 MiB
/// blocks, each on the thread pool while the next is filled: no string is made per row, and formatting
/// and the kernel's copying overlap.
/// </remarks>
public sealed class DyadYearCsvWriter : IDyadYearSink
{
    public const string Header = "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul,atopids,source\n";

    private const int BufferSize = 1 << 20;
    private const int Unknown = 32;

    // "1960," for every year a table can hold.
    private static readonly byte[][] YearFields = [.. Enumerable.Range(Years.Min, Years.Max - Years.Min + 1).Select(y => Encoding.ASCII.GetBytes($"{y},"))];

    // The five flags and the comma before atopids, by pledge bits: "1,0,0,0,1,"; index 32 is NA: ",,,,,".
    private static readonly byte[][] FlagFields = [.. Enumerable.Range(0, 33).Select(mask => Encoding.ASCII.GetBytes(mask == Unknown ? ",,,,,"
        : string.Join(',', Enumerable.Range(0, 5).Select(bit => (mask >> bit) & 1)) + ","))];

    private readonly Stream _stream;
    private byte[] _buffer = new byte[BufferSize];
    private byte[] _spare = new byte[BufferSize];
    private Task _writing = Task.CompletedTask;
    private readonly byte[][] _treaties;
    private readonly byte[][] _sources;
    private readonly byte[][] _tails;
    private readonly int _longestTreaty;
    private readonly byte[] _pair = new byte[16];
    private int _pairLength;
    private (int, int) _lastPair = (-1, -1);
    private int _used;

    /// <summary>Starts with the header; the caller owns <paramref name="stream"/> and calls <see cref="Complete"/> at the end.</summary>
    public DyadYearCsvWriter(Stream stream, DyadYearTable table)
    {
        _stream = stream;
        _treaties = table.Treaties.Select(Encoding.UTF8.GetBytes).ToArray();
        _longestTreaty = _treaties.Length == 0 ? 0 : _treaties.Max(t => t.Length);
        _sources = Enum.GetValues<DyadSource>().Select(s => Encoding.UTF8.GetBytes("," + table.SourceName(s) + "\n")).ToArray();
        // Flags, no treaties, then the source: most rows end with one of these.
        _tails = [.. Enumerable.Range(0, 33 * _sources.Length).Select(k => (byte[])[.. FlagFields[k % 33], .. _sources[k / 33]])];
        _used = Encoding.ASCII.GetBytes(Header, _buffer);
    }

    // Optimized at once: called for every row of a one-shot export, before tiered compilation would step in.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(in DyadYear row)
    {
        var treaties = row.Treaties;
        if (BufferSize - _used < 64 + (treaties.Length * (_longestTreaty + 1)))
            Flush();
        var span = _buffer.AsSpan(_used);
        if ((row.Ccode1, row.Ccode2) != _lastPair)
        {
            // Rows come dyad by dyad: "2,740," is formatted once per dyad, not once per row.
            _lastPair = (row.Ccode1, row.Ccode2);
            _pairLength = Number(_pair, row.Ccode1);
            _pair[_pairLength++] = (byte)',';
            _pairLength += Number(_pair.AsSpan(_pairLength), row.Ccode2);
            _pair[_pairLength++] = (byte)',';
        }
        _pair.AsSpan(0, _pairLength).CopyTo(span);
        var at = _pairLength;
        var year = YearFields[row.Year - Years.Min];
        year.CopyTo(span[at..]);
        at += year.Length;
        var flags = row.Pledges is { } pledges ? (int)pledges : Unknown;
        byte[] tail;
        if (treaties.IsEmpty)
        {
            tail = _tails[((int)row.Source * 33) + flags];
        }
        else
        {
            FlagFields[flags].CopyTo(span[at..]);
            at += FlagFields[flags].Length;
            for (var k = 0; k < treaties.Length; k++)
            {
                if (k > 0)
                    span[at++] = (byte)' ';
                var id = _treaties[treaties[k]];
                id.CopyTo(span[at..]);
                at += id.Length;
            }
            tail = _sources[(int)row.Source];
        }
        tail.CopyTo(span[at..]);
        _used += at + tail.Length;
    }

    /// <summary>Writes out what is buffered and waits until every byte is with the stream.</summary>
    /// <exception cref="IOException">A write failed.</exception>
    public void Complete()
    {
        Flush();
        _writing.GetAwaiter().GetResult();
    }

    // Hands the full buffer to the thread pool once the previous one is written, and fills the other.
    private void Flush()
    {
        _writing.GetAwaiter().GetResult();
        var (full, length) = (_buffer, _used);
        _writing = Task.Run(() => _stream.Write(full, 0, length));
        (_buffer, _spare, _used) = (_spare, full, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Number(Span<byte> span, int value)
    {
        Utf8Formatter.TryFormat(value, span, out var written);
        return written;
    }
}
