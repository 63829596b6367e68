using BenchmarkDotNet.Attributes;
using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Data;
using Entente.Language;

namespace Entente.Benchmarks;

/// <summary>An answer in process (target: under 1 ms median): the seed question, a lookup, and the reasoning behind attack.</summary>
[MemoryDiagnoser]
public class AskBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private Atlas _atlas = null!;

    [GlobalSetup]
    public void Setup() => _atlas = DataSetLoader.LoadBuiltIn().Atlas ?? throw new InvalidOperationException("The built-in data set is invalid; run 'entente validate'.");

    [Benchmark(Baseline = true)]
    public Answer AskWhenFinlandJoined() => Answers.Ask(_atlas, "When did Finland join NATO?", Today);

    [Benchmark]
    public Answer AskSeedQuestion() => Answers.Ask(_atlas, "Why is Japan not part of NATO?", Today);

    [Benchmark]
    public Answer AskHawaii() => Answers.Ask(_atlas, "Is Hawaii covered by Article 5?", Today);

    [Benchmark]
    public Answer AskCompound() => Answers.Ask(_atlas, "What is the Warsaw Pact and why was it formed?", Today);

    [Benchmark]
    public Answer AskChoice() => Answers.Ask(_atlas, "Which of the following countries is NOT a founding member of NATO? 1. United States 2. France 3. United Kingdom 4. Germany", Today);

    [Benchmark]
    public Answer AskRefused() => Answers.Ask(_atlas, "What is the weather in Tokyo?", Today);

    [Benchmark]
    public Answer AttackEstonia() => Answers.Attack(_atlas, new ActorId("EST"), Today);
}
