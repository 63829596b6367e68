using System.Text;

namespace Entente.Language.Claims;

/// <summary>
/// Turns the bytes of an article into text: UTF-8 (with or without BOM), UTF-16 with a BOM; anything else —
/// invalid UTF-8, binary data — is refused with a message saying where and why.
/// </summary>
public static class TextDecoding
{
    /// <summary>The largest article accepted, in bytes (5 MiB).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>Decodes, or returns null with <paramref name="error"/> saying what is wrong and what to do.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string error)
    {
        error = "";
        if (bytes.Length > MaxBytes)
        {
            error = $"the text is {bytes.Length:N0} bytes; Entente checks articles of up to {MaxBytes:N0} bytes (5 MiB). Split it into parts.";
            return null;
        }
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)
                : new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
            try
            {
                text = encoding.GetString(bytes[2..]);
            }
            catch (DecoderFallbackException)
            {
                error = "the text starts with a UTF-16 byte order mark but is not valid UTF-16.";
                return null;
            }
        }
        else
        {
            var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
            try
            {
                text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(body);
            }
            catch (DecoderFallbackException e)
            {
                error = $"the text is not valid UTF-8 (at byte {e.Index + bytes.Length - body.Length:N0}); save it as UTF-8 or UTF-16 with a byte order mark.";
                return null;
            }
        }
        var control = text.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');
        if (control > 0)
        {
            error = $"the text holds {control:N0} control characters (NUL and the like), so it looks like binary data, not an article.";
            return null;
        }
        return text;
    }
}
