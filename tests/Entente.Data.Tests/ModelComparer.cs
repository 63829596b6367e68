using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Entente.Data.Loading;

namespace Entente.Data.Tests;

/// <summary>
/// Compares two models field by field, by reflection: every public property and field of every record, every item of
/// every list, so a field added to the model is compared without changing this code. The reader's bookkeeping for the
/// validator (places, references, citations, problems) is not the model and is left out.
/// </summary>
internal static class ModelComparer
{
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal)
    {
        nameof(Reader.Problems), nameof(Reader.References), nameof(Reader.Citations), nameof(Reader.Quotations), nameof(Reader.Places),
    };

    /// <summary>The path of the first difference between what two readers read, or null when they read the same model.</summary>
    public static string? Difference(Reader expected, Reader actual)
    {
        var lists = typeof(Reader).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && !Bookkeeping.Contains(p.Name));
        foreach (var list in lists)
        {
            if (Difference(list.GetValue(expected), list.GetValue(actual), list.Name, 0) is { } difference)
                return difference;
        }
        return null;
    }

    /// <summary>The names of the reader's lists the comparison covers (so a test can check it covers the model).</summary>
    public static IEnumerable<string> Lists() =>
        typeof(Reader).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && !Bookkeeping.Contains(p.Name)).Select(p => p.Name);

    public static string? Difference(object? expected, object? actual, string path, int depth)
    {
        if (depth > 32)
            throw new InvalidOperationException($"{path}: the model nests deeper than 32 (a cycle?)");
        if (expected is null || actual is null)
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} ≠ {Show(actual)}";
        var type = expected.GetType();
        if (type != actual.GetType())
            return $"{path}: a {type.Name} ≠ a {actual.GetType().Name}";
        // Places in a file and the reader's maps are where a thing was read, not what it is: a snapshot keeps no lines.
        if (expected is Location or MapReader)
            return null;
        if (expected is string || type.IsPrimitive || type.IsEnum || expected is DateOnly or DateTime or decimal)
            return Equals(expected, actual) ? null : $"{path}: {Show(expected)} ≠ {Show(actual)}";
        if (expected is ITuple tuple)
        {
            var other = (ITuple)actual;
            for (var i = 0; i < tuple.Length; i++)
            {
                if (Difference(tuple[i], other[i], $"{path}.Item{i + 1}", depth + 1) is { } difference)
                    return difference;
            }
            return null;
        }
        if (expected is IEnumerable items)
        {
            var left = items.Cast<object?>().ToList();
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            if (left.Count != right.Count)
                return $"{path}: {left.Count} items ≠ {right.Count} items";
            for (var i = 0; i < left.Count; i++)
            {
                if (Difference(left[i], right[i], $"{path}[{i}]", depth + 1) is { } difference)
                    return difference;
            }
            return null;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (Difference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", depth + 1) is { } difference)
                return difference;
        }
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            if (Difference(field.GetValue(expected), field.GetValue(actual), $"{path}.{field.Name}", depth + 1) is { } difference)
                return difference;
        }
        return null;
    }

    private static string Show(object? value) => value is null ? "null" : $"'{value}'";
}
