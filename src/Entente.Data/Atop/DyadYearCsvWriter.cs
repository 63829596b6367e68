using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    // Room past a row's end: fields are stored 8 or 32 bytes at a time, and what spills over is overwritten by the next row.
    private const int Slack = 64;

    // "1960," for every year a table can hold, in the low 5 bytes of a word (years are 4 digits: see Years).
    private static readonly ulong[] YearWords = [.. Enumerable.Range(Years.Min, Years.Max - Years.Min + 1).Select(y => Word(Encoding.ASCII.GetBytes($"{y},")))];

    // The five flags and the comma before atopids, by pledge bits: "1,0,0,0,1,"; index 32 is NA: ",,,,,".
    private static readonly byte[][] FlagFields = [.. Enumerable.Range(0, 33).Select(mask => Encoding.ASCII.GetBytes(mask == Unknown ? ",,,,,"
        : string.Join(',', Enumerable.Range(0, 5).Select(bit => (mask >> bit) & 1)) + ","))];

    private readonly Stream _stream;
    private byte[] _buffer = new byte[BufferSize];
    private byte[] _spare = new byte[BufferSize];
    private Task _writing = Task.CompletedTask;
    private readonly byte[][] _treaties;
    private readonly byte[][] _sources;
    private readonly Vector256<byte>[] _tails;
    private readonly int[] _tailLengths;
    private readonly int _longestTreaty;
    private ulong _pair;
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
        // Flags, no treaties, then the source: most rows end with one of these, copied 32 bytes at once.
        var tails = Enumerable.Range(0, 33 * _sources.Length).Select(k => (byte[])[.. FlagFields[k % 33], .. _sources[k / 33]]).ToArray();
        if (tails.Max(t => t.Length) > Vector256<byte>.Count)
            throw new ArgumentException($"A source name is longer than {Vector256<byte>.Count - 12} characters: {string.Join(", ", Enum.GetValues<DyadSource>().Select(table.SourceName))}.", nameof(table));
        _tails = [.. tails.Select(t => Vector256.Create((ReadOnlySpan<byte>)[.. t, .. new byte[Vector256<byte>.Count - t.Length]]))];
        _tailLengths = [.. tails.Select(t => t.Length)];
        _used = Encoding.ASCII.GetBytes(Header, _buffer);
    }

    // Optimized at once: called for every row of a one-shot export, before tiered compilation would step in.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(in DyadYear row)
    {
        var treaties = row.Treaties;
        if (BufferSize - _used < Slack + (treaties.Length * (_longestTreaty + 1)))
            Flush();
        if ((row.Ccode1, row.Ccode2) != _lastPair)
        {
            // Rows come dyad by dyad: "2,740," is formatted once per dyad, not once per row (at most "999,999,").
            _lastPair = (row.Ccode1, row.Ccode2);
            Span<byte> pair = stackalloc byte[8];
            _pairLength = Number(pair, row.Ccode1);
            pair[_pairLength++] = (byte)',';
            _pairLength += Number(pair[_pairLength..], row.Ccode2);
            pair[_pairLength++] = (byte)',';
            _pair = Word(pair[.._pairLength]);
        }
        ref var start = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), _used);
        Unsafe.WriteUnaligned(ref start, _pair);
        var at = _pairLength;
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref start, at), YearWords[row.Year - Years.Min]);
        at += 5;
        var flags = row.Pledges is { } pledges ? (int)pledges : Unknown;
        if (treaties.IsEmpty)
        {
            var tail = ((int)row.Source * 33) + flags;
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref start, at), _tails[tail]);
            _used += at + _tailLengths[tail];
            return;
        }
        var span = _buffer.AsSpan(_used);
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
        var source = _sources[(int)row.Source];
        source.CopyTo(span[at..]);
        _used += at + source.Length;
    }

    // Up to 8 bytes as a little-endian word, to be stored in one move.
    private static ulong Word(ReadOnlySpan<byte> bytes)
    {
        Span<byte> word = stackalloc byte[8];
        bytes.CopyTo(word);
        return MemoryMarshal.Read<ulong>(word);
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
