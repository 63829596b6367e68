using BenchmarkDotNet.Attributes;
using Entente.Data.Atop;

namespace Entente.Benchmarks;

/// <summary>
/// The directed dyad-year table 1816–2016 from the research files in ../shared/data (1,912,290 rows):
/// indexing, streaming rows to a sink that only counts them, and streaming them as CSV to a null stream.
/// Whole-process figures (reading, writing a real file) are in bench/README.md, "Dyads".
/// </summary>
[MemoryDiagnoser]
public class DyadBenchmarks
{
    private CowStateSystem _states = null!;
    private AtopMemberFile _members = null!;
    private DyadYearTable _table = null!;
    private readonly DyadYearOptions _options = new(directed: true, 1816, 2016);

    [GlobalSetup]
    public void Setup()
    {
        var data = SharedData();
        _states = CowStateSystem.Read(Path.Combine(data, "cow-states-2016", "states2016.csv"));
        _members = AtopMemberFile.Read(Path.Combine(data, "atop-4.01", "atop-member-level.csv"));
        _table = DyadYearTable.Build(_states, _members, _options);
    }

    [Benchmark(Baseline = true)]
    public long StreamRowsToCounter() => _table.Write(new Counter());

    [Benchmark]
    public DyadYearTable BuildIndex() => DyadYearTable.Build(_states, _members, _options);

    [Benchmark]
    public long StreamCsvToNull()
    {
        var writer = new DyadYearCsvWriter(Stream.Null, _table);
        var rows = _table.Write(writer);
        writer.Complete();
        return rows;
    }

    private sealed class Counter : IDyadYearSink
    {
        public long Flagged { get; private set; }

        public void Write(in DyadYear row)
        {
            if (row.Pledges is not (null or Pledges.None))
                Flagged++;
        }
    }

    // ../shared/data beside the repository: walk up from the benchmark's folder to Entente.slnx.
    private static string SharedData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        }
        throw new DirectoryNotFoundException($"No Entente.slnx above {AppContext.BaseDirectory}; run from the repository.");
    }
}
