using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Entente.Cli.Rendering;

/// <summary>Writes indented, deterministic JSON to a text writer.</summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
            write(json);
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
