namespace Entente.Core.Atlas;

/// <summary>The outcome of looking a name up: one thing, several (ambiguous), or none with suggestions.</summary>
public sealed record Resolution(string Query, EntityRef? Found, IReadOnlyList<EntityRef> Candidates)
{
    public bool IsFound => Found is not null;
    public bool IsAmbiguous => Found is null && Candidates.Count > 1;

    /// <summary>A sentence for a person: why the name did not resolve, and what to type instead.</summary>
    public string Explain(string what = "anything") =>
        Found is not null ? $"'{Query}' is {Found}."
        : Candidates.Count == 0 ? $"No {what} named '{Query}'."
        : IsAmbiguous && Candidates.All(c => c.Name.Contains(Query, StringComparison.OrdinalIgnoreCase))
            ? $"'{Query}' could mean {Or(Candidates)}: which one?"
        : $"No {what} named '{Query}'. Did you mean {Or(Candidates)}?";

    private static string Or(IReadOnlyList<EntityRef> candidates) =>
        candidates.Count == 1 ? $"'{candidates[0]}'"
        : string.Join(", ", candidates.Take(candidates.Count - 1).Select(c => $"'{c}'")) + $" or '{candidates[^1]}'";
}
