using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Claims;

/// <summary>
/// Reads an article sentence by sentence, splits each into clauses, reads each clause as the declarative form
/// of the typed queries <c>ask</c> runs (<see cref="ClaimFrames"/> for policies, provisions and obligations,
/// <see cref="ClaimReader"/> for dates, counts and memberships), runs them with the same executor and compares
/// what the text asserts with what the data holds (<see cref="ClaimJudge"/>).
/// </summary>
public static class ClaimChecker
{
    /// <summary>The longest sentence checked as one, in characters; a longer one is checked in parts.</summary>
    public const int MaxSentenceLength = Sentences.MaxLength;

    /// <summary>The most tokens a sentence (or part) may have to be read; one with more (a run of one-letter words) is skipped and reported.</summary>
    public const int MaxTokens = 400;

    /// <summary>
    /// Checks every claim of <paramref name="text"/> against the atlas on <paramref name="on"/>, in time linear in
    /// the text's length whatever its shape: a sentence longer than <see cref="MaxSentenceLength"/> characters is
    /// checked in parts (listed in <see cref="ClaimReport.Cut"/>), and a part of more than <see cref="MaxTokens"/>
    /// tokens is not read (listed in <see cref="ClaimReport.Skipped"/>).
    /// </summary>
    /// <param name="cancel">Stops the check between sentences and clauses (a client that went away, a deadline).</param>
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
            if (TooManyTokens(sentence))
            {
                skipped.Add(new TextSpan(start, end));
                continue;
            }
            var analysis = context.Settle(Reading.Analysis.Of(atlas, sentence, Reading.Tokenizer.Tokenize(sentence), fuzzy: false));
            var named = context.Named(analysis);
            if (sentence.EndsWith('?'))
            {
                // A question asserts nothing, but sets the subject of the answer after it.
                context.Remember(named);
                continue;
            }
            var clauses = Clauses(sentence).ToArray();
            // An article's words quoted: one claim over the quotation; what its words say is not read again as claims of the text.
            var quotes = ArticleQuotes.Read(context, analysis, sentence);
            foreach (var quote in quotes)
                Add(atlas, claims, sentence, start, quote, on);
            // An article's content in the text's own words: a claim only where it holds; the frames read it otherwise.
            foreach (var paraphrase in ArticleQuotes.Paraphrases(context, analysis, sentence))
            {
                if (Add(atlas, claims, sentence, start, paraphrase, on))
                    quotes.Add(paraphrase);
            }
            bool InQuote(ReadClaim read) => quotes.Any(q => q.Start < read.End && read.Start < q.End);
            // Policies, provisions and obligations first; then dates, counts and memberships where those left words.
            var framed = new List<(int Start, int End, bool OwnsDate)>();
            foreach (var read in ClaimFrames.Read(context, analysis, clauses).Where(r => !InQuote(r)))
            {
                cancel.ThrowIfCancellationRequested();
                if (Add(atlas, claims, sentence, start, read, on))
                    framed.Add((read.Start, read.End, read.OwnsDate));
            }
            var taken = new List<(int Start, int End)>();
            // The offices the text gives the people it names ("US Secretary of Defence Leon Panetta").
            foreach (var read in OfficeClaims.Read(atlas, analysis).Where(r => !InQuote(r)))
            {
                if (Add(atlas, claims, sentence, start, read, on))
                    taken.Add((read.Start, read.End));
            }
            EntityRef? previous = null;
            foreach (var (cs, ce) in clauses)
            {
                cancel.ThrowIfCancellationRequested();
                // A clause with no subject of its own ("…, and entered into force on 5 June 1955") has the previous clause's.
                // The state named last before the clause in the sentence, else the one the text spoke of last.
                EntityRef? PriorState() =>
                    analysis.Mentions.LastOrDefault(m => m.End <= cs && m.Entity is { Kind: EntityKind.Actor } e && atlas.Actor(new ActorId(e.Id)).IsState)?.Entity
                    ?? (context.State() is { } known ? Slots.Ref(known) : null);
                // "The Collective Security Treaty itself dates back to 1992, and it entered into force in 1994": "it" is the body
                // named earlier in the same sentence before the one the text spoke of before.
                EntityRef? PriorBody() =>
                    analysis.Mentions.LastOrDefault(m => m.End <= cs && IsBody(m))?.Entity;
                bool IsBody(Reading.Mention m) => m.Entity is { } e && ClaimChecker.IsBody(atlas, e);
                // "NATO was founded in 1949, and the alliance now has 32 members": a noun for a body is first the body the
                // sentence named before the clause with that word in its name, else its first (its subject), and only then
                // one of the text before; a body the sentence names after the clause is not yet spoken of.
                EntityRef? PriorBodyCalled(string noun)
                {
                    var before = analysis.Mentions.Where(m => m.End <= cs && IsBody(m)).ToArray();
                    return before.LastOrDefault(m => NameIndex.Normalize(m.Text + " " + m.Entity!.Name).Split(' ').Contains(noun))?.Entity ?? before.FirstOrDefault()?.Entity;
                }
                foreach (var read in ClaimReader.Read(atlas, analysis, cs, ce, noun => noun is null or "it" or "its" ? previous ?? PriorBody() ?? context.Resolve(noun) : PriorBodyCalled(noun) ?? context.Resolve(noun), PriorState))
                {
                    previous = read.Query switch { DateQuery d => d.Subject, MembersQuery m => m.Body, IsMemberQuery i => i.Body, _ => previous };
                    // A date or count inside a frame's words is a claim of its own; one the frame already judged the same way is not
                    // (a freeze the event frame judged over the same words: "Armenia froze its participation in the CSTO in February 2024").
                    if (InQuote(read) || taken.Any(t => read.Start < t.End && t.Start < read.End) || framed.Any(f => f.Start <= read.Start && read.End <= f.End && (f.OwnsDate || read.Kind is "membership" or "member-list" || read.Kind == "suspended" && f.Start == read.Start && f.End == read.End)))
                        continue;
                    if (Add(atlas, claims, sentence, start, read, on))
                        taken.Add((read.Start, read.End));
                }
            }
            var subject = Subject(analysis, context);
            context.Remember(named);
            context.Focus(subject);
        }
        return new ClaimReport(on, sentences, [.. claims.OrderBy(c => c.Start)]) { Cut = cut, Skipped = skipped };
    }

    /// <summary>
    /// The body a sentence is about, which the next one goes on with (its subject: "The Warsaw Pact was founded in 1955 in
    /// response to NATO. Its members were …" are the Pact's): the body named at its start, after a date phrase ("In 1955,
    /// the Warsaw Pact …"), or the one its opening "It", "The pact", "The alliance" stands for.
    /// </summary>
    private static EntityRef? Subject(Reading.Analysis analysis, ClaimContext context)
    {
        var tokens = analysis.Tokens;
        var i = 0;
        if (i < tokens.Count && tokens[i].Norm is "in" or "on" or "by" or "since")
        {
            var comma = Enumerable.Range(0, Math.Min(tokens.Count, 8)).FirstOrDefault(k => tokens[k].Norm == ",", -1);
            if (comma > 0)
                i = comma + 1;
        }
        if (i < tokens.Count && tokens[i].Norm is "the" or "this")
            i++;
        if (i >= tokens.Count)
            return null;
        if (analysis.Mentions.FirstOrDefault(m => m.First == i) is { } named && named.Entity is { } e && IsBody(context.Atlas, e))
            return e;
        if (analysis.Mentions.Any(m => m.First == i))
            return null;
        return tokens[i].Norm is "it" or "pact" or "alliance" or "treaty" or "organization" or "organisation" or "bloc" && (tokens[i].Norm == "it" || i > 0)
            ? context.Resolve(tokens[i].Norm == "it" ? null : tokens[i].Norm)
            : null;
    }

    private static bool IsBody(Atlas atlas, EntityRef e) => e.Kind == EntityKind.Treaty || e.Kind == EntityKind.Actor && !atlas.Actor(new ActorId(e.Id)).IsState;

    private static bool Add(Atlas atlas, List<CheckedClaim> claims, string sentence, int offset, ReadClaim read, DateOnly on)
    {
        var outcome = read.Quotation is null && Quoted(sentence, read.Start, read.End) ? Outcome.NotCheckable("quoted, not asserted by the text") : ClaimJudge.Judge(atlas, read, on);
        if (outcome is null)
            return false;
        claims.Add(outcome.ToClaim(atlas, sentence[read.Start..read.End], offset + read.Start, offset + read.End, read.Kind));
        return true;
    }

    // Counting words is linear and allocation-free: a part of one-letter words would otherwise make hundreds of tokens.
    private static bool TooManyTokens(string sentence)
    {
        var tokens = 0;
        var inWord = false;
        foreach (var c in sentence)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord || !letter && !char.IsWhiteSpace(c))
                tokens++;
            inWord = letter;
        }
        return tokens > MaxTokens;
    }

    /// <summary>A sentence's clauses: split at ';' and at ", and", ", but", ", while", ", which" — in one pass.</summary>
    internal static IEnumerable<(int Start, int End)> Clauses(string sentence)
    {
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            var cut = sentence[i] is ';' || sentence[i] == ',' && (At(sentence, i + 1, " and ") && !ListGoesOn(sentence, i) || At(sentence, i + 1, " but ") || At(sentence, i + 1, " while ") || At(sentence, i + 1, " which "));
            if (!cut)
                continue;
            if (i > start)
                yield return (start, i);
            start = i + 1;
        }
        if (sentence.Length > start)
            yield return (start, sentence.Length);
    }

    // "Russia, Belarus, Kyrgyzstan, and Tajikistan": ", and" between capitalised words goes on with a list of names.
    private static bool ListGoesOn(string sentence, int comma)
    {
        var before = comma - 1;
        while (before >= 0 && char.IsLetter(sentence[before]))
            before--;
        var after = comma + 6;
        // "Poland, Hungary, and the Czech Republic": an article before the last name.
        if (At(sentence, after, "the ") && after + 4 < sentence.Length)
            after += 4;
        return before + 1 < comma && char.IsUpper(sentence[before + 1]) && after < sentence.Length && char.IsUpper(sentence[after]);
    }

    private static bool At(string text, int i, string word) => i + word.Length <= text.Length && string.CompareOrdinal(text, i, word, 0, word.Length) == 0;

    // A claim inside quotation marks is reported speech: the text does not assert it. Quotation marks around names
    // alone (4 countries, “Poland, Estonia, Latvia and Lithuania”, …) set the names off; they quote nobody.
    private static bool Quoted(string sentence, int start, int end)
    {
        var before = sentence.AsSpan(0, start);
        var opens = before.Count('“') + (before.Count('"') % 2);
        var closes = before.Count('”');
        var close = sentence.AsSpan(end).IndexOfAny('”', '"');
        if (opens <= closes || close < 0)
            return false;
        var open = before.LastIndexOfAny('“', '"');
        return open < 0 || !NamesOnly(sentence.AsSpan(open + 1, end + close - open - 1));
    }

    private static bool NamesOnly(ReadOnlySpan<char> quoted)
    {
        var words = 0;
        foreach (var range in quoted.SplitAny(" ,;\u00a0"))
        {
            var word = quoted[range].Trim(".:()'’");
            if (word.IsEmpty || word is "and" or "or" or "the" or "of")
                continue;
            if (!char.IsUpper(word[0]) || ++words > 12)
                return false;
        }
        return words > 0;
    }
}
