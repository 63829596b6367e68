using System.Text.Json;

namespace Entente.Language.Views;

public sealed partial class EntityView
{
    public void WriteText(TextWriter output)
    {
        var sources = new SourceList(_atlas);
        output.WriteLine($"{Name} ({Id}), {Kind}");
        foreach (var fact in Facts)
            WriteLine(output, sources, "  ", fact.Label + ":", fact);
        foreach (var section in Sections.Where(x => x.Lines.Count > 0))
        {
            output.WriteLine();
            output.WriteLine(section.Title);
            foreach (var line in section.Lines)
                WriteLine(output, sources, "  ", line.Label, line);
        }
        sources.Write(output);
    }

    private static void WriteLine(TextWriter output, SourceList sources, string indent, string label, ViewLine line)
    {
        output.WriteLine($"{indent}{label,-14} {line.Value} {sources.Cite(line.Sources)}".TrimEnd());
        if (line.Detail is not null)
        {
            foreach (var detail in line.Detail.Split('\n'))
                output.WriteLine($"{indent}    {detail}");
        }
    }

    /// <summary>Writes the view as JSON: <c>{kind, id, name, facts[], sections[{title, items[]}], sources[]}</c>;
    /// an item is <c>{label, value, detail?, from?, to?, sources[]}</c> (<c>from</c>/<c>to</c> on dated lines: parties, members).</summary>
    public void WriteJson(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("kind", Kind);
        json.WriteString("id", Id);
        json.WriteString("name", Name);
        json.WriteStartArray("facts");
        foreach (var fact in Facts)
            WriteJsonLine(json, fact);
        json.WriteEndArray();
        json.WriteStartArray("sections");
        foreach (var section in Sections)
        {
            json.WriteStartObject();
            json.WriteString("title", section.Title);
            json.WriteStartArray("items");
            foreach (var line in section.Lines)
                WriteJsonLine(json, line);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        SourceList.WriteJsonArray(json, _atlas, "sources", Facts.Concat(Sections.SelectMany(x => x.Lines)).SelectMany(l => l.Sources));
        json.WriteEndObject();
    }

    private static void WriteJsonLine(Utf8JsonWriter json, ViewLine line)
    {
        json.WriteStartObject();
        json.WriteString("label", line.Label);
        json.WriteString("value", line.Value);
        if (line.Detail is not null)
            json.WriteString("detail", line.Detail);
        if (line.Period is { } period)
        {
            json.WriteStringOrNull("from", period.From?.ToString());
            json.WriteStringOrNull("to", period.To?.ToString());
        }
        json.WriteStartArray("sources");
        foreach (var id in line.Sources)
            json.WriteStringValue(id.Value);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
