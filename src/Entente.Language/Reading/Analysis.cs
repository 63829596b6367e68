using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Reading;

/// <summary>The question word a text opens with (or carries), if any.</summary>
internal enum Wh { None, What, When, Where, Who, Which, Why, HowMany, How, WhatYear }

/// <summary>A term of the glossary found in the text, at its tokens.</summary>
/// <param name="Loose">Found by the words of one of its names in any order, within a few words, names included
/// ("Does NATO have its own armed forces?" for "NATO armed forces"), not as one run of words outside names.</param>
/// <param name="Words">How many words of the name a loose match found.</param>
/// <param name="Whole">Whether the name stands written whole, with no other content word among its words.</param>
internal sealed record TermAt(Term Term, int First, int Count, bool Loose = false, int Words = 0, bool Whole = true);

/// <summary>A cue found in the text, at its tokens.</summary>
internal sealed record CueAt(Cue Cue, int First, int Count);

/// <summary>
/// One sentence or clause analysed: its tokens, the names in it, the cues of the lexicon, its question word,
/// whether it is a yes/no question, its negation, time phrase and article number. The parser builds a query
/// from this; what it does not use is reported back.
/// </summary>
internal sealed class Analysis
{
    public required string Text { get; init; }
    public required IReadOnlyList<Token> Tokens { get; init; }
    public required IReadOnlyList<Mention> Mentions { get; init; }
    public required IReadOnlyList<CueAt> Cues { get; init; }
    public required Wh Wh { get; init; }
    public required bool YesNo { get; init; }

    /// <summary>The index of a negation word ("not", "never") outside names, or -1.</summary>
    public required int Negation { get; init; }
    public TimePhrase? Time { get; init; }
    public string? Article { get; init; }
    public int ArticleToken { get; init; } = -1;
    public IReadOnlyList<OptionText> Options { get; init; } = [];

    /// <summary>The auxiliary or modal the question turns on ("could", "would", "must", "did").</summary>
    public string? Modal { get; init; }

    /// <summary>A term of the glossary the words name outside any name ("a mutual defense pact"), longest first.</summary>
    public TermAt? Term { get; init; }

    public bool Negated => Negation >= 0;

    /// <summary>
    /// Whether the negation bears on a predicate with one of <paramref name="cues"/> or on a name of one of
    /// names <paramref name="name"/> accepts: within four tokens after it ("is not a member of", "isn't Austria in"), so
    /// "has no standing army" does not negate "is in NATO".
    /// </summary>
    public bool Negates(Cue[] cues, Func<Mention, bool>? name = null)
    {
        for (var n = 0; n < Tokens.Count; n++)
        {
            if (!Lexicon.Negations.Contains(Tokens[n].Norm) || Mentions.Any(m => n >= m.First && n <= m.Last))
                continue;
            if (Cues.Any(c => c.First > n && c.First - n <= 4 && cues.Contains(c.Cue)))
                return true;
            if (name is not null && Mentions.Any(m => m.First > n && m.First - n <= 4 && name(m)))
                return true;
        }
        return false;
    }

    /// <summary>The same analysis with the names settled otherwise (an ambiguous name read as one of its candidates).</summary>
    public Analysis WithMentions(IReadOnlyList<Mention> mentions) => new()
    {
        Text = Text,
        Tokens = Tokens,
        Mentions = mentions,
        Cues = Cues,
        Wh = Wh,
        YesNo = YesNo,
        Negation = Negation,
        Time = Time,
        Article = Article,
        ArticleToken = ArticleToken,
        Options = Options,
        Modal = Modal,
        Term = Term,
    };

    public bool Has(Cue cue) => Cues.Any(c => c.Cue == cue);

    /// <summary>A word that asks for members ("members", "countries", "part of"), not "in" alone ("the landscape in Europe").</summary>
    public bool AsksMembers => Cues.Any(c => c.Cue == Cue.Member && !(c.Count == 1 && Tokens[c.First].Is("in")));

    public CueAt? First(Cue cue) => Cues.FirstOrDefault(c => c.Cue == cue);

    public bool HasWord(string norm) => Tokens.Any(t => t.Norm == norm);

    /// <summary>
    /// Whether the joining spoken of is an application ("When did Finland apply to join NATO?", "Finland applied for
    /// membership in May 2022"): the day asked or said is the application's, not the accession's.
    /// </summary>
    /// <summary>
    /// Whether the joining or leaving is of a body's military structure, not of the body ("France left NATO's integrated
    /// military command in 1966", "Greece rejoined the military structure in 1980").
    /// </summary>
    public bool OfCommand => Has(Cue.Command);

    /// <summary>An application ("applied", "an application"; "asked to join", "sought membership"), not the accession itself.
    /// "Asked", "requested", "sought" count only when what was asked is membership ("Poland requested consultations … and
    /// joined NATO in 1999" is a joining).</summary>
    public bool Applies => Enumerable.Range(0, Tokens.Count).Any(i => Tokens[i].Norm is "apply" or "applied" or "applies" or "applying" or "application" or "applications"
        || Tokens[i].Norm is "asked" or "requested" or "sought" && Tokens.Skip(i + 1).Take(3).Any(t => t.Norm is "join" or "membership" or "accession" or "admission"));

    public IEnumerable<(Mention Mention, EntityRef Entity)> Entities() =>
        Mentions.Where(m => m.Entity is not null).Select(m => (m, m.Entity!));

    /// <param name="linked">The names already found in these tokens (a clause of a sentence linked as a whole), so they are not linked again.</param>
    public static Analysis Of(Atlas atlas, string text, IReadOnlyList<Token> tokens, bool fuzzy, IReadOnlyList<OptionText>? options = null, IReadOnlyList<Mention>? linked = null, bool terms = false)
    {
        var time = TimePhrases.Find(tokens);
        // "during the Vietnam War", "in the Korean War": a name inside a named period is part of the period, no state asked about.
        var mentions = (linked ?? Linker.Link(atlas, tokens, fuzzy))
            .Where(m => time is null || m.Count == 0 || m.Last < time.First || m.First >= time.First + time.Count).ToArray();
        var inName = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var i = m.First; i <= m.Last; i++)
                inName[i] = true;
        }
        var cues = new List<CueAt>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (inName[i] || !Lexicon.ByFirstWord.TryGetValue(tokens[i].Norm, out var phrases))
                continue;
            foreach (var (words, _) in phrases)
            {
                if (i + words.Length <= tokens.Count && Enumerable.Range(0, words.Length).All(k => tokens[i + k].Norm == words[k] && !inName[i + k]))
                {
                    // A phrase may carry more than one meaning ("invaded": an attack, and an invasion that happened).
                    foreach (var (_, also) in phrases.Where(p => p.Words.SequenceEqual(words)))
                        cues.Add(new CueAt(also, i, words.Length));
                    i += words.Length - 1;
                    break;
                }
            }
        }
        // Ordinals ("30th", "second", "thirty-first"; "first" is a cue of its own): a rank, spanning "thirty - first".
        for (var i = 0; i < tokens.Count; i++)
        {
            if (inName[i] || Ordinals.At(tokens, i) is null || i + 1 < tokens.Count && Ordinals.At(tokens, i + 1) is not null)
                continue;
            var from = i >= 2 && tokens[i - 1].Is("-") && Numbers.Word(tokens[i - 2].Norm) is >= 20 ? i - 2
                : i >= 1 && tokens[i].Kind == TokenKind.Word && Numbers.Word(tokens[i - 1].Norm) is >= 20 ? i - 1 : i;
            if (from == i && tokens[i].Is("first"))
                continue;
            // "thirty-first" is a rank, not "first".
            if (from < i)
                cues.RemoveAll(c => c.Cue == Cue.First && c.First >= from && c.First <= i);
            if (cues.Any(c => i >= c.First && i < c.First + c.Count))
                continue;
            cues.Add(new CueAt(Cue.Rank, from, i - from + 1));
        }
        var negation = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!inName[i] && Lexicon.Negations.Contains(tokens[i].Norm) && !(tokens[i].Is("non") && i + 1 < tokens.Count && tokens[i + 1].Is("nato")))
            {
                // "not only", "no longer" are not negations of the question.
                if (i + 1 < tokens.Count && tokens[i + 1].Norm is "only" or "longer" or "doubt")
                    continue;
                negation = i;
                break;
            }
        }
        var (article, articleAt) = ArticleOf(tokens);
        return new Analysis
        {
            Text = text,
            Tokens = tokens,
            Mentions = mentions,
            Cues = cues,
            Wh = WhOf(tokens),
            YesNo = tokens.Count > 0 && Lexicon.Auxiliaries.Contains(tokens[0].Norm),
            Negation = negation,
            Time = time,
            Article = article,
            ArticleToken = articleAt,
            Options = options ?? [],
            Modal = ModalOf(tokens),
            Term = terms ? TermOf(atlas, tokens, inName) : null,
        };
    }

    // The longest run of up to six words outside names that is a term's name or alias ("mutual defense pact", "alliances");
    // else a name of two or more words found loosely (TermsLoosely), when that accounts for more words.
    private static TermAt? TermOf(Atlas atlas, IReadOnlyList<Token> tokens, bool[] inName)
    {
        if (atlas.Terms.Count == 0)
            return null;
        TermAt? best = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var words = new List<string>();
            for (var k = i; k < tokens.Count && k < i + 6 && !inName[k] && tokens[k].Kind != TokenKind.Punctuation; k++)
            {
                words.Add(tokens[k].Norm);
                if (words.Count > (best?.Count ?? 0) && atlas.FindTerm(string.Join(' ', words)) is { } term)
                    best = new TermAt(term, i, words.Count);
            }
        }
        var loose = TermLoosely(atlas, tokens);
        var exactWords = best is null ? 0 : Enumerable.Range(best.First, best.Count).Count(k => TermWord(tokens[k].Norm) is not null);
        return loose is { } l && l.Words > exactWords ? l.At : best;
    }

    /// <summary>Words of a term's names within which the words of one name may stand, in any order.</summary>
    private const int LooseWindow = 8;

    /// <summary>
    /// "How does NATO invite countries to join the Alliance?" names "invitation to join NATO", "Does NATO have its own armed
    /// forces?" names "NATO armed forces": every content word of a name of two or more (a stem: "invite" = "invitation"), in any
    /// order, within a few words, names included. Only a name with a word of its own counts — a word that is no cue of the
    /// lexicon ("invitation", "forces") — so "joining NATO" never takes "Which countries joined NATO in 2004?" from the
    /// members frame. The name with the most words wins.
    /// </summary>
    private static (TermAt At, int Words)? TermLoosely(Atlas atlas, IReadOnlyList<Token> tokens)
    {
        var stems = new string?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            stems[i] = tokens[i].Kind == TokenKind.Punctuation ? null : TermWord(tokens[i].Norm);
        (TermAt At, int Words)? best = null;
        foreach (var (term, words) in LooseNames.GetValue(atlas, BuildLooseNames))
        {
            if (words.Length <= (best?.Words ?? 1))
                continue;
            int first = int.MaxValue, last = -1;
            var all = true;
            foreach (var w in words)
            {
                var at = Array.IndexOf(stems, w);
                if (at < 0)
                {
                    all = false;
                    break;
                }
                first = Math.Min(first, at);
                last = Math.Max(last, at);
            }
            if (all && last - first < LooseWindow)
            {
                // Written whole: no other word between the name's ("the Formosa Resolution of 1955" for "Formosa Resolution of 1955").
                var whole = Enumerable.Range(first, last - first + 1).All(k => stems[k] is null || words.Contains(stems[k]));
                best = (new TermAt(term, first, last - first + 1, Loose: true, Words: words.Length, Whole: whole), words.Length);
            }
        }
        return best;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Atlas, (Term Term, string[] Words)[]> LooseNames = new();

    private static (Term Term, string[] Words)[] BuildLooseNames(Atlas atlas)
    {
        var cueWords = Lexicon.ByFirstWord.Values.SelectMany(p => p).Where(p => p.Words.Length == 1).Select(p => TermWord(p.Words[0])).ToHashSet(StringComparer.Ordinal);
        var names = new List<(Term, string[])>();
        foreach (var term in atlas.Terms)
        {
            foreach (var name in term.Names)
            {
                var words = Tokenizer.Tokenize(name, 0, 0, name.Length).Where(t => t.Kind != TokenKind.Punctuation)
                    .Select(t => TermWord(t.Norm)).OfType<string>().Distinct().ToArray();
                if (words.Length >= 2 && words.Any(w => !cueWords.Contains(w) && !atlas.Names.IsKey(w)))
                    names.Add((term, words));
            }
        }
        return [.. names.OrderByDescending(n => n.Item2.Length)];
    }

    /// <summary>A word as terms are compared loosely: null for a function word or a possessive; else a crude stem
    /// ("invitation", "invite", "invited" → "invit"; "forces" → "forc").</summary>
    private static string? TermWord(string norm)
    {
        if (norm.EndsWith("'s", StringComparison.Ordinal))
            norm = norm[..^2];
        if (norm.Length < 2 || Lexicon.Function.Contains(norm) || norm is "s" or "'s")
            return null;
        foreach (var suffix in (ReadOnlySpan<string>)["ations", "ation", "ings", "ing", "ed", "es", "s", "e"])
        {
            if (norm.Length - suffix.Length >= 4 && norm.EndsWith(suffix, StringComparison.Ordinal))
                return norm[..^suffix.Length];
        }
        return norm;
    }

    // "could", "would", "may" (not the month: "14 May 1955", "May 2024").
    private static string? ModalOf(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Norm;
            if (w is not ("could" or "can" or "would" or "will" or "must" or "should" or "may" or "might"))
                continue;
            if (w == "may" && (i > 0 && tokens[i - 1].Kind == TokenKind.Number || i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number || tokens[i].IsCapitalized && i > 0))
                continue;
            return w;
        }
        return null;
    }

    private static Wh WhOf(IReadOnlyList<Token> tokens)
    {
        // "What were the origins of NATO, and why was it established?" asks why.
        if (tokens.Any(t => t.Norm == "why"))
            return Wh.Why;
        for (var i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Norm;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Norm : "";
            switch (w)
            {
                case "why":
                    return Wh.Why;
                case "when":
                    return Wh.When;
                case "where":
                    return Wh.Where;
                case "how" when next is "many" or "much":
                    return Wh.HowMany;
                case "how":
                    return Wh.How;
                case "what" or "which" when next is "year" or "date" or "day" or "month":
                    return Wh.WhatYear;
                case "what":
                    return Wh.What;
                case "which":
                    return Wh.Which;
                case "who" or "whom" or "whose":
                    return Wh.Who;
            }
        }
        return Wh.None;
    }

    private static (string?, int) ArticleOf(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Norm is not ("article" or "art"))
                continue;
            var next = tokens[i + 1];
            if (next.Kind == TokenKind.Number)
            {
                var number = next.Norm;
                // "42(7)", "42.7", "42 (7)"
                if (number.Contains('.', StringComparison.Ordinal))
                    number = number.Replace(".", "(", StringComparison.Ordinal) + ")";
                else if (i + 4 < tokens.Count && tokens[i + 2].Is("(") && tokens[i + 3].Kind == TokenKind.Number && tokens[i + 4].Is(")"))
                    number += $"({tokens[i + 3].Norm})";
                return (number, i);
            }
            if (next.Kind == TokenKind.Word && next.Norm.All(c => c is 'i' or 'v' or 'x') && next.Norm.Length <= 5)
                return (next.Norm.ToUpperInvariant(), i);
        }
        return (null, -1);
    }

    /// <summary>Actors named, states and organizations, in order.</summary>
    public IEnumerable<Actor> Actors(Atlas atlas) =>
        Entities().Where(e => e.Entity.Kind == EntityKind.Actor).Select(e => atlas.Actor(new ActorId(e.Entity.Id))).Distinct();
}
