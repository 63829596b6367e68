using System.Text.Json;
using Entente.Language.Claims;

namespace Entente.Language.Views;

/// <summary>
/// A <see cref="ClaimReport"/> as JSON, shared by <c>entente check --json</c> and <c>POST /api/check</c>:
/// <c>{on, sentences, claims[{span, start, end, kind, verdict, correction, facts[], sources[{id, title, url}]}], cut[{start, end}], skipped[{start, end}]}</c>
/// (<c>cut</c>: stretches longer than a sentence may be, checked in parts; <c>skipped</c>: sentences some rule could not read in time).
/// </summary>
public static class ClaimJson
{
    /// <summary>A verdict as a word: <c>supported</c>, <c>partly-supported</c>, <c>contradicted</c> or <c>not-checkable</c>.</summary>
    public static string Word(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.PartlySupported => "partly-supported",
        Verdict.Contradicted => "contradicted",
        _ => "not-checkable",
    };

    public static void Write(Utf8JsonWriter json, ClaimReport report)
    {
        json.WriteStartObject();
        json.WriteString("on", JsonWriting.Day(report.On));
        json.WriteNumber("sentences", report.Sentences);
        json.WriteStartArray("claims");
        foreach (var claim in report.Claims)
        {
            json.WriteStartObject();
            json.WriteString("span", claim.Span);
            json.WriteNumber("start", claim.Start);
            json.WriteNumber("end", claim.End);
            json.WriteString("kind", claim.Kind);
            json.WriteString("verdict", Word(claim.Verdict));
            json.WriteStringOrNull("correction", claim.Correction);
            json.WriteFacts(claim.Facts);
            json.WriteStartArray("sources");
            foreach (var source in claim.Sources)
            {
                json.WriteStartObject();
                json.WriteString("id", source.Id.Value);
                json.WriteString("title", source.Title);
                json.WriteString("url", source.Url);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteSpans(json, "cut", report.Cut);
        WriteSpans(json, "skipped", report.Skipped);
        json.WriteEndObject();
    }

    private static void WriteSpans(Utf8JsonWriter json, string name, IReadOnlyList<TextSpan> spans)
    {
        json.WriteStartArray(name);
        foreach (var span in spans)
        {
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("end", span.End);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
