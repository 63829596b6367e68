using System.Text.Json;

namespace Entente.Language.Views;

/// <summary>
/// An <see cref="Answer"/> as JSON, the one shape that <c>entente ask --json</c> and <c>GET /api/ask</c> share:
/// <c>{question, intent, reading, on, answered, answer, facts[{statement, sources[]}], sources[{id, title, publisher, url}], suggestions[], caveat}</c>.
/// </summary>
public static class AnswerJson
{
    public static void Write(Utf8JsonWriter json, Answer answer)
    {
        json.WriteStartObject();
        json.WriteString("question", answer.Question);
        json.WriteString("intent", answer.Intent);
        json.WriteStringOrNull("reading", answer.Reading);
        json.WriteString("on", JsonWriting.Day(answer.On));
        json.WriteBoolean("answered", answer.Answered);
        json.WriteString("answer", answer.Text);
        json.WriteFacts(answer.Facts);
        json.WriteStartArray("sources");
        foreach (var source in answer.Sources)
        {
            json.WriteStartObject();
            json.WriteString("id", source.Id.Value);
            json.WriteString("title", source.Title);
            json.WriteString("publisher", source.Publisher);
            json.WriteString("url", source.Url);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("suggestions");
        foreach (var suggestion in answer.Suggestions)
            json.WriteStringValue(suggestion);
        json.WriteEndArray();
        json.WriteStringOrNull("caveat", answer.Caveat);
        json.WriteEndObject();
    }
}
