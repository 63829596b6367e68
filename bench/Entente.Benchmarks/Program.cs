using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Entente.Benchmarks.LoadBenchmarks).Assembly).Run(args);
