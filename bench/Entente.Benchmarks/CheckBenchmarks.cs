using BenchmarkDotNet.Attributes;
using Entente.Core.Atlas;
using Entente.Data;
using Entente.Language;
using Entente.Language.Claims;

namespace Entente.Benchmarks;

/// <summary>Claim checking: the seed article (target: under 50 ms) and 1 MB of text (target: under 2 s).</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private Atlas _atlas = null!;
    private string _seed = "";
    private string _megabyte = "";

    [GlobalSetup]
    public void Setup()
    {
        _atlas = DataSetLoader.LoadBuiltIn().Atlas ?? throw new InvalidOperationException("The built-in data set is invalid; run 'entente validate'.");
        _seed = File.ReadAllText(SeedPath());
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 1_000_000)
            builder.Append(_seed).Append('\n');
        _megabyte = builder.ToString();
    }

    [Benchmark(Baseline = true)]
    public ClaimReport CheckSeedArticle() => Answers.Check(_atlas, _seed, Today);

    [Benchmark]
    public ClaimReport CheckOneMegabyte() => Answers.Check(_atlas, _megabyte, Today);

    // ../shared/seed beside the repository, found from wherever BenchmarkDotNet runs the benchmark.
    private static string SeedPath()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared", "seed", "why-is-japan-not-part-of-nato.txt");
                if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")) && File.Exists(candidate))
                    return candidate;
            }
        }
        throw new FileNotFoundException("../shared/seed/why-is-japan-not-part-of-nato.txt beside the repository was not found.");
    }
}
