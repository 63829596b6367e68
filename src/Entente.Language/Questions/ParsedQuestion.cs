using Entente.Core.Atlas;

namespace Entente.Language.Questions;

/// <summary>
/// A question read into parts: its normalized words, the things it names, the date it asks about, the
/// article number it mentions and a year it filters on.
/// </summary>
internal sealed record ParsedQuestion(
    string Original,
    string Normalized,
    IReadOnlyList<string> Words,
    IReadOnlyList<Mention> Mentions,
    DateOnly? On,
    string? DateProblem,
    string? Article,
    int? Year)
{
    public bool Has(string word) => Words.Contains(word);

    /// <summary>A yes/no question: it opens with an auxiliary ("Is", "Did", "Has", "Are"…).</summary>
    public bool IsYesNo => Words.Count > 0 && Reading.Lexicon.Auxiliaries.Contains(Words[0]);

    public bool HasAny(params string[] words) => words.Any(Words.Contains);

    public bool Contains(string phrase) => $" {Normalized} ".Contains($" {phrase} ", StringComparison.Ordinal);

    public bool ContainsAny(params string[] phrases) => phrases.Any(Contains);

    public IEnumerable<EntityRef> Entities(EntityKind kind) =>
        Mentions.Where(m => m.Entity is { } e && e.Kind == kind).Select(m => m.Entity!);
}
