using BenchmarkDotNet.Attributes;
using Entente.Data;

namespace Entente.Benchmarks;

/// <summary>
/// Load + validate + index the whole built-in data set (target: under 100 ms): from the YAML (the <c>--data</c> path),
/// and from the build's snapshot (the default path: validated at build, no YAML parsed; made here in memory the way
/// the build makes it), and the check that the snapshot is fresh.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private IReadOnlyList<DataFile> _files = [];
    private byte[] _snapshot = [];
    private byte[] _hash = [];

    [GlobalSetup]
    public void Setup()
    {
        _files = DataFile.BuiltIn();
        _hash = DataSnapshot.BuiltInHash();
        using var stream = new MemoryStream();
        DataSnapshot.Write(stream, _files, _hash);
        _snapshot = stream.ToArray();
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<DataFile> ReadResources() => DataFile.BuiltIn();

    [Benchmark]
    public LoadResult LoadValidateIndex() => DataSetLoader.Load(_files);

    [Benchmark]
    public LoadResult? LoadSnapshotIndex() => DataSnapshot.Load(new MemoryStream(_snapshot, writable: false), _hash);

    /// <summary>What a start checks the snapshot against: the build's stamp of the YAML (a few dozen lines).</summary>
    [Benchmark]
    public byte[] HashBuiltIn() => DataSnapshot.BuiltInHash();

    /// <summary>What a start did before the stamp: hashing the 1.6 MB of built-in YAML.</summary>
    [Benchmark]
    public byte[] HashBuiltInFiles() => DataSnapshot.HashOfBuiltInFiles();
}
