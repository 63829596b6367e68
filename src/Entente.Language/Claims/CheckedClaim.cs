using Entente.Core.Model;

namespace Entente.Language.Claims;

/// <summary>
/// One checkable claim found in a text: its exact words (<see cref="Span"/> = text[<see cref="Start"/>..<see cref="End"/>]),
/// the verdict, a one-sentence correction where it is partly supported or contradicted, and the facts and
/// sources that decide it.
/// </summary>
/// <param name="Kind">Which kind of claim it was read as (<c>founding-date</c>, <c>neutrality</c>, …).</param>
public sealed record CheckedClaim(
    string Span,
    int Start,
    int End,
    string Kind,
    Verdict Verdict,
    string? Correction,
    IReadOnlyList<AnswerFact> Facts,
    IReadOnlyList<Source> Sources);
