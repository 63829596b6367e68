using Entente.Core.Model;

namespace Entente.Data.Loading;

/// <summary>
/// Reads the fields of one map of a data file, reporting every problem with its place and never throwing:
/// a missing required field, a value of the wrong shape, a date that is not a date, a field the
/// schema does not have.
/// </summary>
internal sealed class MapReader
{
    private readonly DataNode _node;
    private readonly List<Problem> _problems;

    // The place in the file, made only when a message or a rule needs it: a nested map's path is its parent's
    // field, with the item's index in a list (treaties[3].parties[0]).
    private readonly MapReader? _parent;
    private readonly string? _key;
    private readonly int _index;
    private string? _path;

    // Which of the map's fields were read (bit i: Keys[i]), for RejectUnknown.
    private ulong _read;
    private readonly bool[]? _readBeyond64;

    public MapReader(DataNode node, string file, string path, List<Problem> problems)
        : this(node, file, problems, null, null, -1)
    {
        _path = path;
    }

    private MapReader(DataNode node, string file, List<Problem> problems, MapReader? parent, string? key, int index)
    {
        (_node, File, _problems, _parent, _key, _index) = (node, file, problems, parent, key, index);
        if (node.Keys.Length > 64)
            _readBeyond64 = new bool[node.Keys.Length - 64];
    }

    public string File { get; }

    public string Path => _path ??= _index < 0 ? _parent!.Field(_key!) : $"{_parent!.Field(_key!)}[{_index}]";

    public int Line => _node.Line;

    /// <summary>The place of a field's value, or of the map itself when the field is absent.</summary>
    public Location PlaceOf(string key) =>
        new(File, Value(key) is { } v ? v.Line : Line, Field(key));

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
        if (node.Kind == DataNodeKind.Value)
            return node.Value!.Trim();
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
        if (node.Kind == DataNodeKind.Value)
            return [node.Value!.Trim()];
        if (node.Kind == DataNodeKind.List)
        {
            var list = new List<string>(node.Items.Length);
            foreach (var item in node.Items)
            {
                if (item.Kind == DataNodeKind.Value && !IsNull(item))
                    list.Add(item.Value!.Trim());
                else
                    _problems.Add(new Problem(File, item.Line, Field(key), $"each item must be a single value, not a {Describe(item)}"));
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
        if (node.Kind != DataNodeKind.List)
        {
            Report(key, $"must be a list, not a {Describe(node)}");
            return [];
        }
        var list = new List<MapReader>(node.Items.Length);
        var index = 0;
        foreach (var item in node.Items)
        {
            if (item.Kind == DataNodeKind.Map)
                list.Add(new MapReader(item, File, _problems, this, key, index));
            else
                _problems.Add(new Problem(File, item.Line, $"{Field(key)}[{index}]", $"must be a map of fields, not a {Describe(item)}"));
            index++;
        }
        return list;
    }

    /// <summary>A nested map field, or null when absent (or, with <paramref name="quiet"/>, when it is a single value).</summary>
    public MapReader? Map(string key, bool quiet = false)
    {
        var node = Value(key);
        if (node is null || IsNull(node))
            return null;
        if (node.Kind == DataNodeKind.Map)
            return new MapReader(node, File, _problems, this, key, -1);
        if (!quiet)
            Report(key, $"must be a map of fields, not a {Describe(node)}");
        return null;
    }

    /// <summary>Reports every field that was never read: a typo or a field the schema does not have.</summary>
    public void RejectUnknown()
    {
        var keys = _node.Keys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (WasRead(i))
                continue;
            var name = keys[i].Kind == DataNodeKind.Value ? keys[i].Value ?? "?" : "?";
            _problems.Add(new Problem(File, keys[i].Line, Field(name), "is not a field of this schema (see data/README.md)"));
        }
    }

    private DataNode? Value(string key)
    {
        var value = _node.Find(key, out var index);
        if (index >= 64)
            _readBeyond64![index - 64] = true;
        else if (index >= 0)
            _read |= 1UL << index;
        return value;
    }

    private bool WasRead(int index) => index < 64 ? (_read & (1UL << index)) != 0 : _readBeyond64![index - 64];

    private T? Fail<T>(string key, string message)
    {
        Report(key, message);
        return default;
    }

    private static bool IsNull(DataNode node) =>
        node is { Kind: DataNodeKind.Value, Plain: true, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string Describe(DataNode node) => node.Kind switch
    {
        DataNodeKind.Map => "map",
        DataNodeKind.List => "list",
        _ => "value",
    };

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
