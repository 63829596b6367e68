namespace Entente.Core.Model;

/// <summary>One dated step in a policy's history ("1971-11-24: House of Representatives resolution").</summary>
public sealed record DatedStep(PartialDate Date, string What, IReadOnlyList<SourceId> Sources);
