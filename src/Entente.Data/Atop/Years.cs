namespace Entente.Data.Atop;

/// <summary>The years a research import accepts: any earlier or later one in a file is a typo, not history.</summary>
public static class Years
{
    /// <summary>The earliest year accepted (ATOP starts in 1815, COW in 1816).</summary>
    public const int Min = 1800;

    /// <summary>The latest year accepted.</summary>
    public const int Max = 2199;

    public static bool InRange(int year) => year is >= Min and <= Max;
}
