namespace Entente.Data.Tests;

/// <summary>
/// The research data in <c>../shared/data</c> beside the repository: read at test time, never copied in.
/// A missing folder fails the test that needs it, with a message saying where it was looked for.
/// </summary>
internal static class SharedData
{
    public static string Path(params string[] parts)
    {
        var root = RepositoryRoot();
        var folder = System.IO.Path.GetFullPath(System.IO.Path.Combine([root, "..", "shared", "data", .. parts]));
        if (!File.Exists(folder) && !Directory.Exists(folder))
            Assert.Fail($"The shared research data is missing: expected {folder} (the folder ../shared/data beside the repository).");
        return folder;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Entente.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No Entente.slnx above {AppContext.BaseDirectory}.");
    }

    /// <summary>The rows of a plain CSV file (no quoted fields), header first, CRLF or LF.</summary>
    public static IReadOnlyList<string[]> Csv(params string[] parts) =>
        File.ReadAllText(Path(parts)).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
}
