using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Entente.Data.Loading;

/// <summary>The three shapes a node of a data file has.</summary>
internal enum DataNodeKind : byte
{
    Value,
    Map,
    List,
}

/// <summary>
/// One node of a data file as the <see cref="Reader"/> reads it: a value, a map (keys and values in file order) or a
/// list, with its line. Made from YAML by <see cref="FromYaml"/>, or from the build's snapshot without YAML at all
/// (<see cref="DataSnapshot"/>); plain arrays, so a map of a dozen fields is searched faster than it would be hashed.
/// </summary>
internal sealed class DataNode
{
    private static readonly DataNode[] None = [];

    private DataNode(DataNodeKind kind, string? value, bool plain, DataNode[] keys, DataNode[] items, int line)
    {
        (Kind, Value, Plain, Keys, Items, Line) = (kind, value, plain, keys, items, line);
    }

    public DataNodeKind Kind { get; }

    /// <summary>A value's text (null for an empty value); null for a map or a list.</summary>
    public string? Value { get; }

    /// <summary>Whether a value is plain (not quoted): only then do <c>~</c>, <c>null</c> and nothing mean "no value".</summary>
    public bool Plain { get; }

    /// <summary>A map's keys, in file order; empty for a value or a list.</summary>
    public DataNode[] Keys { get; }

    /// <summary>A map's values (the value of <c>Keys[i]</c> is <c>Items[i]</c>) or a list's items; empty for a value.</summary>
    public DataNode[] Items { get; }

    /// <summary>The line the node starts on, 1-based; 0 when not known (a snapshot keeps no lines).</summary>
    public int Line { get; }

    public static DataNode Scalar(string? value, bool plain, int line = 0) => new(DataNodeKind.Value, value, plain, None, None, line);

    public static DataNode Map(DataNode[] keys, DataNode[] values, int line = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Length, keys.Length);
        return new(DataNodeKind.Map, null, false, keys, values, line);
    }

    public static DataNode List(DataNode[] items, int line = 0) => new(DataNodeKind.List, null, false, None, items, line);

    /// <summary>The value of the map's key <paramref name="key"/> and its index, or null when the map has no such key.</summary>
    public DataNode? Find(string key, out int index)
    {
        var keys = Keys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].Kind == DataNodeKind.Value && string.Equals(keys[i].Value, key, StringComparison.Ordinal))
            {
                index = i;
                return Items[i];
            }
        }
        index = -1;
        return null;
    }

    /// <summary>The same tree from a parsed YAML node. A node that anchors share (<c>&amp;a</c> … <c>*a</c>) is made once, so
    /// aliases cost nothing and a cycle of them stays a cycle (the reader reads only the fields it knows, to a bounded depth).</summary>
    public static DataNode FromYaml(YamlNode node) => Convert(node, new Dictionary<YamlNode, DataNode>(ReferenceEqualityComparer.Instance));

    private static DataNode Convert(YamlNode node, Dictionary<YamlNode, DataNode> made)
    {
        if (made.TryGetValue(node, out var known))
            return known;
        var line = (int)node.Start.Line;
        switch (node)
        {
            case YamlScalarNode scalar:
                return Scalar(scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, line);
            case YamlMappingNode map:
                var keys = new DataNode[map.Children.Count];
                var values = new DataNode[keys.Length];
                var result = made[node] = Map(keys, values, line);
                var i = 0;
                foreach (var (key, value) in map.Children)
                {
                    keys[i] = Convert(key, made);
                    values[i++] = Convert(value, made);
                }
                return result;
            case YamlSequenceNode list:
                var items = new DataNode[list.Children.Count];
                var sequence = made[node] = List(items, line);
                for (var j = 0; j < items.Length; j++)
                    items[j] = Convert(list.Children[j], made);
                return sequence;
            default:
                throw new InvalidOperationException($"A YAML node of type {node.NodeType} cannot be read as data.");
        }
    }
}
