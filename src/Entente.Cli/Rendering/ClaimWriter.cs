using Entente.Language.Claims;

namespace Entente.Cli.Rendering;

/// <summary>Writes a <see cref="ClaimReport"/> as a readable report or as JSON.</summary>
internal static class ClaimWriter
{
    public static string Word(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.PartlySupported => "partly-supported",
        Verdict.Contradicted => "contradicted",
        _ => "not-checkable",
    };

    public static void WriteText(TextWriter output, ClaimReport report)
    {
        output.WriteLine($"{report.Claims.Count} checkable claims in {report.Sentences} sentences, checked on {report.On:yyyy-MM-dd}: " +
            $"{report.Count(Verdict.Supported)} supported, {report.Count(Verdict.PartlySupported)} partly supported, " +
            $"{report.Count(Verdict.Contradicted)} contradicted, {report.Count(Verdict.NotCheckable)} not checkable.");
        var sources = new List<Entente.Core.Model.Source>();
        foreach (var claim in report.Claims)
        {
            output.WriteLine();
            output.WriteLine($"[{Word(claim.Verdict).ToUpperInvariant()}] \"{claim.Span}\" (characters {claim.Start}–{claim.End})");
            if (claim.Correction is not null)
                output.WriteLine($"  {(claim.Verdict == Verdict.NotCheckable ? "Why" : "Correction")}: {claim.Correction}");
            foreach (var fact in claim.Facts)
            {
                var numbers = fact.Sources.Select(id =>
                {
                    var source = claim.Sources.First(s => s.Id == id);
                    if (!sources.Contains(source))
                        sources.Add(source);
                    return $"[{sources.IndexOf(source) + 1}]";
                });
                output.WriteLine($"  - {fact.Statement} {string.Concat(numbers)}");
            }
        }
        if (sources.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Sources:");
            for (var i = 0; i < sources.Count; i++)
                output.WriteLine($"  [{i + 1}] {sources[i].Title}. {sources[i].Publisher}. {sources[i].Url}");
        }
    }

    public static void WriteJson(TextWriter output, ClaimReport report) => Json.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("on", report.On.ToString("yyyy-MM-dd"));
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
        json.WriteEndObject();
    });
}
