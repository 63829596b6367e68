using Entente.Language.Claims;
using Entente.Language.Views;

namespace Entente.Cli.Rendering;

/// <summary>Writes a <see cref="ClaimReport"/> as a readable report or as JSON.</summary>
internal static class ClaimWriter
{
    public static string Word(Verdict verdict) => ClaimJson.Word(verdict);

    public static void WriteText(TextWriter output, ClaimReport report)
    {
        output.WriteLine($"{report.Claims.Count} checkable claims in {report.Sentences} sentences, checked on {report.On:yyyy-MM-dd}{(report.DateLine is { } line ? $" (the text's date line: '{line}')" : "")}: " +
            $"{report.Count(Verdict.Supported)} supported, {report.Count(Verdict.PartlySupported)} partly supported, " +
            $"{report.Count(Verdict.Contradicted)} contradicted, {report.Count(Verdict.NotCheckable)} not checkable.");
        if (report.Cut.Count > 0)
            output.WriteLine($"{Stretches(report.Cut)} no sentence end within {ClaimChecker.MaxSentenceLength:N0} characters and were checked in parts (a claim across a cut is not found): {Spans(report.Cut)}.");
        if (report.Skipped.Count > 0)
            output.WriteLine($"{Stretches(report.Skipped)} too many words to read (over {ClaimChecker.MaxTokens}), which were skipped: {Spans(report.Skipped)}.");
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

    private static string Stretches(IReadOnlyList<TextSpan> spans) => spans.Count == 1 ? "1 stretch of the text had" : $"{spans.Count:N0} stretches of the text had";

    private static string Spans(IReadOnlyList<TextSpan> spans) =>
        string.Join(", ", spans.Take(5).Select(s => $"characters {s.Start:N0}–{s.End:N0}")) + (spans.Count > 5 ? $" and {spans.Count - 5:N0} more" : "");

    public static void WriteJson(TextWriter output, ClaimReport report) => Json.Write(output, ClaimReportJson.Of(report));
}
