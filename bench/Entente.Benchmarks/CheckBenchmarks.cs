using BenchmarkDotNet.Attributes;
using Entente.Core.Atlas;
using Entente.Data;
using Entente.Language;
using Entente.Language.Claims;

namespace Entente.Benchmarks;

/// <summary>
/// Claim checking: the seed article (target: under 50 ms), 1 MB of text (target: under 2 s), and 1 MiB written as a
/// single sentence (no sentence end anywhere; target: under 2 s, issue 12): words, one letter repeated, and words after
/// a rule's keyword (which made the rule's pattern scan to the end of the sentence from every position).
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private Atlas _atlas = null!;
    private string _seed = "";
    private string _megabyte = "";
    private string _sentenceOfWords = "";
    private string _sentenceOfLetters = "";
    private string _sentenceAfterKeyword = "";

    /// <summary>One sentence of <paramref name="length"/> characters: <paramref name="head"/>, then <paramref name="unit"/> repeated, cut to length.</summary>
    public static string Sentence(string head, string unit, int length)
    {
        var builder = new System.Text.StringBuilder(length + unit.Length).Append(head);
        while (builder.Length < length)
            builder.Append(unit);
        return builder.ToString(0, length);
    }

    [GlobalSetup]
    public void Setup()
    {
        _atlas = DataSetLoader.LoadBuiltIn().Atlas ?? throw new InvalidOperationException("The built-in data set is invalid; run 'entente validate'.");
        _seed = File.ReadAllText(SeedPath());
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 1_000_000)
            builder.Append(_seed).Append('\n');
        _megabyte = builder.ToString();
        const int mebibyte = 1024 * 1024;
        _sentenceOfWords = Sentence("", "Japan is a member of NATO and the treaty provides for mutual defence and ", mebibyte);
        _sentenceOfLetters = Sentence("", "a", mebibyte);
        _sentenceAfterKeyword = Sentence("the area of ", "word ", mebibyte);
    }

    [Benchmark(Baseline = true)]
    public ClaimReport CheckSeedArticle() => Answers.Check(_atlas, _seed, Today);

    [Benchmark]
    public ClaimReport CheckOneMegabyte() => Answers.Check(_atlas, _megabyte, Today);

    [Benchmark]
    public ClaimReport CheckOneSentenceOfWords() => Answers.Check(_atlas, _sentenceOfWords, Today);

    [Benchmark]
    public ClaimReport CheckOneSentenceOfLetters() => Answers.Check(_atlas, _sentenceOfLetters, Today);

    [Benchmark]
    public ClaimReport CheckOneSentenceAfterKeyword() => Answers.Check(_atlas, _sentenceAfterKeyword, Today);

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
