using System.Diagnostics;
using System.Runtime.Versioning;
using Entente.Data.Tests.Atop;
using Entente.Testing;

namespace Entente.Cli.Tests;

/// <summary>
/// Which build the launcher <c>./entente</c> starts once <c>./entente --native-build</c> was asked for (bench/README.md,
/// "Native AOT"). The launcher is copied into a folder of fake builds (scripts that print which one ran) and a fake
/// <c>dotnet</c> that records what it was asked to publish, so no build runs: the real native build takes minutes
/// (measured in bench/README.md), the ordinary one is <see cref="ReadMeInstallTests"/>'s.
/// </summary>
[UnsupportedOSPlatform("windows")] // A POSIX shell script.
public sealed class LauncherNativeTests : IDisposable
{
    private readonly TempFolder _root = new();

    public LauncherNativeTests()
    {
        File.Copy(Path.Combine(Repository.Root, "entente"), _root.File("entente"));
        // A source older than every stamp, so both builds are up to date unless a test touches it.
        Directory.CreateDirectory(_root.File("src"));
        File.SetLastWriteTimeUtc(_root.Write("src/Source.cs", "//"), DateTime.UtcNow.AddHours(-1));
        Executable(".entente/bin/entente", "echo \"ordinary $*\"");
        Stamp(".entente/built");
        Executable("fake-bin/clang", "exit 0");
        // The fake publish: records its arguments and makes the executable its -o names.
        Executable("fake-bin/dotnet", """
            echo "$*" >> "$FAKE_DOTNET_LOG"
            if [ -n "${FAKE_DOTNET_FAIL:-}" ]; then echo "$FAKE_DOTNET_FAIL"; exit 1; fi
            while [ $# -gt 0 ]; do
              if [ "$1" = -o ]; then mkdir -p "$2"; printf '#!/bin/sh\necho "rebuilt $*"\n' > "$2/entente"; chmod +x "$2/entente"; fi
              shift
            done
            """);
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Run_NativeNeverBuilt_StartsTheOrdinaryBuild()
    {
        var run = Launch([], "ask", "Who must defend Egypt?");

        Assert.Equal("ordinary ask Who must defend Egypt?\n", run.Output);
        Assert.Equal("", run.Error);
        Assert.False(File.Exists(DotnetLog), "no build runs when both are up to date");
    }

    [Theory]
    [InlineData("native", "ask", "Who must defend Egypt?")]
    [InlineData("native", "check", "../shared/seed/why-is-japan-not-part-of-nato.txt", "--json")]
    [InlineData("native", "dyads", "--out", "/tmp/ddy.csv")]
    [InlineData("ordinary", "serve")]
    [InlineData("ordinary", "--data", "data", "serve", "--urls", "http://127.0.0.1:5081")]
    [InlineData("ordinary", "dyads", "--out", "/tmp/ddy.parquet")]
    public void Run_NativeBuilt_StartsItExceptForWhatItLeavesOut(string expected, params string[] args)
    {
        NativeBuilt();

        var run = Launch([], args);

        Assert.Equal($"{expected} {string.Join(' ', args)}\n", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Run_NativeBuiltButEntenteNativeZero_StartsTheOrdinaryBuild()
    {
        NativeBuilt();

        var run = Launch([("ENTENTE_NATIVE", "0")], "ask", "Who must defend Egypt?");

        Assert.Equal("ordinary ask Who must defend Egypt?\n", run.Output);
    }

    [Fact]
    public void Run_SourceNewerThanTheNativeBuild_RebuildsItNativeThenStartsIt()
    {
        NativeBuilt();
        File.SetLastWriteTimeUtc(_root.File("src/Source.cs"), DateTime.UtcNow.AddMinutes(1));

        var run = Launch([], "ask", "Who must defend Egypt?");

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal("rebuilt ask Who must defend Egypt?\n", run.Output);
        Assert.StartsWith("entente: building the native executable", run.Error, StringComparison.Ordinal);
        var publish = Assert.Single(File.ReadAllLines(DotnetLog));
        Assert.StartsWith($"publish {_root.Path}/src/Entente.Cli -c Release --use-current-runtime", publish, StringComparison.Ordinal);
        Assert.Contains($"-p:EntenteNative=true -o {_root.Path}/.entente/native/out", publish, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NativeRebuildFails_ShowsTheLogAndHowToUseTheOrdinaryBuild()
    {
        NativeBuilt();
        File.SetLastWriteTimeUtc(_root.File("src/Source.cs"), DateTime.UtcNow.AddMinutes(1));

        var run = Launch([("FAKE_DOTNET_FAIL", "error CS1002: ; expected")], "ask", "Who must defend Egypt?");

        Assert.Equal(1, run.Exit);
        Assert.Equal("", run.Output);
        Assert.Contains("error CS1002: ; expected", run.Error, StringComparison.Ordinal);
        Assert.Contains("the native build failed", run.Error, StringComparison.Ordinal);
        Assert.Contains("ENTENTE_NATIVE=0 ./entente", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NativeBuild_UpToDate_BuildsNothingAndSaysWhatLaterRunsStart()
    {
        NativeBuilt();

        var run = Launch([], "--native-build");

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal("", run.Output);
        Assert.Contains("later runs of ./entente start .entente/native/out/entente", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(DotnetLog));
    }

    [Fact]
    public void NativeBuild_WithOtherArguments_IsRefused()
    {
        var run = Launch([], "--native-build", "ask", "Who must defend Egypt?");

        Assert.Equal(2, run.Exit);
        Assert.Contains("--native-build takes no other arguments", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(DotnetLog));
    }

    private string DotnetLog => _root.File("dotnet.log");

    private void NativeBuilt()
    {
        Executable(".entente/native/out/entente", "echo \"native $*\"");
        Stamp(".entente/native/built");
    }

    private void Executable(string name, string body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_root.File(name))!);
        var path = _root.Write(name, $"#!/bin/sh\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private void Stamp(string name)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_root.File(name))!);
        _root.Write(name, "");
    }

    private ProcessRun Launch((string Name, string Value)[] environment, params string[] args)
    {
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = _root.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(_root.File("entente"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["PATH"] = $"{_root.File("fake-bin")}:/usr/bin:/bin";
        start.Environment["FAKE_DOTNET_LOG"] = DotnetLog;
        start.Environment.Remove("ENTENTE_NATIVE");
        start.Environment.Remove("FAKE_DOTNET_FAIL");
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
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
