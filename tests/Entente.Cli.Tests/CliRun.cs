namespace Entente.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints and its exit code.</summary>
internal sealed record CliRun(int Exit, string Output, string Error)
{
    public static CliRun Of(params string[] args) => At(TimeProvider.System, args);

    /// <summary>Runs with <paramref name="time"/> as the clock "today" comes from.</summary>
    public static CliRun At(TimeProvider time, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = App.Run(args, output, error, time);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {Exit}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>A temporary data folder holding one YAML file, deleted afterwards.</summary>
internal sealed class TempData : IDisposable
{
    public TempData(string yaml)
    {
        Folder = Path.Combine(Path.GetTempPath(), "entente-test-" + Guid.NewGuid().ToString("N"), "data");
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "test.yaml"), yaml);
    }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
}
