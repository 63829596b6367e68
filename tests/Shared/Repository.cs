namespace Entente.Testing;

/// <summary>
/// The repository's root (found by walking up from the test binaries to <c>Entente.slnx</c>) and the
/// folder <c>../shared</c> beside it: the seed article and the research data, read at test time and never
/// copied in. Linked into every test project, so there is one way to find them.
/// </summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>A path below <c>../shared</c>; a missing file or folder fails with where it was looked for.</summary>
    public static string Shared(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new FileNotFoundException($"The shared data is missing: expected {path} (the folder ../shared beside the repository).", path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No Entente.slnx above {AppContext.BaseDirectory}.");
    }
}
