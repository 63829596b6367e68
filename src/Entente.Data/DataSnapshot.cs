using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Entente.Data.Loading;
using YamlDotNet.RepresentationModel;

namespace Entente.Data;

/// <summary>
/// The data set compiled at build time, as NodaTime ships tzdb: the YAML of <c>data/</c>, loaded and validated by
/// the build (tools/Entente.Snapshot), written as its parsed documents in a compact binary form (every string once,
/// then each file's tree of maps, lists and values) and embedded in the assembly that starts the program. At run
/// time the documents are rebuilt without parsing any YAML (YamlDotNet is not even loaded) and without the
/// validator, and read by the same <see cref="Loading.Reader"/> as the YAML. The YAML stays the source of truth: the
/// snapshot keeps the hash of the files it was made from, and one whose hash differs from that of the YAML built into
/// this assembly is refused as stale.
/// </summary>
/// <remarks>
/// Layout: magic <c>ENTS</c>, format version, the 32-byte hash, the strings (count, then each), the files (count,
/// then name and document trees). A node is a tag byte (0 plain value, 3 quoted value, 1 map, 2 list), a value its
/// string index (−1 for none), a map its count and keys and values, a list its count and items. Line numbers are not
/// kept: a validated data set reports no problem.
/// <para>The hash of a data set is the SHA-256 of each file's name and SHA-256, in ordinal order of name. The build
/// of Entente.Data writes the SHA-256 of every YAML file it embeds into a stamp (the resource
/// <see cref="StampResourceName"/>), so a start checks the snapshot without hashing 1.6 MB of YAML.</para>
/// </remarks>
public static class DataSnapshot
{
    /// <summary>The resource name the snapshot is embedded under.</summary>
    public const string ResourceName = "entente/data.snapshot";

    /// <summary>The resource of Entente.Data holding one line per built-in YAML file: its path below the project, a
    /// <c>|</c>, and the SHA-256 of its bytes in hexadecimal (written by the build, MSBuild's GetFileHash).</summary>
    public const string StampResourceName = "entente/data.stamp";

    private const uint Magic = 0x53544E45; // "ENTS", little-endian
    private const int FormatVersion = 2;
    private const byte PlainTag = 0, MapTag = 1, ListTag = 2, QuotedTag = 3;

    /// <summary>The hash of a data set's files: each file's name and the SHA-256 of its bytes, in ordinal order of name.</summary>
    public static byte[] Hash(IEnumerable<(string Name, byte[] Bytes)> files) =>
        Combine(files.Select(f => (f.Name, SHA256.HashData(f.Bytes))));

    private static byte[] Combine(IEnumerable<(string Name, byte[] FileHash)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, fileHash) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(fileHash);
        }
        return hash.GetHashAndReset();
    }

    /// <summary>The hash of the YAML built into this assembly (<see cref="DataFile.BuiltIn"/>): from the build's stamp,
    /// or, in an assembly built without one, from the files themselves.</summary>
    public static byte[] BuiltInHash() => StampedHash() ?? HashOfBuiltInFiles();

    /// <summary>The hash of the YAML built into this assembly, computed from the files (what the stamp must equal).</summary>
    public static byte[] HashOfBuiltInFiles()
    {
        var assembly = typeof(DataFile).Assembly;
        return Hash(DataFile.BuiltInNames().Select(n =>
        {
            using var stream = assembly.GetManifestResourceStream(n)!;
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return (n, bytes);
        }));
    }

    /// <summary>The hash from the build's stamp, or null when this assembly has none (or one that does not parse).</summary>
    public static byte[]? StampedHash()
    {
        using var stream = typeof(DataFile).Assembly.GetManifestResourceStream(StampResourceName);
        if (stream is null)
            return null;
        using var text = new StreamReader(stream, Encoding.UTF8);
        var files = new List<(string, byte[])>();
        while (text.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            var bar = line.LastIndexOf('|');
            if (bar < 0 || StampName(line[..bar]) is not { } name)
                return null;
            try
            {
                files.Add((name, Convert.FromHexString(line.AsSpan(bar + 1).Trim())));
            }
            catch (FormatException)
            {
                return null;
            }
        }
        return Combine(files);
    }

    // The build writes each file's path as MSBuild includes it (..\..\data\atop\x.yaml); the data set names it
    // as its resource (data/atop/x.yaml).
    private static string? StampName(string path)
    {
        path = path.Trim().Replace('\\', '/');
        while (path.StartsWith("../", StringComparison.Ordinal))
            path = path[3..];
        return path.StartsWith("data/", StringComparison.Ordinal) ? path : null;
    }

    /// <summary>
    /// Writes the snapshot of a valid data set. The files are parsed again here (they were loaded and validated by the
    /// caller); a file that is not valid YAML throws, since a snapshot is made only of a data set that loads.
    /// </summary>
    public static void Write(Stream output, IReadOnlyList<DataFile> files, byte[] hash)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(hash.Length, 32);
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = files.Select(f =>
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(f.Text));
            return (f.Name, Roots: stream.Documents.Select(d => DataNode.FromYaml(d.RootNode)).ToArray());
        }).ToArray();
        int Intern(string? text)
        {
            if (text is null)
                return -1;
            if (!strings.TryGetValue(text, out var index))
                strings[text] = index = strings.Count;
            return index;
        }
        var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            // A tree as the reader sees it; an alias shared by two fields is written out twice (the data uses none),
            // and a cycle of aliases cannot be written.
            void Node(DataNode node, int depth)
            {
                if (depth > Reader.MaxDepth)
                    throw new InvalidOperationException($"A data file nests deeper than {Reader.MaxDepth} (a cycle of YAML aliases?): it cannot go into the snapshot.");
                switch (node.Kind)
                {
                    case DataNodeKind.Value:
                        w.Write(node.Plain ? PlainTag : QuotedTag);
                        w.Write7BitEncodedInt(Intern(node.Value));
                        break;
                    case DataNodeKind.Map:
                        w.Write(MapTag);
                        w.Write7BitEncodedInt(node.Keys.Length);
                        for (var i = 0; i < node.Keys.Length; i++)
                        {
                            Node(node.Keys[i], depth + 1);
                            Node(node.Items[i], depth + 1);
                        }
                        break;
                    default:
                        w.Write(ListTag);
                        w.Write7BitEncodedInt(node.Items.Length);
                        foreach (var item in node.Items)
                            Node(item, depth + 1);
                        break;
                }
            }
            w.Write7BitEncodedInt(documents.Length);
            foreach (var (name, roots) in documents)
            {
                w.Write(name);
                w.Write7BitEncodedInt(roots.Length);
                foreach (var root in roots)
                    Node(root, 0);
            }
        }
        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(hash);
        writer.Write7BitEncodedInt(strings.Count);
        foreach (var text in strings.OrderBy(s => s.Value).Select(s => s.Key))
            writer.Write(text);
        writer.Flush();
        body.Position = 0;
        body.CopyTo(output);
    }

    /// <summary>
    /// Loads the snapshot embedded in <paramref name="assembly"/>, or null when it has none, or when it was made from
    /// other YAML than the one built into this assembly (stale) or by another format version: then load the YAML.
    /// </summary>
    public static LoadResult? LoadEmbedded(Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream, BuiltInHash());
    }

    /// <summary>Loads a snapshot, or null when it is not one of this format or was made from files of another hash.</summary>
    public static LoadResult? Load(Stream snapshot, byte[] expectedHash) =>
        Read(snapshot, expectedHash, out var files) is { } reader ? DataSetLoader.Build(reader, files) : null;

    /// <summary>The reader that has read a snapshot's documents (what <see cref="Load"/> builds the atlas from), or null
    /// when the snapshot is not one of this format or was made from files of another hash.</summary>
    internal static Reader? Read(Stream snapshot, byte[] expectedHash, out int files)
    {
        files = 0;
        using var r = new BinaryReader(snapshot, Encoding.UTF8, leaveOpen: true);
        if (r.ReadUInt32() != Magic || r.ReadInt32() != FormatVersion || !r.ReadBytes(32).AsSpan().SequenceEqual(expectedHash))
            return null;
        var strings = new string[r.Read7BitEncodedInt()];
        for (var i = 0; i < strings.Length; i++)
            strings[i] = r.ReadString();
        // A value is the same node wherever it occurs (a snapshot keeps no lines): made once per string and style.
        var plain = new DataNode?[strings.Length + 1];
        var quoted = new DataNode?[strings.Length + 1];
        DataNode Node()
        {
            var tag = r.ReadByte();
            switch (tag)
            {
                case PlainTag or QuotedTag:
                    var index = r.Read7BitEncodedInt();
                    var made = tag == PlainTag ? plain : quoted;
                    return made[index + 1] ??= DataNode.Scalar(index < 0 ? null : strings[index], tag == PlainTag);
                case MapTag:
                    var keys = new DataNode[r.Read7BitEncodedInt()];
                    var values = new DataNode[keys.Length];
                    for (var i = 0; i < keys.Length; i++)
                    {
                        keys[i] = Node();
                        values[i] = Node();
                    }
                    return DataNode.Map(keys, values);
                case ListTag:
                    var items = new DataNode[r.Read7BitEncodedInt()];
                    for (var i = 0; i < items.Length; i++)
                        items[i] = Node();
                    return DataNode.List(items);
                default:
                    throw new InvalidDataException("The data snapshot is damaged: unknown node tag.");
            }
        }
        var reader = new Reader(validated: true);
        files = r.Read7BitEncodedInt();
        for (var f = 0; f < files; f++)
        {
            var name = r.ReadString();
            for (var d = r.Read7BitEncodedInt(); d > 0; d--)
                reader.ReadDocument(name, Node());
        }
        return reader;
    }
}
