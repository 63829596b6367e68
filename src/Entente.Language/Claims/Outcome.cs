using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Claims;

/// <summary>A verdict with its correction and the facts behind it, before it is tied to a span.</summary>
internal sealed record Outcome(Verdict Verdict, string? Correction, IReadOnlyList<AnswerFact> Facts)
{
    public static Outcome Supported(params AnswerFact[] facts) => new(Verdict.Supported, null, facts);
    public static Outcome Partly(string correction, params AnswerFact[] facts) => new(Verdict.PartlySupported, correction, facts);
    public static Outcome Contradicted(string correction, params AnswerFact[] facts) => new(Verdict.Contradicted, correction, facts);
    public static Outcome NotCheckable(string why) => new(Verdict.NotCheckable, why, []);

    public CheckedClaim ToClaim(Atlas atlas, string span, int start, int end, string kind)
    {
        var sources = Facts.SelectMany(f => f.Sources).Distinct().Select(atlas.Source).ToArray();
        return new CheckedClaim(span, start, end, kind, Verdict, Correction, Facts, sources);
    }
}
