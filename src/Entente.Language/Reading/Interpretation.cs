using Entente.Core.Atlas;
using Entente.Core.Queries;

namespace Entente.Language.Reading;

/// <summary>
/// What the parser made of a text (its interpretation): a query, or a refusal saying what was not understood. Either way, the
/// names it read (with misspellings shown), the words it did not use, and the entities it found (so a refusal
/// can suggest questions about them).
/// </summary>
internal sealed record Interpretation
{
    public Query? Query { get; init; }

    /// <summary>Why no query was read ("two readings compete", "'Korea' could mean …"); null when read.</summary>
    public string? Refusal { get; init; }

    /// <summary>Whether <see cref="Refusal"/> is a whole sentence to show as it is (a bad date, an ambiguous name).</summary>
    public bool RefusalIsSentence { get; init; }

    /// <summary>Words that carry meaning but were not used by the query.</summary>
    public IReadOnlyList<string> Unread { get; init; } = [];

    /// <summary>Names read by a partial or misspelt form: (as written, read as).</summary>
    public IReadOnlyList<(string Written, EntityRef Entity)> Guessed { get; init; } = [];

    public IReadOnlyList<EntityRef> Entities { get; init; } = [];

    /// <summary>What the reading chose that the text left open, said to the reader.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The candidates of an ambiguous name, to ask between.</summary>
    public IReadOnlyList<EntityRef> Ambiguous { get; init; } = [];

    /// <summary>The name of the frame that read it (for tests and the JSON view).</summary>
    public string? Frame { get; init; }

    /// <summary>The analysis the reading was made from.</summary>
    public Analysis? Analysis { get; init; }
}
