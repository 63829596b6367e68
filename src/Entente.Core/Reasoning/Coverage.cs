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
