using System.Buffers.Text;
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
/// spaces; it is empty when no flag is set. Bytes are formatted into one buffer and written in large
/// blocks: no string is made per row.
/// </remarks>
public sealed class DyadYearCsvWriter : IDyadYearSink
{
    public const string Header = "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul,atopids,source\n";

    private const int BufferSize = 1 << 20;
    private static readonly byte[][] FlagFields = Enumerable.Range(0, 32)
        .Select(mask => Encoding.ASCII.GetBytes(string.Join(',', Enumerable.Range(0, 5).Select(bit => (mask >> bit) & 1)) + ","))
        .ToArray();
    private static readonly byte[] UnknownFlags = ",,,,,"u8.ToArray();

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private readonly byte[][] _treaties;
    private readonly byte[][] _sources;
    private readonly int _longestTreaty;
    private int _used;

    /// <summary>Writes the header at once; the caller owns <paramref name="stream"/> and calls <see cref="Flush"/> at the end.</summary>
    public DyadYearCsvWriter(Stream stream, DyadYearTable table)
    {
        _stream = stream;
        _treaties = table.Treaties.Select(Encoding.UTF8.GetBytes).ToArray();
        _longestTreaty = _treaties.Length == 0 ? 0 : _treaties.Max(t => t.Length);
        _sources = Enum.GetValues<DyadSource>().Select(s => Encoding.UTF8.GetBytes("," + table.SourceName(s) + "\n")).ToArray();
        _used = Encoding.ASCII.GetBytes(Header, _buffer);
    }

    public void Write(in DyadYear row)
    {
        var treaties = row.Treaties;
        if (BufferSize - _used < 64 + (treaties.Length * (_longestTreaty + 1)))
            Flush();
        var span = _buffer.AsSpan(_used);
        var at = Number(span, row.Ccode1);
        span[at++] = (byte)',';
        at += Number(span[at..], row.Ccode2);
        span[at++] = (byte)',';
        at += Number(span[at..], row.Year);
        span[at++] = (byte)',';
        var flags = row.Pledges is { } pledges ? FlagFields[(int)pledges] : UnknownFlags;
        flags.CopyTo(span[at..]);
        at += flags.Length;
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

    /// <summary>Writes out what is buffered.</summary>
    public void Flush()
    {
        _stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    private static int Number(Span<byte> span, int value)
    {
        Utf8Formatter.TryFormat(value, span, out var written);
        return written;
    }
}
