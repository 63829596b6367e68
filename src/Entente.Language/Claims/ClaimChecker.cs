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
    /// <summary>The longest sentence checked as one, in characters; a longer one is checked in parts.</summary>
    public const int MaxSentenceLength = Sentences.MaxLength;

    /// <summary>The longest a rule's pattern may try to match one sentence before the rule is skipped for it (patterns that cannot run without backtracking only).</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Checks every claim of <paramref name="text"/> against the atlas on <paramref name="on"/>, in time linear in
    /// the text's length whatever its shape: a sentence longer than <see cref="MaxSentenceLength"/> characters is
    /// checked in parts (listed in <see cref="ClaimReport.Cut"/>), and a rule whose pattern runs past
    /// <see cref="MatchTimeout"/> on a sentence is skipped for it (listed in <see cref="ClaimReport.Skipped"/>).
    /// </summary>
    /// <param name="cancel">Stops the check between sentences and rules (a client that went away, a deadline).</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled.</exception>
    public static ClaimReport Check(Atlas atlas, string text, DateOnly on, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(atlas);
        ArgumentNullException.ThrowIfNull(text);
        var context = new ClaimContext(atlas, on);
        var claims = new List<CheckedClaim>();
        var cut = new List<TextSpan>();
        var skipped = new List<TextSpan>();
        var sentences = 0;
        foreach (var part in Sentences.Split(text))
        {
            cancel.ThrowIfCancellationRequested();
            var (start, end) = (part.Start, part.End);
            if (part.Cut)
            {
                if (cut.Count > 0 && cut[^1].End >= start - 1 && text.AsSpan(cut[^1].End, start - cut[^1].End).IsWhiteSpace())
                    cut[^1] = cut[^1] with { End = end };
                else
                    cut.Add(new TextSpan(start, end));
            }
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
                cancel.ThrowIfCancellationRequested();
                if (!rule.MayMatch(masked))
                    continue;
                Match[] matches;
                try
                {
                    matches = rule.Pattern.Matches(masked).ToArray();
                }
                catch (RegexMatchTimeoutException)
                {
                    skipped.Add(new TextSpan(start, end));
                    continue;
                }
                foreach (var match in matches)
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
        return new ClaimReport(on, sentences, [.. claims.OrderBy(c => c.Start)]) { Cut = cut, Skipped = [.. skipped.Distinct()] };
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

    /// <summary>
    /// A rule's pattern: run by the non-backtracking engine (linear in the sentence) when it can be, else by the
    /// backtracking one with <see cref="MatchTimeout"/>. Patterns run on <see cref="Mask"/>ed sentences, where no
    /// '.' is followed by a non-space character, so the idiom <c>(?:[^.;]|\.(?=\S))</c> ("anything up to the end
    /// of the clause") is the same as <c>[^.;]</c> and drops its look-ahead, which the non-backtracking engine lacks.
    /// </summary>
    internal static Regex Pattern(string pattern, RegexOptions options)
    {
        var simplified = pattern.Replace(@"|\.(?=\S)", "", StringComparison.Ordinal);
        try
        {
            return new Regex(simplified, options | RegexOptions.NonBacktracking, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, options, MatchTimeout);
        }
    }

    /// <summary>Every rule's pattern, for the tests that hold them to <see cref="Pattern"/>'s guarantee.</summary>
    internal static IEnumerable<Regex> Patterns => Rules.Select(r => r.Pattern);

    // Dots that do not end a sentence would end a match early: inside abbreviations ("U.S. forces") and before
    // anything but white space ("1.5", "nato.int"). Hide them, keeping every offset.
    internal static string Mask(string sentence)
    {
        var masked = AbbreviationDots().Replace(sentence, m => m.Value.Replace('.', '\u2024'));
        if (!masked.Contains('.', StringComparison.Ordinal))
            return masked;
        return string.Create(masked.Length, masked, static (span, source) =>
        {
            source.CopyTo(span);
            for (var i = 0; i + 1 < span.Length; i++)
            {
                if (span[i] == '.' && !char.IsWhiteSpace(span[i + 1]))
                    span[i] = '\u2024';
            }
        });
    }

    [GeneratedRegex(@"\b(?:[A-Z]\.){2,}|\b(?:e\.g|i\.e|No|Art|vs|St)\.(?=\s)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
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
