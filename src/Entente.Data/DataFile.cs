using System.Reflection;

namespace Entente.Data;

/// <summary>One YAML file of a data set: the name it is reported under, and its text.</summary>
public sealed record DataFile(string Name, string Text)
{
    private const string ResourcePrefix = "data/";

    /// <summary>
    /// Every <c>*.yaml</c> file below <paramref name="directory"/>, in ordinal order of path, named
    /// <c>&lt;folder name&gt;/&lt;relative path&gt;</c> (so <c>data/treaties/anzus.yaml</c>).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<DataFile> FromDirectory(string directory)
    {
        var root = new DirectoryInfo(directory);
        if (!root.Exists)
            throw new DirectoryNotFoundException($"No data folder '{directory}'. Pass --data with a folder that holds the YAML files (see data/README.md), or leave it out to use the built-in data set.");
        return root.EnumerateFiles("*.yaml", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(root.FullName, f.FullName).Replace('\\', '/'), f.FullName))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => new DataFile($"{root.Name}/{f.Relative}", File.ReadAllText(f.FullName)))
            .ToArray();
    }

    /// <summary>The data set built into this assembly: the repository's <c>data/</c> folder at build time.</summary>
    public static IReadOnlyList<DataFile> BuiltIn()
    {
        var assembly = typeof(DataFile).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new DataFile(n, Read(assembly, n)))
            .ToArray();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
