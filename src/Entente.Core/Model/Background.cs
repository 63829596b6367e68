namespace Entente.Core.Model;

/// <summary>
/// The facts that say what things are and why they changed, handed to the atlas together: descriptions,
/// reasons, headquarters, offices, what treaties do not provide, and the glossary of terms.
/// </summary>
public sealed record Background
{
    public static Background None { get; } = new();

    public IReadOnlyList<Description> Descriptions { get; init; } = [];
    public IReadOnlyList<Reason> Reasons { get; init; } = [];
    public IReadOnlyList<Headquarters> Headquarters { get; init; } = [];
    public IReadOnlyList<Office> Offices { get; init; } = [];
    public IReadOnlyList<Absence> Absences { get; init; } = [];

    /// <summary>When states became independent, and of which state (data/states/independence.yaml).</summary>
    public IReadOnlyList<Independence> Independences { get; init; } = [];

    /// <summary>Named groups of states ("the Nordic countries"), data/states/groups.yaml.</summary>
    public IReadOnlyList<StateGroup> Groups { get; init; } = [];

    /// <summary>How organizations take their decisions (NATO: by consensus).</summary>
    public IReadOnlyList<DecisionRule> Decisions { get; init; } = [];

    /// <summary>The glossary: what "mutual defence pact", "collective defence", "neutrality" mean.</summary>
    public IReadOnlyList<Term> Terms { get; init; } = [];
}
