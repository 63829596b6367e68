using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Views;

/// <summary>Collects the sources an answer cites, numbers them in order of first use, and prints them.</summary>
public sealed class SourceList(Atlas atlas)
{
    private readonly List<Source> _sources = [];

    /// <summary>The bracketed numbers of these sources, e.g. "[1][3]", adding new ones to the list.</summary>
    public string Cite(IEnumerable<SourceId> ids)
    {
        var numbers = ids.Select(id =>
        {
            var source = atlas.Source(id);
            var index = _sources.IndexOf(source);
            if (index < 0)
            {
                _sources.Add(source);
                index = _sources.Count - 1;
            }
            return $"[{index + 1}]";
        });
        return string.Concat(numbers);
    }

    public void Write(TextWriter output)
    {
        if (_sources.Count == 0)
            return;
        output.WriteLine();
        output.WriteLine("Sources:");
        for (var i = 0; i < _sources.Count; i++)
        {
            var s = _sources[i];
            output.WriteLine($"  [{i + 1}] {s.Title}. {s.Publisher}. {s.Url} (read {s.Read})");
        }
    }
}
