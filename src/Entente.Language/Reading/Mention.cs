using Entente.Core.Atlas;

namespace Entente.Language.Reading;

/// <summary>
/// A name found in a text: the tokens it covers, what it refers to, and how it was found. A misspelt or
/// partial name (<see cref="Fuzzy"/>) is shown back to the reader ("'Japn' read as Japan").
/// </summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Count">How many tokens it covers.</param>
/// <param name="Candidates">More than one when the name is ambiguous ("Korea", "Congo").</param>
internal sealed record Mention(int First, int Count, int Start, int End, string Text, IReadOnlyList<EntityRef> Candidates, bool Fuzzy)
{
    public EntityRef? Entity => Candidates.Count == 1 ? Candidates[0] : null;
    public bool IsAmbiguous => Candidates.Count > 1;
    public int Last => First + Count - 1;
}
