using Entente.Core.Atlas;

namespace Entente.Language.Questions;

/// <summary>A name found in a question: where it stands (word positions) and what it refers to.</summary>
/// <param name="Candidates">More than one when the name is ambiguous ("Korea", "Congo").</param>
internal sealed record Mention(int Start, int Length, string Text, IReadOnlyList<EntityRef> Candidates, bool Fuzzy = false)
{
    public EntityRef? Entity => Candidates.Count == 1 ? Candidates[0] : null;
    public bool IsAmbiguous => Candidates.Count > 1;
}
