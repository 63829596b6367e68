namespace Entente.Language.Claims;

/// <summary>The claims found in a text, in the order they appear, checked on <see cref="On"/>.</summary>
public sealed record ClaimReport(DateOnly On, int Sentences, IReadOnlyList<CheckedClaim> Claims)
{
    /// <summary>The stretches of text longer than one sentence may be (<see cref="ClaimChecker.MaxSentenceLength"/> characters), checked in parts: a claim across a cut is not found.</summary>
    public IReadOnlyList<TextSpan> Cut { get; init; } = [];

    /// <summary>Sentences (or parts) of more than <see cref="ClaimChecker.MaxTokens"/> tokens, not read: their claims are not found.</summary>
    public IReadOnlyList<TextSpan> Skipped { get; init; } = [];

    /// <summary>The words of the text's own date line that gave <see cref="On"/> ("mid-March 2025"); null when the date was given or is today.</summary>
    public string? DateLine { get; init; }

    public int Count(Verdict verdict) => Claims.Count(c => c.Verdict == verdict);
}

/// <summary>A stretch of a text by character offsets, <see cref="End"/> exclusive.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
