using Entente.Testing;

namespace Entente.Data.Tests;

/// <summary>Files of <c>../shared/data</c> beside the repository, read at test time, never copied in.</summary>
internal static class SharedData
{
    public static string Path(params string[] parts) => Repository.Shared(["data", .. parts]);

    public static string RepositoryRoot() => Repository.Root;

    /// <summary>The rows of a plain CSV file (no quoted fields), header first, CRLF or LF.</summary>
    public static IReadOnlyList<string[]> Csv(params string[] parts) =>
        File.ReadAllText(Path(parts)).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
}
