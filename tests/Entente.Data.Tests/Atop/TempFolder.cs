namespace Entente.Data.Tests.Atop;

/// <summary>A temporary folder for one test's files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "entente-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file (exactly the text given: no newline is added) and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The names of the files in the folder, hidden ones included.</summary>
    public string[] Files() => [.. Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal)!];

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
