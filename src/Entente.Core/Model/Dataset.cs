namespace Entente.Core.Model;

/// <summary>The data set's own facts.</summary>
/// <param name="Reviewed">The date up to which the data was reviewed: an answer about a later date may miss events after it.</param>
/// <param name="Coverage">Which alliances the data holds for which dates, and at which depth; empty when the data set does not say.</param>
public sealed record Dataset(string Name, PartialDate Reviewed, IReadOnlyList<CoverageSpell> Coverage)
{
    public Dataset(string name, PartialDate reviewed)
        : this(name, reviewed, [])
    {
    }

    /// <summary>The last day of ATOP-level coverage (2016-12-31 for ATOP 4.01), or null when the data set has none.</summary>
    public DateOnly? AtopEnd => Coverage.Where(c => c.Depth == CoverageDepth.Atop && c.Period.To is not null)
        .Select(c => (DateOnly?)c.Period.To!.Value.FirstDay.AddDays(-1)).Max();
}

/// <summary>How deep a data set's coding of an alliance goes.</summary>
public enum CoverageDepth
{
    /// <summary>ATOP-level coding: members, dates and pledges as ATOP codes them, no article text or zones.</summary>
    Atop,

    /// <summary>Curated: articles quoted, parties and dates from the treaty's own sources, scope broken into zones.</summary>
    Curated,
}

/// <summary>
/// One statement of coverage: for the dates of <see cref="Period"/>, the data holds <see cref="Complete"/>ly
/// (every alliance of its kind) or partly the alliances <see cref="What"/> describes, at <see cref="Depth"/>.
/// </summary>
/// <param name="Complete">Whether every alliance of the period is in the data, so that a "no" is an answer.</param>
public sealed record CoverageSpell(CoverageDepth Depth, Interval Period, bool Complete, string What, IReadOnlyList<SourceId> Sources);
