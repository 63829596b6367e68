using BenchmarkDotNet.Attributes;
using Entente.Data;

namespace Entente.Benchmarks;

/// <summary>Load + validate + index the whole built-in data set (target: under 100 ms).</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private IReadOnlyList<DataFile> _files = [];

    [GlobalSetup]
    public void Setup() => _files = DataFile.BuiltIn();

    [Benchmark(Baseline = true)]
    public IReadOnlyList<DataFile> ReadResources() => DataFile.BuiltIn();

    [Benchmark]
    public LoadResult LoadValidateIndex() => DataSetLoader.Load(_files);
}
