namespace Entente.Core.Model;

/// <summary>
/// A national constraint or doctrine with legal force or standing: Japan's Article 9, the Three
/// Non-Nuclear Principles, Swiss permanent neutrality, NATO's nuclear posture.
/// </summary>
public sealed record Policy
{
    public required PolicyId Id { get; init; }
    public required ActorId Actor { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required PolicyKind Kind { get; init; }
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
    public IReadOnlyList<string> Terms { get; init; } = [];
    public string? Summary { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<DatedStep> History { get; init; } = [];

    /// <summary>What the policy rests on in law (a constitution, a statute, a treaty, a declaration, or no instrument); null when the data does not record it.</summary>
    public PolicyBasis? Basis { get; init; }
    public required IReadOnlyList<SourceId> Sources { get; init; }

    public Interval Period => new(From, To);
}
