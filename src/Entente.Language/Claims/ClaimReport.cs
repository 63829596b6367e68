namespace Entente.Language.Claims;

/// <summary>The claims found in a text, in the order they appear, checked on <see cref="On"/>.</summary>
public sealed record ClaimReport(DateOnly On, int Sentences, IReadOnlyList<CheckedClaim> Claims)
{
    public int Count(Verdict verdict) => Claims.Count(c => c.Verdict == verdict);
}
