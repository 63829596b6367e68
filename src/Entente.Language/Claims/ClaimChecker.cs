using System.Text.RegularExpressions;
using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Language.Claims;

/// <summary>
/// Reads an article sentence by sentence, finds the checkable claims in it, turns each into the same typed
/// queries <c>ask</c> uses, and gives a verdict with the facts and sources that decide it.
/// </summary>
public static partial class ClaimChecker
{
    /// <summary>Checks every claim of <paramref name="text"/> against the atlas on <paramref name="on"/>.</summary>
    public static ClaimReport Check(Atlas atlas, string text, DateOnly on)
    {
        var context = new ClaimContext(atlas, on);
        var claims = new List<CheckedClaim>();
        var sentences = 0;
        foreach (var (start, end) in Sentences.Split(text))
        {
            sentences++;
            var sentence = text[start..end];
            var named = context.Read(sentence);
            if (sentence.EndsWith('?'))
            {
                // A question asserts nothing, but sets the subject of the answer after it.
                context.Remember(named);
                continue;
            }
            var taken = new List<(int Start, int End)>();
            var masked = Mask(sentence);
            foreach (var rule in Rules)
            {
                if (!rule.MayMatch(masked))
                    continue;
                foreach (Match match in rule.Pattern.Matches(masked))
                {
                    var (s, e) = rule.Span(sentence, match);
                    if (taken.Any(t => s < t.End && t.Start < e))
                        continue;
                    var evidence = new Evidence(context, sentence, match, named, context.Read(sentence[s..e]), context.Read(sentence[..s]));
                    var outcome = Quoted(sentence, s, e) ? Outcome.NotCheckable("quoted, not asserted by the text") : rule.Evaluate(evidence);
                    if (outcome is null)
                        continue;
                    taken.Add((s, e));
                    claims.Add(outcome.ToClaim(atlas, sentence[s..e], start + s, start + e, rule.Kind));
                }
            }
            // The declarative reading: each clause the rules left, read as the queries ask runs.
            context.Remember(named);
            EntityRef? previous = null;
            foreach (var (cs, ce) in Clauses(sentence))
            {
                if (taken.Any(t => cs < t.End && t.Start < ce))
                    continue;
                // A clause with no subject of its own ("…, and entered into force on 5 June 1955") has the previous clause's.
                foreach (var read in ClaimReader.Read(atlas, sentence, cs, ce, noun => noun is null && previous is not null ? previous : context.Resolve(noun)))
                {
                    previous = read.Query switch { DateQuery d => d.Subject, MembersQuery m => m.Body, IsMemberQuery i => i.Body, _ => previous };
                    if (taken.Any(t => read.Start < t.End && t.Start < read.End))
                        continue;
                    var outcome = Quoted(sentence, read.Start, read.End) ? Outcome.NotCheckable("quoted, not asserted by the text") : ClaimJudge.Judge(atlas, read, on);
                    if (outcome is null)
                        continue;
                    taken.Add((read.Start, read.End));
                    claims.Add(outcome.ToClaim(atlas, sentence[read.Start..read.End], start + read.Start, start + read.End, read.Kind));
                }
            }
        }
        return new ClaimReport(on, sentences, [.. claims.OrderBy(c => c.Start)]);
    }

    /// <summary>A sentence's clauses: split at ';', ':' and at ", and", ", but", ", while" — in one pass.</summary>
    private static IEnumerable<(int Start, int End)> Clauses(string sentence)
    {
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            var cut = sentence[i] is ';' || sentence[i] == ',' && (At(sentence, i + 1, " and ") || At(sentence, i + 1, " but ") || At(sentence, i + 1, " while ") || At(sentence, i + 1, " which "));
            if (!cut)
                continue;
            if (i > start)
                yield return (start, i);
            start = i + 1;
        }
        if (sentence.Length > start)
            yield return (start, sentence.Length);
    }

    private static bool At(string text, int i, string word) => i + word.Length <= text.Length && string.CompareOrdinal(text, i, word, 0, word.Length) == 0;

    // Dots inside abbreviations ("U.S. forces") would end a match early: hide them, keeping every offset.
    private static string Mask(string sentence) => AbbreviationDots().Replace(sentence, m => m.Value.Replace('.', '\u2024'));

    [GeneratedRegex(@"\b(?:[A-Z]\.){2,}|\b(?:e\.g|i\.e|No|Art|vs|St)\.(?=\s)")]
    private static partial Regex AbbreviationDots();

    // A claim inside quotation marks is reported speech: the text does not assert it.
    private static bool Quoted(string sentence, int start, int end)
    {
        var before = sentence[..start];
        var opens = before.Count(c => c is '“') + before.Count(c => c == '"') % 2;
        var closes = before.Count(c => c is '”');
        return opens > closes && sentence[end..].IndexOfAny(['”', '"']) >= 0;
    }

    /// <summary>A rule: a pattern that finds a kind of claim, the words it covers, and how to judge it.</summary>
    /// <param name="Keywords">Words separated by '|', one of which a sentence must contain (any case) before the pattern is tried: most sentences skip most rules.</param>
    private sealed record Rule(string Kind, string Keywords, Regex Pattern, Func<Evidence, Outcome?> Evaluate, Func<string, Match, (int, int)>? Cover = null)
    {
        private readonly string[] _keywords = Keywords.Split('|');

        public bool MayMatch(string sentence) => _keywords.Any(k => sentence.Contains(k, StringComparison.OrdinalIgnoreCase));

        public (int, int) Span(string sentence, Match match) => Cover?.Invoke(sentence, match) ?? (match.Index, match.Index + match.Length);
    }

    /// <summary>Everything a rule may look at: the sentence, the match, and the things named where.</summary>
    private sealed record Evidence(ClaimContext Context, string Sentence, Match Match, Named InSentence, Named InSpan, Named Before)
    {
        public Atlas Atlas => Context.Atlas;
        public DateOnly On => Context.On;
        public Actor? State => Context.State(InSpan, Before);
        public Actor? Organization => Context.Organization(InSpan, Before);
        public Treaty? Treaty => Context.Treaty(InSpan, Before);
        public string Group(string name) => Match.Groups[name].Value;
    }
}
