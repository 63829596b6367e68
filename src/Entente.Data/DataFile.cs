using System.Reflection;
using System.Text;

namespace Entente.Data;

/// <summary>One YAML file of a data set: the name it is reported under, and its text.</summary>
public sealed record DataFile(string Name, string Text)
{
    private const string ResourcePrefix = "data/";

    /// <summary>The largest data file read, in bytes (16 MiB; the largest built-in file is well under 1 MiB).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Why the file could not be read as text (not UTF-8, too large, not a file), or null: the loader reports it as the file's problem.</summary>
    public Problem? Unreadable { get; init; }

    /// <summary>
    /// Every <c>*.yaml</c> file below <paramref name="directory"/>, in ordinal order of path, named
    /// <c>&lt;folder name&gt;/&lt;relative path&gt;</c> (so <c>data/treaties/anzus.yaml</c>).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<DataFile> FromDirectory(string directory)
    {
        var root = string.IsNullOrWhiteSpace(directory) ? null : new DirectoryInfo(directory);
        if (root is null || !root.Exists)
            throw new DirectoryNotFoundException($"No data folder '{directory}'. Pass --data with a folder that holds the YAML files (see data/README.md), or leave it out to use the built-in data set.");
        return root.EnumerateFiles("*.yaml", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(root.FullName, f.FullName).Replace('\\', '/'), f.FullName))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => Read($"{root.Name}/{f.Relative}", f.FullName))
            .ToArray();
    }

    /// <summary>
    /// Reads one data file as strict UTF-8 (a byte order mark allowed), at most <see cref="MaxBytes"/>, and only if it
    /// is a file with an end (a link to <c>/dev/zero</c>, a FIFO are refused, never read). A file that cannot be read
    /// comes back with <see cref="Unreadable"/> saying why and where.
    /// </summary>
    public static DataFile Read(string name, string path)
    {
        byte[] bytes;
        try
        {
            bytes = BoundedFile.ReadAllBytes(path, MaxBytes);
        }
        catch (IOException e)
        {
            return new DataFile(name, "") { Unreadable = new Problem(name, 0, "", $"cannot be read: {e.Message.Replace($"'{path}' ", "", StringComparison.Ordinal)}") };
        }
        catch (UnauthorizedAccessException)
        {
            return new DataFile(name, "") { Unreadable = new Problem(name, 0, "", "cannot be read: permission denied") };
        }
        return Decode(name, bytes);
    }

    /// <summary>Decodes a data file's bytes as strict UTF-8; invalid bytes make it <see cref="Unreadable"/>, with the line and byte.</summary>
    public static DataFile Decode(string name, ReadOnlySpan<byte> bytes)
    {
        var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        try
        {
            return new DataFile(name, StrictUtf8.GetString(body));
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, body.Length);
            var line = body[..at].Count((byte)'\n') + 1;
            var column = at - (body[..at].LastIndexOf((byte)'\n') + 1) + 1;
            return new DataFile(name, "") { Unreadable = new Problem(name, line, "", $"is not valid UTF-8 (byte {column} of the line, 0x{body[at]:X2}); save the file as UTF-8") };
        }
    }

    /// <summary>The data set built into this assembly: the repository's <c>data/</c> folder at build time.</summary>
    public static IReadOnlyList<DataFile> BuiltIn()
    {
        var assembly = typeof(DataFile).Assembly;
        return BuiltInNames().Select(n => new DataFile(n, Read(assembly, n))).ToArray();
    }

    /// <summary>The names of the built-in data files (<c>data/treaties/anzus.yaml</c>…), in ordinal order.</summary>
    public static IReadOnlyList<string> BuiltInNames() =>
        typeof(DataFile).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
