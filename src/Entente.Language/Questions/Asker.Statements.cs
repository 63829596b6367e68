using System.Text.RegularExpressions;
using Entente.Core.Queries;
using Entente.Language.Claims;
using Entente.Language.Reading;

namespace Entente.Language.Questions;

/// <summary>
/// "Consider the following statements: 1. … 2. … Which of the above statements are true? a) Only 1 b) Only 2 c) Both
/// 1 and 2 d) None": each statement is a claim, checked as <c>check</c> checks an article (the declarative form of the
/// same queries); one the checker does not read is asked as the yes/no question it states ("Is NATO a military
/// alliance?"). The option whose statements are exactly the true (or the false) ones is the answer; with any
/// statement unsettled, no option is picked.
/// </summary>
internal sealed partial class Asker
{
    [GeneratedRegex(@"\b(?:which|how many)\s+of\s+the\s+(?:(?:above|following|given)\s+)?statements?\s+(?:(?:given|made|stated)\s+)?(?:(?:above|below)\s+)?(?:is|are)\s+(?<neg>not\s+)?(?<what>true|correct|right|accurate|incorrect|false|wrong|untrue)\b[^?]*\??", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatementsAsked();

    [GeneratedRegex(@"(?<=^|[\s:;])(?<n>[1-9])[.)]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex StatementNumber();

    private sealed record Judged(int Number, string Text, bool? True, string Why, IReadOnlyList<AnswerFact> Facts);

    [GeneratedRegex(@"^\s*(?:true\s+or\s+false|fact\s+or\s+fiction|t\s*/\s*f)\s*[:,?.\-–—]\s*(?<claim>.+?)\s*[?.!]?\s*$|^\s*is\s+it\s+(?:true|correct|right|the\s+case|a\s+fact)\s+that\s+(?<claim>.+?)\s*[?.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TrueOrFalseAsked();

    /// <summary>
    /// "True or false: the Warsaw Pact was signed in 1955.", "Is it true that Sweden joined NATO in 2022?": the statement is
    /// a claim, checked as <c>check</c> checks one, and answered true, false or partly so with the correction. A statement
    /// the checker does not settle is read as a question instead (null here).
    /// </summary>
    private Answer? TrueOrFalse(string question)
    {
        var asked = TrueOrFalseAsked().Match(question);
        if (!asked.Success)
            return null;
        var statement = asked.Groups["claim"].Value.Trim();
        var report = ClaimChecker.Check(atlas, statement, today);
        var claims = report.Claims.Where(c => c.Verdict != Verdict.NotCheckable).ToArray();
        if (claims.Length == 0)
            return null;
        var b = new AnswerBuilder(atlas, question, "true-or-false", today);
        var wrong = claims.FirstOrDefault(c => c.Verdict == Verdict.Contradicted) ?? claims.FirstOrDefault(c => c.Verdict == Verdict.PartlySupported);
        b.Say(wrong is null ? $"True.{(claims.SelectMany(c => c.Facts).FirstOrDefault() is { } fact ? " " + fact.Statement.TrimEnd('.') + "." : "")}" : wrong.Verdict == Verdict.Contradicted ? $"False. {wrong.Correction}" : $"Partly. {wrong.Correction}");
        // What the checker could not settle is said, so "True." never covers a part nobody checked ("… because of Russia").
        foreach (var unsettled in report.Claims.Where(c => c.Verdict == Verdict.NotCheckable))
            b.Say($"Not checked: '{unsettled.Span.Trim()}' ({(unsettled.Correction ?? "not a fact the data records").TrimEnd('.')}).");
        foreach (var f in claims.SelectMany(c => c.Facts))
            b.Fact(f.Statement, f.Sources);
        return b.Build() with { Reading = $"Read as: is it true that {statement.TrimEnd('.', '?', '!')} — checked as a claim ({claims.Length} checkable)." };
    }

    private Answer? Statements(string question)
    {
        var asked = StatementsAsked().Match(question);
        if (!asked.Success)
            return null;
        var statements = Numbered(question[..asked.Index]);
        if (statements.Count < 2)
            return null;
        var wantFalse = asked.Groups["neg"].Success ^ asked.Groups["what"].Value.ToLowerInvariant() is "incorrect" or "false" or "wrong" or "untrue";
        var judged = statements.Select(s => Judge(s.Number, s.Text)).ToArray();
        var b = new AnswerBuilder(atlas, question, "statements", today);
        foreach (var j in judged)
        {
            b.Say($"Statement {j.Number} ({j.Text.TrimEnd('.')}) is {(j.True is { } t ? t ? "true" : "false" : "not settled by Entente's data")}: {j.Why.TrimEnd('.')}.");
            foreach (var f in j.Facts)
                b.Fact(f.Statement, f.Sources);
        }
        var chosen = judged.Where(j => j.True == !wantFalse).Select(j => j.Number).ToHashSet();
        var settled = judged.All(j => j.True is not null);
        var tail = question[(asked.Index + asked.Length)..];
        var options = Options.Find(tail).Options;
        if (!settled)
            b.Say(options.Count >= 2 ? "So Entente cannot say which option is right." : $"So Entente cannot say which statements are {(wantFalse ? "false" : "true")}.");
        else if (options.Count >= 2 && options.FirstOrDefault(o => Set(o.Text, judged.Length) is { } set && set.SetEquals(chosen)) is { } option)
            b.Say($"So the answer is ({option.Label}) {option.Text.Trim().TrimEnd('.')}.");
        else
            b.Say(chosen.Count == 0 ? $"So none of the statements is {(wantFalse ? "false" : "true")}." : $"So the {(wantFalse ? "false" : "true")} statements are {AnswerBuilder.List(chosen.Order().Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)))}.");
        var answer = b.Build();
        return answer with
        {
            Reading = $"Read as: {judged.Length} statements, each checked as a claim, then which {(options.Count >= 2 ? "option lists" : "are")} the {(wantFalse ? "false" : "true")} ones.",
            Answered = settled,
        };
    }

    // "1. NATO is a military alliance. 2. Belgium is not a part of NATO." — numbered in order from 1.
    private static List<(int Number, string Text)> Numbered(string text)
    {
        var marks = StatementNumber().Matches(text).ToList();
        var items = new List<(int, string)>();
        var expected = 1;
        for (var i = 0; i < marks.Count; i++)
        {
            if (int.Parse(marks[i].Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) != expected)
                continue;
            var next = marks.Skip(i + 1).FirstOrDefault(m => m.Groups["n"].Value == (expected + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var end = next?.Index ?? text.Length;
            items.Add((expected, text[(marks[i].Index + marks[i].Length)..end].Trim()));
            expected++;
        }
        return items;
    }

    /// <summary>The statements an option names: "Only 1", "1 and 3 only", "Both 1 and 2", "All of the above", "None of the above"; null for any other option.</summary>
    private static HashSet<int>? Set(string option, int count)
    {
        var words = option.ToLowerInvariant();
        if (Regex.IsMatch(words, @"\b(?:none|neither)\b", RegexOptions.CultureInvariant))
            return [];
        if (Regex.IsMatch(words, @"\ball\b", RegexOptions.CultureInvariant))
            return [.. Enumerable.Range(1, count)];
        var numbers = Regex.Matches(words, @"\b[1-9]\b", RegexOptions.CultureInvariant).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Where(n => n <= count).ToHashSet();
        return numbers.Count > 0 ? numbers : null;
    }

    private Judged Judge(int number, string text)
    {
        var report = ClaimChecker.Check(atlas, text, today);
        var claims = report.Claims.Where(c => c.Verdict != Verdict.NotCheckable).ToArray();
        if (claims.Length > 0)
        {
            var wrong = claims.FirstOrDefault(c => c.Verdict is Verdict.Contradicted or Verdict.PartlySupported);
            return wrong is not null
                ? new Judged(number, text, false, wrong.Correction ?? "the data says otherwise", [.. wrong.Facts])
                : new Judged(number, text, true, string.Join(" ", claims.SelectMany(c => c.Facts).Select(f => f.Statement).Take(2)), [.. claims.SelectMany(c => c.Facts)]);
        }
        // Asked as the question it states: "NATO is a military alliance" → "Is NATO a military alliance?".
        if (AsQuestion(text) is { } question && Parser.Read(atlas, question) is { Query: { } query } && QueryExecutor.Execute(atlas, query, today) is { } result
            && Truth(query, result) is { } truth)
        {
            var answer = Ask(question);
            return new Judged(number, text, truth, Core.Reasoning.Eligibility.FirstSentence(answer.Text), answer.Facts);
        }
        return new Judged(number, text, null, "Entente could not read it as a claim its data settles", []);
    }

    [GeneratedRegex(@"^(?<subject>.+?)\s+(?<verb>is|are|was|were|has|have|had)\s+(?<rest>.+?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Copula();

    private static string? AsQuestion(string statement)
    {
        var m = Copula().Match(statement.Trim());
        if (!m.Success || m.Groups["subject"].Value.Split(' ').Length > 6)
            return null;
        var verb = m.Groups["verb"].Value;
        return $"{char.ToUpperInvariant(verb[0])}{verb[1..]} {m.Groups["subject"].Value} {m.Groups["rest"].Value}?";
    }

    // Whether the result says yes to the query, where it settles it.
    private static bool? Truth(Query query, QueryResult result) => result switch
    {
        MembershipResult r when r.Status != MembershipStatus.BodyAbsent => (r.Status == MembershipStatus.Member) ^ (query.Polarity == Polarity.Negative),
        AllianceResult r => r.IsAlliance,
        NeutralityResult { Known: true } r => r.IsNeutral,
        _ => null,
    };
}
