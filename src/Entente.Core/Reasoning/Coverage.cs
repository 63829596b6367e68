namespace Entente.Core.Reasoning;

/// <summary>Whether a provision's geographic scope covers an attack at a place.</summary>
public enum Coverage
{
    /// <summary>The place lies in one of the provision's zones, or no place was named (an attack on the state's own territory).</summary>
    Covered,

    /// <summary>The provision's scope is broken down into zones and the place lies in none of them.</summary>
    NotCovered,

    /// <summary>The data does not break the provision's scope down, so coverage of the place is not known.</summary>
    Unknown,
}

/// <summary>How completely the data set holds the alliances of a date (see <see cref="Model.Dataset.Coverage"/>).</summary>
public enum DataCoverageLevel
{
    /// <summary>Every alliance of the date is in the data: a "no" (no state must defend X) is an answer.</summary>
    Complete,

    /// <summary>Only some alliances of the date are in the data (the curated ones after ATOP's end): a "no" is not known.</summary>
    Partial,

    /// <summary>The data holds no alliances for the date (before 1815): nothing can be said.</summary>
    NotCovered,
}

/// <summary>The data set's coverage of one date, for results that may be negative.</summary>
/// <param name="Spells">The coverage statements that hold on the date, deepest first.</param>
/// <param name="AtopEnd">The last day of ATOP-level coverage, when the data set has it (2016-12-31).</param>
public sealed record DataCoverageCheck(DateOnly On, DataCoverageLevel Level, IReadOnlyList<Model.CoverageSpell> Spells, DateOnly? AtopEnd)
{
    /// <summary>Whether a negative answer ("no state must defend X", "X and Y share no treaty") may be given for the date.</summary>
    public bool AllowsNo => Level == DataCoverageLevel.Complete;

    /// <summary>Whether the date is after the end of ATOP's coverage.</summary>
    public bool AfterAtop => AtopEnd is { } end && On > end;

    /// <summary>
    /// The coverage of <paramref name="on"/>. A data set that states no coverage is taken at its word for every
    /// date (small test and user data sets), so that its answers are as before.
    /// </summary>
    public static DataCoverageCheck Of(Model.Dataset dataset, DateOnly on)
    {
        if (dataset.Coverage.Count == 0)
            return new(on, DataCoverageLevel.Complete, [], null);
        var spells = dataset.Coverage.Where(c => c.Period.Contains(on)).OrderBy(c => c.Complete ? 0 : 1).ThenBy(c => c.Depth).ToArray();
        var level = spells.Length == 0 ? DataCoverageLevel.NotCovered : spells.Any(s => s.Complete) ? DataCoverageLevel.Complete : DataCoverageLevel.Partial;
        return new(on, level, spells, dataset.AtopEnd);
    }
}
