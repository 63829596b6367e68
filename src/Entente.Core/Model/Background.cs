namespace Entente.Core.Model;

/// <summary>
/// The facts that say what things are and why they changed, handed to the atlas together: descriptions,
/// reasons, headquarters, offices and what treaties do not provide.
/// </summary>
public sealed record Background
{
    public static Background None { get; } = new();

    public IReadOnlyList<Description> Descriptions { get; init; } = [];
    public IReadOnlyList<Reason> Reasons { get; init; } = [];
    public IReadOnlyList<Headquarters> Headquarters { get; init; } = [];
    public IReadOnlyList<Office> Offices { get; init; } = [];
    public IReadOnlyList<Absence> Absences { get; init; } = [];
}
