namespace Entente.Core.Model;

/// <summary>A document a person on the team read, which facts cite.</summary>
public sealed record Source
{
    public required SourceId Id { get; init; }
    public required string Title { get; init; }
    public required string Publisher { get; init; }

    /// <summary>An absolute http(s) address.</summary>
    public required string Url { get; init; }

    /// <summary>The date the source was read: facts from it hold as of then at the latest.</summary>
    public required PartialDate Read { get; init; }
    public PartialDate? Published { get; init; }
    public string? Note { get; init; }

    /// <summary>How strong the source is; null where the data does not say yet.</summary>
    public SourceKind? Kind { get; init; }
}
