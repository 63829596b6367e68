using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Entente.Data.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Entente.Data;

/// <summary>
/// The data set compiled at build time, as NodaTime ships tzdb: the YAML of <c>data/</c>, loaded and validated by
/// the build (tools/Entente.Snapshot), written as its parsed documents in a compact binary form (every string once,
/// then each file's tree of maps, lists and values) and embedded in the assembly that starts the program. At run
/// time the documents are rebuilt without parsing any YAML and without the validator, and read by the same
/// <see cref="Loading.Reader"/> as the YAML. The YAML stays the source of truth: the snapshot keeps the SHA-256 of
/// the files it was made from, and one whose hash differs from the YAML built into this assembly is refused as stale.
/// </summary>
/// <remarks>
/// Layout: magic <c>ENTS</c>, format version, the 32-byte hash, the strings (count, then each), the files (count,
/// then name and document trees). A node is a tag byte (0 value, 1 map, 2 list), a value its style and string
/// index (−1 for none), a map or list its count and children. Line numbers are not kept: a validated data set
/// reports no problem.
/// </remarks>
public static class DataSnapshot
{
    /// <summary>The resource name the snapshot is embedded under.</summary>
    public const string ResourceName = "entente/data.snapshot";

    private const uint Magic = 0x53544E45; // "ENTS", little-endian
    private const int FormatVersion = 1;
    private const byte ValueTag = 0, MapTag = 1, ListTag = 2;

    /// <summary>
    /// The SHA-256 of a data set's files: each file's name and bytes, in ordinal order of name (as the loader reads them).
    /// </summary>
    public static byte[] Hash(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }
        return hash.GetHashAndReset();
    }

    /// <summary>The hash of the YAML built into this assembly (<see cref="DataFile.BuiltIn"/>).</summary>
    public static byte[] BuiltInHash()
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
            return (f.Name, Roots: stream.Documents.Select(d => d.RootNode).ToArray());
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
            void Node(YamlNode node)
            {
                switch (node)
                {
                    case YamlScalarNode scalar:
                        w.Write(ValueTag);
                        w.Write((byte)scalar.Style);
                        w.Write7BitEncodedInt(Intern(scalar.Value));
                        break;
                    case YamlMappingNode map:
                        w.Write(MapTag);
                        w.Write7BitEncodedInt(map.Children.Count);
                        foreach (var (key, value) in map.Children)
                        {
                            Node(key);
                            Node(value);
                        }
                        break;
                    case YamlSequenceNode list:
                        w.Write(ListTag);
                        w.Write7BitEncodedInt(list.Children.Count);
                        foreach (var item in list.Children)
                            Node(item);
                        break;
                    default:
                        throw new InvalidOperationException($"A YAML node of type {node.NodeType} (an alias?) cannot go into the snapshot.");
                }
            }
            w.Write7BitEncodedInt(documents.Length);
            foreach (var (name, roots) in documents)
            {
                w.Write(name);
                w.Write7BitEncodedInt(roots.Length);
                foreach (var root in roots)
                    Node(root);
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
    public static LoadResult? Load(Stream snapshot, byte[] expectedHash)
    {
        using var r = new BinaryReader(snapshot, Encoding.UTF8, leaveOpen: true);
        if (r.ReadUInt32() != Magic || r.ReadInt32() != FormatVersion || !r.ReadBytes(32).AsSpan().SequenceEqual(expectedHash))
            return null;
        var strings = new string[r.Read7BitEncodedInt()];
        for (var i = 0; i < strings.Length; i++)
            strings[i] = r.ReadString();
        YamlNode Node()
        {
            switch (r.ReadByte())
            {
                case ValueTag:
                    var style = (ScalarStyle)r.ReadByte();
                    var index = r.Read7BitEncodedInt();
                    return new YamlScalarNode(index < 0 ? null : strings[index]) { Style = style };
                case MapTag:
                    var map = new YamlMappingNode();
                    for (var n = r.Read7BitEncodedInt(); n > 0; n--)
                        map.Add(Node(), Node());
                    return map;
                case ListTag:
                    var list = new YamlSequenceNode();
                    for (var n = r.Read7BitEncodedInt(); n > 0; n--)
                        list.Add(Node());
                    return list;
                default:
                    throw new InvalidDataException("The data snapshot is damaged: unknown node tag.");
            }
        }
        var reader = new Reader();
        var files = r.Read7BitEncodedInt();
        for (var f = 0; f < files; f++)
        {
            var name = r.ReadString();
            for (var d = r.Read7BitEncodedInt(); d > 0; d--)
                reader.ReadDocument(name, Node());
        }
        return DataSetLoader.Build(reader, files);
    }
}
