namespace Entente.Tests.Shared;

/// <summary>
/// How long the fuzz tests run: a short bounded pass by default (CI), a long one with <c>ENTENTE_FUZZ=long</c>
/// (50 times the iterations) or <c>ENTENTE_FUZZ=N</c> (N times). Figures of a long pass go into bench/README.md.
/// </summary>
internal static class Fuzz
{
    public static readonly int Factor = Environment.GetEnvironmentVariable("ENTENTE_FUZZ") switch
    {
        null or "" => 1,
        "long" => 50,
        var n when int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var f) && f > 0 => f,
        var other => throw new InvalidOperationException($"ENTENTE_FUZZ='{other}': write 'long' or a whole number."),
    };

    /// <summary>The iterations of a test whose short pass runs <paramref name="shortPass"/> times.</summary>
    public static long Iterations(int shortPass) => (long)shortPass * Factor;
}
