using Entente.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Entente.Data.Loading;

/// <summary>
/// Reads the fields of one YAML map, reporting every problem with its place and never throwing:
/// a missing required field, a value of the wrong shape, a date that is not a date, a field the
/// schema does not have.
/// </summary>
internal sealed class MapReader
{
    private readonly YamlMappingNode _node;
    private readonly List<Problem> _problems;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public MapReader(YamlMappingNode node, string file, string path, List<Problem> problems)
    {
        (_node, File, Path, _problems) = (node, file, path, problems);
    }

    public string File { get; }
    public string Path { get; }
    public int Line => (int)_node.Start.Line;

    /// <summary>The place of a field's value, or of the map itself when the field is absent.</summary>
    public Location PlaceOf(string key) =>
        new(File, Value(key) is { } v ? (int)v.Start.Line : Line, Field(key));

    public Location Place => new(File, Line, Path);

    public string Field(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public void Report(string key, string message) => _problems.Add(PlaceOf(key).Problem(message));

    public string? Text(string key, bool required = false)
    {
        var node = Value(key);
        if (node is null || IsNull(node))
        {
            if (required)
                Report(key, "is required");
            return null;
        }
        if (node is YamlScalarNode scalar)
            return scalar.Value!.Trim();
        Report(key, $"must be a single value, not a {Describe(node)}");
        return null;
    }

    public string RequiredText(string key) => Text(key, required: true) ?? "";

    public PartialDate? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
            return null;
        if (PartialDate.TryParse(text, out var date, out var error))
            return date;
        Report(key, error);
        return null;
    }

    public bool? Bool(string key)
    {
        var text = Text(key);
        return text switch
        {
            null => null,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => Fail<bool?>(key, $"'{text}' is not true or false"),
        };
    }

    public int? Int(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
            return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
            return value;
        Report(key, $"'{text}' is not a whole number");
        return null;
    }

    /// <summary>A kebab-case word of an enum (<c>non-aggression</c> → NonAggression).</summary>
    public T? Enum<T>(string key, bool required = false) where T : struct, System.Enum
    {
        var text = Text(key, required);
        if (text is null)
            return null;
        var name = text.Replace("-", "", StringComparison.Ordinal);
        if (System.Enum.TryParse<T>(name, ignoreCase: true, out var value) && !name.Any(char.IsDigit))
            return value;
        var allowed = string.Join(", ", System.Enum.GetNames<T>().Select(Kebab));
        Report(key, $"'{text}' is not one of: {allowed}");
        return null;
    }

    /// <summary>A list of texts; a single value counts as a list of one.</summary>
    public IReadOnlyList<string> Texts(string key)
    {
        var node = Value(key);
        if (node is null || IsNull(node))
            return [];
        if (node is YamlScalarNode scalar)
            return [scalar.Value!.Trim()];
        if (node is YamlSequenceNode sequence)
        {
            var list = new List<string>();
            foreach (var item in sequence)
            {
                if (item is YamlScalarNode s && !IsNull(s))
                    list.Add(s.Value!.Trim());
                else
                    _problems.Add(new Problem(File, (int)item.Start.Line, Field(key), $"each item must be a single value, not a {Describe(item)}"));
            }
            return list;
        }
        Report(key, $"must be a value or a list of values, not a {Describe(node)}");
        return [];
    }

    /// <summary>The nested maps of a list field.</summary>
    public IReadOnlyList<MapReader> Maps(string key)
    {
        var node = Value(key);
        if (node is null || IsNull(node))
            return [];
        if (node is not YamlSequenceNode sequence)
        {
            Report(key, $"must be a list, not a {Describe(node)}");
            return [];
        }
        var list = new List<MapReader>();
        var index = 0;
        foreach (var item in sequence)
        {
            var path = $"{Field(key)}[{index++}]";
            if (item is YamlMappingNode map)
                list.Add(new MapReader(map, File, path, _problems));
            else
                _problems.Add(new Problem(File, (int)item.Start.Line, path, $"must be a map of fields, not a {Describe(item)}"));
        }
        return list;
    }

    /// <summary>A nested map field, or null when absent (or, with <paramref name="quiet"/>, when it is a single value).</summary>
    public MapReader? Map(string key, bool quiet = false)
    {
        var node = Value(key);
        if (node is null || IsNull(node))
            return null;
        if (node is YamlMappingNode map)
            return new MapReader(map, File, Field(key), _problems);
        if (!quiet)
            Report(key, $"must be a map of fields, not a {Describe(node)}");
        return null;
    }

    /// <summary>Reports every field that was never read: a typo or a field the schema does not have.</summary>
    public void RejectUnknown()
    {
        foreach (var (key, value) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!_read.Contains(name))
                _problems.Add(new Problem(File, (int)key.Start.Line, Field(name), "is not a field of this schema (see data/README.md)"));
        }
    }

    private YamlNode? Value(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    private T? Fail<T>(string key, string message)
    {
        Report(key, message);
        return default;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "map",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
