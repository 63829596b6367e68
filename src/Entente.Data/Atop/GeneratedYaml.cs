using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Entente.Data.Atop;

/// <summary>
/// The YAML side of a generated file: building nodes, comparing them by value, merging a fresh entry with the one
/// already in the file (keeping what a curator set) and writing the result in the data set's layout.
/// </summary>
public static partial class GeneratedYaml
{
    public static YamlScalarNode Scalar(string value) => new(value);

    public static YamlSequenceNode FlowList(IEnumerable<string> items)
    {
        var list = new YamlSequenceNode(items.Select(i => (YamlNode)new YamlScalarNode(i))) { Style = SequenceStyle.Flow };
        return list;
    }

    public static YamlMappingNode Map(bool flow, params (string Key, YamlNode? Value)[] fields)
    {
        var map = new YamlMappingNode { Style = flow ? MappingStyle.Flow : MappingStyle.Block };
        foreach (var (key, value) in fields)
        {
            if (value is not null)
                map.Add(key, value);
        }
        return map;
    }

    /// <summary>Whether two nodes hold the same values (map order and styles aside).</summary>
    public static bool Same(YamlNode a, YamlNode b) => (a, b) switch
    {
        (YamlScalarNode x, YamlScalarNode y) => (x.Value ?? "").Trim() == (y.Value ?? "").Trim(),
        (YamlSequenceNode x, YamlSequenceNode y) => x.Children.Count == y.Children.Count && x.Children.Zip(y.Children).All(p => Same(p.First, p.Second)),
        (YamlMappingNode x, YamlMappingNode y) => x.Children.Count == y.Children.Count
            && x.Children.All(kv => y.Children.TryGetValue(kv.Key, out var other) && Same(kv.Value, other)),
        _ => false,
    };

    /// <summary>The file, beside the generated YAML, that holds a fingerprint of every field the import last wrote.</summary>
    public const string FingerprintFile = "generated.txt";

    /// <summary>A short hash of a node's value (map order and styles aside).</summary>
    public static string Fingerprint(YamlNode node) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(node))))[..16];

    private static string Canonical(YamlNode node) => node switch
    {
        YamlScalarNode s => "\"" + (s.Value ?? "").Trim().Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        YamlSequenceNode q => "[" + string.Join(",", q.Children.Select(Canonical)) + "]",
        YamlMappingNode m => "{" + string.Join(",", m.Children.Select(kv => (Key: Canonical(kv.Key), Value: Canonical(kv.Value))).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + ":" + kv.Value)) + "}",
        _ => "",
    };

    /// <summary>Reads the fingerprints an earlier run wrote (<c>list:id:field hash</c> a line); none when there is no such file.</summary>
    public static IReadOnlyDictionary<string, string> ReadFingerprints(string path)
    {
        if (!File.Exists(path))
            return new Dictionary<string, string>();
        return File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split(' ', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
    }

    public static string WriteFingerprints(IEnumerable<KeyValuePair<string, string>> fingerprints)
    {
        var text = new StringBuilder("# What `entente import-atop` last wrote for each field (a hash of its value): a field whose value in the YAML\n"
            + "# no longer matches was changed by a curator, and the import keeps it. Do not edit; delete a line to let the import overwrite that field.\n");
        foreach (var (key, hash) in fingerprints)
            text.Append(key).Append(' ').Append(hash).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// Merges a freshly generated entry with the one already in the file. A field whose value in the file is what the
    /// import last wrote (its fingerprint in <paramref name="last"/>) is the import's, and takes the fresh value. A field
    /// whose value differs from what the import last wrote was set by a curator: it is kept. Without a fingerprint (a
    /// file from before fingerprints, or a field the import did not write), a value that differs from the fresh one is
    /// the curator's too. A field only the file has is kept. Returns the merged entry and the names of the curator's fields.
    /// </summary>
    public static (YamlMappingNode Merged, IReadOnlyList<string> Kept) Merge(YamlMappingNode fresh, YamlMappingNode? existing,
        string key = "", IReadOnlyDictionary<string, string>? last = null)
    {
        if (existing is null)
            return (fresh, []);
        var merged = new YamlMappingNode { Style = fresh.Style };
        var kept = new List<string>();
        foreach (var (field, value) in fresh.Children)
        {
            if (existing.Children.TryGetValue(field, out var old) && !Same(old, value)
                && !(last is not null && last.TryGetValue($"{key}:{((YamlScalarNode)field).Value}", out var hash) && hash == Fingerprint(old)))
            {
                merged.Add(field, old);
                kept.Add(((YamlScalarNode)field).Value!);
            }
            else
            {
                merged.Add(field, value);
            }
        }
        foreach (var (field, value) in existing.Children)
        {
            if (!fresh.Children.ContainsKey(field))
            {
                merged.Add(field, value);
                kept.Add(((YamlScalarNode)field).Value!);
            }
        }
        return (merged, kept);
    }

    /// <summary>The entries of a top-level list (<c>treaties</c>, <c>actors</c>, <c>sources</c>) in a file's text; none when absent.</summary>
    public static IReadOnlyList<YamlMappingNode> Entries(string text, string list)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode(list), out var node) || node is not YamlSequenceNode entries)
            return [];
        return entries.Children.OfType<YamlMappingNode>().ToArray();
    }

    /// <summary>A file: its header comment, then each list with its entries.</summary>
    public static string Write(string header, params (string List, IReadOnlyList<YamlMappingNode> Entries)[] lists)
    {
        var text = new StringBuilder();
        foreach (var line in header.Split('\n'))
            text.Append("# ").Append(line).Append('\n');
        foreach (var (list, entries) in lists)
        {
            if (entries.Count == 0)
                continue;
            text.Append('\n').Append(list).Append(":\n");
            foreach (var entry in entries)
            {
                WriteBlockMap(text, entry, "  - ", "    ");
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static void WriteBlockMap(StringBuilder text, YamlMappingNode map, string first, string indent)
    {
        var prefix = first;
        foreach (var (key, value) in map.Children)
        {
            text.Append(prefix).Append(((YamlScalarNode)key).Value).Append(':');
            prefix = indent;
            switch (value)
            {
                case YamlScalarNode or YamlSequenceNode { Style: SequenceStyle.Flow } or YamlMappingNode { Style: MappingStyle.Flow }:
                case YamlSequenceNode s when s.Children.All(c => c is YamlScalarNode):
                    text.Append(' ').Append(Inline(value)).Append('\n');
                    break;
                case YamlSequenceNode sequence:
                    text.Append('\n');
                    foreach (var item in sequence.Children)
                    {
                        if (item is YamlMappingNode { Style: not MappingStyle.Flow } block)
                            WriteBlockMap(text, block, indent + "  - ", indent + "    ");
                        else
                            text.Append(indent).Append("  - ").Append(Inline(item)).Append('\n');
                    }
                    break;
                case YamlMappingNode nested:
                    text.Append('\n');
                    WriteBlockMap(text, nested, indent + "  ", indent + "  ");
                    break;
            }
        }
    }

    private static string Inline(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Quote(scalar),
        YamlSequenceNode sequence => $"[{string.Join(", ", sequence.Children.Select(Inline))}]",
        YamlMappingNode map => $"{{{string.Join(", ", map.Children.Select(kv => $"{((YamlScalarNode)kv.Key).Value}: {Inline(kv.Value)}"))}}}",
        _ => "",
    };

    // Plain where YAML reads the text back unchanged (in flow context too), else double-quoted.
    private static string Quote(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (value.Length == 0)
            return "null";
        if (Plain().IsMatch(value) && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
            && value is not ("yes" or "no" or "true" or "false" or "null" or "Null" or "NULL" or "on" or "off" or "y" or "n"))
            return value;
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} .()'’–/-]*(?<! )$")]
    private static partial Regex Plain();
}
