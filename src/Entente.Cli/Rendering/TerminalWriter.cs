using System.Globalization;
using System.Text;

namespace Entente.Cli.Rendering;

/// <summary>
/// Writes text for a terminal: control characters other than line breaks and tabs — ESC, BEL, backspace,
/// the C1 controls — come out as <c>\u001B</c> and the like, so a name or path someone typed (or a file
/// gave) can never move the cursor, retitle the window or ring the bell. The progress bar's '\r' passes.
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    /// <summary>Wraps <paramref name="writer"/> once.</summary>
    public static TextWriter Wrap(TextWriter writer) => writer as TerminalWriter ?? new TerminalWriter(writer);

    /// <summary>Whether a character is shown escaped.</summary>
    public static bool IsUnsafe(char c) => char.IsControl(c) && c is not '\n' and not '\r' and not '\t';

    /// <summary><paramref name="text"/> with every unsafe character as <c>\uXXXX</c>.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(IsUnsafe))
            return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    public override void Write(char value)
    {
        if (IsUnsafe(value))
            inner.Write(Escape(value.ToString()));
        else
            inner.Write(value);
    }

    public override void Write(string? value) => inner.Write(value is null ? null : Escape(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(buffer.ToString());

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Escape(value));

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Flush();
        base.Dispose(disposing);
    }
}
