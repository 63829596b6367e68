using System.Text.Json;

namespace Entente.Language.Views;

/// <summary>Small helpers for the JSON writers that the CLI and the web API share.</summary>
public static class JsonWriting
{
    /// <summary>Writes <paramref name="value"/>, or <c>null</c> when there is none.</summary>
    public static void WriteStringOrNull(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }

    /// <summary>A "facts" array: each fact's statement and the ids of its sources (answers and claim checks alike).</summary>
    public static void WriteFacts(this Utf8JsonWriter json, IEnumerable<AnswerFact> facts)
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

    /// <summary>A day as JSON writes it: <c>yyyy-MM-dd</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
