using Entente.Language;
using Entente.Language.Views;

namespace Entente.Cli.Rendering;

/// <summary>Writes an <see cref="Answer"/> as text (paragraph, facts with numbered sources, date) or JSON.</summary>
internal static class AnswerWriter
{
    public static void WriteText(TextWriter output, Answer answer)
    {
        if (answer.Reading is { } reading)
        {
            output.WriteLine(Wrap(reading, 100));
            output.WriteLine();
        }
        output.WriteLine(Wrap(answer.Text, 100));
        if (answer.Suggestions.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Questions Entente can answer:");
            foreach (var suggestion in answer.Suggestions)
                output.WriteLine($"  - {suggestion}");
        }
        if (answer.Facts.Count > 0)
        {
            var shown = answer.Sources.Take(answer.SourcesShown).ToArray();
            var numbers = shown.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i + 1);
            output.WriteLine();
            output.WriteLine("Facts:");
            foreach (var fact in answer.Facts)
            {
                var cited = fact.Sources.Where(numbers.ContainsKey).Select(s => numbers[s]).Order();
                output.WriteLine($"  - {fact.Statement} {string.Concat(cited.Select(n => $"[{n}]"))}".TrimEnd());
            }
            output.WriteLine();
            var rest = answer.Sources.Count - shown.Length;
            output.WriteLine("Sources:");
            foreach (var (source, i) in shown.Select((s, i) => (s, i)))
                output.WriteLine($"  [{i + 1}] {source.Title}. {source.Publisher}. {source.Url}");
            if (rest > 0)
                output.WriteLine($"  The strongest {shown.Length} of {answer.Sources.Count} sources are shown; --json lists all {answer.Sources.Count}.");
        }
        output.WriteLine();
        output.WriteLine($"Holds on {answer.On:yyyy-MM-dd}.{(answer.Caveat is { } c ? " " + c : "")}");
    }

    public static void WriteJson(TextWriter output, Answer answer) => Json.Write(output, AnswerJson.Of(answer));

    // Each line of the text on its own ("…on 3 December 2026.\n\nFinland joined …": the parts of a compound answer).
    private static string Wrap(string text, int width) => string.Join('\n', text.Split('\n').Select(line => WrapLine(line, width)));

    private static string WrapLine(string text, int width)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0)
                line.Append(' ');
            line.Append(word);
        }
        lines.Add(line.ToString());
        return string.Join('\n', lines);
    }
}
