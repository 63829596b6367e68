namespace Entente.Data.Atop;

/// <summary>Where the flags of a dyad-year come from.</summary>
public enum DyadSource : byte
{
    /// <summary>No source covers the year: the flags are unknown (NA), not 0.</summary>
    None,

    /// <summary>The ATOP member-level file.</summary>
    Atop,

    /// <summary>Entente's curated data set, for years after ATOP's coverage.</summary>
    Curated,
}
