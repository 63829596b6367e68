using BenchmarkDotNet.Attributes;
using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Data;

namespace Entente.Benchmarks;

/// <summary>Membership on a date (target: under 1 µs), a member list, and name resolution.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private static readonly ActorId Nato = new("NATO");
    private static readonly ActorId Finland = new("FIN");
    private static readonly DateOnly Day = new(2024, 3, 7);
    private Atlas _atlas = null!;

    [GlobalSetup]
    public void Setup() => _atlas = DataSetLoader.LoadBuiltIn().Atlas ?? throw new InvalidOperationException("The built-in data set is invalid; run 'entente validate'.");

    [Benchmark(Baseline = true)]
    public bool IsMemberOnDate() => _atlas.IsMember(Finland, Nato, Day);

    [Benchmark]
    public int MembersOnDate() => _atlas.MembersOn(Nato, Day).Count;

    [Benchmark]
    public EntityRef? ResolveName() => _atlas.Names.Resolve("North Atlantic Treaty Organization").Found;
}
