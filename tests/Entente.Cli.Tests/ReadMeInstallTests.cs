using System.Diagnostics;
using Entente.Data.Tests.Atop;
using Entente.Testing;

namespace Entente.Cli.Tests;

/// <summary>
/// The README's first command (the launcher <c>./entente</c>) and its .NET tool commands, run as a person runs them: as
/// processes, building and packing for real. Category Slow (a Release build each): the quick loop leaves them out.
/// </summary>
[Trait("Category", "Slow")]
public class ReadMeInstallTests
{
    [Fact]
    public void Launcher_FirstCommand_BuildsOnceThenAnswersWithoutBuilding()
    {
        var first = ReadMeTests.Words()[0];
        Assert.Equal("./entente", first[0]);
        var launcher = Path.Combine(Repository.Root, "entente");
        // Without its stamp the launcher builds, as on a fresh clone or after a source changed.
        var stamp = Path.Combine(Repository.Root, ".entente", "built");
        if (File.Exists(stamp))
            File.Delete(stamp);

        // As on a fresh clone, where no native build was asked for (one made here by `./entente --native-build` would
        // otherwise answer without building; LauncherNativeTests covers that route).
        var built = Run(Repository.Root, launcher, first[1..], ordinary: true);
        var again = Run(Repository.Root, launcher, first[1..], ordinary: true);

        Assert.True(built.Exit == 0, built.ToString());
        Assert.StartsWith("entente: building", built.Error, StringComparison.Ordinal);
        Assert.Contains("Article 10 of the North Atlantic Treaty admits only European states", built.Output, StringComparison.Ordinal);
        Assert.True(again.Exit == 0, again.ToString());
        Assert.Equal(built.Output, again.Output);
        Assert.Equal("", again.Error);
    }

    [Fact]
    public void Tool_PackInstallAndManifest_RunTheCommand()
    {
        var commands = ReadMeTests.Words().Where(w => w[0] == "dotnet" && w[1] is "pack" or "tool" or "entente").ToList();
        Assert.Equal(["pack", "tool", "tool", "entente"], commands.Select(c => c[1]));
        using var folder = new TempFolder();
        var packages = Path.Combine(folder.Path, "packages");
        var tools = Path.Combine(folder.Path, "tools");

        // As written, but into this test's folder: the package there, the global tool into a --tool-path.
        var results = new List<ProcessRun>();
        foreach (var words in commands)
        {
            var args = words[1..].Select(w => w == ".entente/packages" ? packages : w).ToList();
            var global = args.IndexOf("--global");
            if (global >= 0)
                args.RemoveAt(global);
            if (global >= 0)
                args.InsertRange(global, ["--tool-path", tools]);
            var run = Run(Repository.Root, "dotnet", [.. args]);
            Assert.True(run.Exit == 0, $"{string.Join(' ', words)}\n{run}");
            results.Add(run);
        }
        var installed = Run(folder.Path, Path.Combine(tools, "entente"), "ask", "When did Finland join NATO?");

        Assert.True(File.Exists(Path.Combine(packages, "Entente.0.1.0.nupkg")));
        Assert.True(installed.Exit == 0, installed.ToString());
        Assert.Contains("Finland joined NATO on 4 April 2023", installed.Output, StringComparison.Ordinal);
        Assert.Contains("Finland joined NATO on 4 April 2023", results[^1].Output, StringComparison.Ordinal);
    }

    private static ProcessRun Run(string folder, string file, params string[] args) => Run(folder, file, args, ordinary: false);

    private static ProcessRun Run(string folder, string file, string[] args, bool ordinary)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        if (ordinary)
            start.Environment["ENTENTE_NATIVE"] = "0";
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new ProcessRun(process.ExitCode, output, error.Result);
    }

    private sealed record ProcessRun(int Exit, string Output, string Error)
    {
        public override string ToString() => $"exit {Exit}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }
}
