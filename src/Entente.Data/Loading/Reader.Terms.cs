using Entente.Core.Model;

namespace Entente.Data.Loading;

// The glossary (data/terms): what "mutual defence pact", "collective defence" or "neutrality" mean, each term with
// the treaties and organizations that are examples of it.
internal sealed partial class Reader
{
    public List<Term> Terms { get; } = [];

    private void ReadTerm(MapReader map)
    {
        var id = map.RequiredText("id");
        var name = map.RequiredText("name");
        var what = map.RequiredText("what");
        var aliases = map.Texts("aliases");
        var see = map.Texts("see");
        foreach (var example in see)
            References.Add(new Reference(ReferenceKind.Example, example, map.PlaceOf("see")));
        var trigger = map.Text("trigger");
        var purpose = map.Text("purpose");
        var sources = SourcesOf(map);
        map.RejectUnknown();
        if (aliases.Any(string.IsNullOrWhiteSpace))
            map.Report("aliases", "holds a blank alias; remove it");
        // A missing part is reported above; the term is kept only when it can stand.
        if (id.Length == 0 || name.Length == 0 || what.Length == 0 || sources.Count == 0 || aliases.Any(string.IsNullOrWhiteSpace))
            return;
        Add(Terms, new Term(new TermId(id), name, what, sources) { Aliases = aliases, Trigger = trigger, Purpose = purpose, See = see }, map);
    }
}
