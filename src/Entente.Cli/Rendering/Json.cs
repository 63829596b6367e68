using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Entente.Language.Views;

namespace Entente.Cli.Rendering;

/// <summary>Writes the shared JSON shapes (<see cref="EntenteJsonContext"/>) indented, as the API sends them.</summary>
internal static class Json
{
    private static readonly EntenteJsonContext Context = new(new JsonSerializerOptions(EntenteJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void Write(TextWriter output, AnswerJson value) => Write(output, value, Context.AnswerJson);

    public static void Write(TextWriter output, ClaimReportJson value) => Write(output, value, Context.ClaimReportJson);

    public static void Write(TextWriter output, EntityJson value) => Write(output, value, Context.EntityJson);

    public static void Write(TextWriter output, MembersJson value) => Write(output, value, Context.MembersJson);

    public static void Write(TextWriter output, MembershipsJson value) => Write(output, value, Context.MembershipsJson);

    private static void Write<T>(TextWriter output, T value, JsonTypeInfo<T> type) => output.WriteLine(JsonSerializer.Serialize(value, type));
}
