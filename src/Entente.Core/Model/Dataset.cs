namespace Entente.Core.Model;

/// <summary>The data set's own facts.</summary>
/// <param name="Reviewed">The date up to which the data was reviewed: an answer about a later date may miss events after it.</param>
public sealed record Dataset(string Name, PartialDate Reviewed);
