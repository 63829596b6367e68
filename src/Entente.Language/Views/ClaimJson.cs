using Entente.Language.Claims;

namespace Entente.Language.Views;

/// <summary>A <see cref="ClaimReport"/> as JSON, shared by <c>entente check --json</c> and <c>POST /api/check</c>.</summary>
/// <param name="Sentences">How many sentences the text has.</param>
/// <param name="Cut">Stretches longer than a sentence may be, checked in parts.</param>
/// <param name="Skipped">Sentences (or parts) with too many tokens to read.</param>
/// <param name="DateLine">The words of the text's date line that gave <c>on</c>; null when the date was asked for or is today.</param>
public sealed record ClaimReportJson(string On, int Sentences, IReadOnlyList<ClaimJson> Claims, IReadOnlyList<SpanJson> Cut, IReadOnlyList<SpanJson> Skipped, string? DateLine)
{
    public static ClaimReportJson Of(ClaimReport report) =>
        new(SourceJson.Day(report.On), report.Sentences, [.. report.Claims.Select(ClaimJson.Of)],
            [.. report.Cut.Select(c => new SpanJson(c.Start, c.End))], [.. report.Skipped.Select(c => new SpanJson(c.Start, c.End))], report.DateLine);
}

/// <summary>A stretch of the text: characters <c>start</c> to <c>end</c> (exclusive).</summary>
public sealed record SpanJson(int Start, int End);

/// <summary>One checked claim: where it is in the text (characters, end exclusive), its verdict, the correction and the evidence.</summary>
/// <param name="Verdict"><c>supported</c>, <c>partly-supported</c>, <c>contradicted</c> or <c>not-checkable</c>.</param>
public sealed record ClaimJson(string Span, int Start, int End, string Kind, string Verdict, string? Correction, IReadOnlyList<FactJson> Facts, IReadOnlyList<SourceJson> Sources)
{
    /// <summary>A verdict as a word: <c>supported</c>, <c>partly-supported</c>, <c>contradicted</c> or <c>not-checkable</c>.</summary>
    public static string Word(Verdict verdict) => verdict switch
    {
        Claims.Verdict.Supported => "supported",
        Claims.Verdict.PartlySupported => "partly-supported",
        Claims.Verdict.Contradicted => "contradicted",
        _ => "not-checkable",
    };

    public static ClaimJson Of(CheckedClaim claim) => new(claim.Span, claim.Start, claim.End, claim.Kind, Word(claim.Verdict), claim.Correction,
        [.. claim.Facts.Select(FactJson.Of)], [.. claim.Sources.Select(SourceJson.Of)]);
}
