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

    /// <summary>A "facts" array: each fact's statement and the ids of its sources.</summary>
    public static void WriteFacts(this Utf8JsonWriter json, IEnumerable<Language.AnswerFact> facts)
    {
        json.WriteStartArray("facts");
        foreach (var fact in facts)
        {
            json.WriteStartObject();
            json.WriteString("statement", fact.Statement);
            json.WriteStartArray("sources");
            foreach (var id in fact.Sources)
                json.WriteStringValue(id.Value);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static void WriteStringOrNull(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }
}
