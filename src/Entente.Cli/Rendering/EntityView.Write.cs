namespace Entente.Cli.Rendering;

internal sealed partial class EntityView
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

    public void WriteJson(TextWriter output) => Json.Write(output, json =>
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
    });

    private static void WriteJsonLine(System.Text.Json.Utf8JsonWriter json, ViewLine line)
    {
        json.WriteStartObject();
        json.WriteString("label", line.Label);
        json.WriteString("value", line.Value);
        if (line.Detail is not null)
            json.WriteString("detail", line.Detail);
        json.WriteStartArray("sources");
        foreach (var id in line.Sources)
            json.WriteStringValue(id.Value);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
