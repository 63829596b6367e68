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

    /// <summary>The view as JSON (<see cref="EntityJson"/>), the shape of <c>entente show --json</c> and <c>GET /api/actors/{id}</c>, <c>/api/treaties/{id}</c>.</summary>
    public EntityJson ToJson() => new(Kind, Id, Name,
        [.. Facts.Select(LineJson)],
        [.. Sections.Select(section => new EntitySectionJson(section.Title, [.. section.Lines.Select(LineJson)]))],
        SourceJson.Of(_atlas, Facts.Concat(Sections.SelectMany(x => x.Lines)).SelectMany(l => l.Sources)));

    private static EntityLineJson LineJson(ViewLine line) =>
        new(line.Label, line.Value, line.Detail, line.Period?.From?.ToString(), line.Period?.To?.ToString(), [.. line.Sources.Select(id => id.Value)]);
}
