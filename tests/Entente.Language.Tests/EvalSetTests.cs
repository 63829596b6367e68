using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Language.Claims;
using Entente.Testing;
using Xunit.Abstractions;

namespace Entente.Language.Tests;

/// <summary>
/// Grades Entente on ../shared/eval as its README says: real people's questions (every <c>must</c> regex
/// matches the answer, <c>must_not</c> does not) and real articles (a labelled checkable claim is found when
/// a reported claim overlaps its span, right when the verdict is the label). Prints the scores and fails
/// below the floors, which only ever rise (the targets are 90 % of questions, 80 % of claims found).
/// </summary>
public class EvalSetTests(ITestOutputHelper output)
{
    /// <summary>Share of dev questions answered right below which the test fails (a ratchet towards 0.90).</summary>
    private const double QuestionFloor = 0.90;

    /// <summary>Share of labelled checkable claims found below which the test fails (a ratchet towards 0.80).</summary>
    private const double FoundFloor = 0.73;

    private static readonly DateOnly TruthDate = new(2026, 11, 27);

    internal sealed record Question(string Id, string Text, string[] Must, string? MustNot, string Answer);

    internal static IReadOnlyList<Question> DevQuestions() =>
        File.ReadAllLines(Repository.Shared("eval", "questions-dev.tsv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Where(c => !c[4].StartsWith("UNSURE", StringComparison.Ordinal))
            .Select(c => new Question(c[0], c[1], c[2].Split(" && "), c[3].Length == 0 ? null : c[3], c[4]))
            .ToArray();

    /// <summary>Everything an answer shows a reader: its reading, its words and its facts.</summary>
    internal static string Shown(Answer answer) =>
        string.Join("\n", new[] { answer.Text }.Concat(answer.Facts.Select(f => f.Statement)));

    internal static bool Passes(Question q, string shown) =>
        q.Must.All(m => Regex.IsMatch(shown, m, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
        && (q.MustNot is null || !Regex.IsMatch(shown, q.MustNot, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    internal static bool Forbidden(Question q, string shown) =>
        q.MustNot is not null && Regex.IsMatch(shown, q.MustNot, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Fact]
    public void Questions_DevSet_ScoreAtLeastTheFloor()
    {
        var questions = DevQuestions();
        int right = 0, refused = 0, wrong = 0, forbidden = 0;
        foreach (var q in questions)
        {
            var answer = Answers.Ask(Knowledge.Atlas, q.Text, TruthDate);
            var shown = Shown(answer);
            var pass = Passes(q, shown);
            if (pass)
                right++;
            else if (!answer.Answered)
                refused++;
            else
                wrong++;
            if (Forbidden(q, shown))
                forbidden++;
            output.WriteLine($"{q.Id} {(pass ? "PASS" : answer.Answered ? "WRONG" : "REFUSED")} {q.Text} => {Truncate(answer.Reading ?? "")} | {Truncate(answer.Text)}");
        }
        var score = (double)right / questions.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"questions: {right}/{questions.Count} right ({score:P1}), {refused} refused, {wrong} answered wrongly, {forbidden} matching must_not"));
        Assert.True(score >= QuestionFloor, $"dev questions right: {score:P1}, below the floor {QuestionFloor:P0}");
    }

    internal sealed record Label(string Id, string Span, string Verdict);

    internal static IReadOnlyList<string> ArticleNames() =>
        Directory.GetFiles(Repository.Shared("eval", "articles"), "*.labels.tsv").Order(StringComparer.Ordinal)
            .Select(file => Path.GetFileName(file)[..^".labels.tsv".Length]).ToArray();

    [Fact]
    public void Articles_DevSet_FindAtLeastTheFloor()
    {
        int checkable = 0, found = 0, right = 0, contradictedCalledSupported = 0;
        foreach (var name in ArticleNames())
        {
            var folder = Repository.Shared("eval", "articles");
            var text = File.ReadAllText(Path.Combine(folder, name + ".txt"));
            var labels = File.ReadAllLines(Path.Combine(folder, name + ".labels.tsv")).Skip(1).Where(l => l.Length > 0)
                .Select(l => l.Split('\t')).Select(c => new Label(c[0], c[1], c[2])).ToArray();
            // The README's date of truth: the article's own date, from its Source line (as `check` reads a date line), else TruthDate.
            var report = Answers.CheckOnItsDate(Knowledge.Atlas, text, TruthDate);
            foreach (var label in labels.Where(l => l.Verdict != "not-checkable"))
            {
                checkable++;
                var claim = SeedClaimsTests.Over(report, text, label.Span);
                if (claim is null)
                {
                    output.WriteLine($"{label.Id} MISSED {label.Span}");
                    continue;
                }
                found++;
                var ok = claim.Verdict == SeedClaimsTests.Parse(label.Verdict);
                if (ok)
                    right++;
                if (label.Verdict == "contradicted" && claim.Verdict == Verdict.Supported)
                    contradictedCalledSupported++;
                output.WriteLine($"{label.Id} {(ok ? "RIGHT" : "FOUND")} {label.Verdict} got {claim.Verdict}: {claim.Span}{(ok ? "" : $" [{claim.Kind}: {claim.Correction}]")}");
            }
        }
        var recall = (double)found / checkable;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"articles: {found}/{checkable} checkable claims found ({recall:P1}), {right} with the labelled verdict ({(found == 0 ? 0 : (double)right / found):P1} of found), {contradictedCalledSupported} contradicted called supported"));
        Assert.True(recall >= FoundFloor, $"claims found: {recall:P1}, below the floor {FoundFloor:P0}");
        Assert.Equal(0, contradictedCalledSupported);
    }

    private static string Truncate(string text) => text.Length <= 160 ? text.ReplaceLineEndings(" ") : text[..160].ReplaceLineEndings(" ") + "…";
}
