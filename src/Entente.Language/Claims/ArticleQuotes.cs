using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Claims;

/// <summary>
/// Quotations a text gives as an article's own words: "Article 5 states that “…”" (a verb of saying between the
/// article and the opening mark), and the quotation that goes on after it ("Accordingly, “they agree …”") with no
/// one else named as its speaker. Each is a claim about the article's words, judged against its text.
/// </summary>
internal static class ArticleQuotes
{
    private static readonly HashSet<string> Saying = new(StringComparer.Ordinal)
    {
        "states", "stated", "says", "said", "reads", "read", "stipulates", "stipulated", "provides", "provided", "declares", "declared", "specifies", "affirms", "that",
    };

    /// <summary>The quotations of one sentence given as an article's words; the context keeps the article for a quotation that goes on.</summary>
    public static List<ReadClaim> Read(ClaimContext context, Analysis a, string sentence)
    {
        var claims = new List<ReadClaim>();
        var from = 0;
        while (from < sentence.Length && sentence.IndexOfAny(['“', '"'], from) is var open and >= 0)
        {
            var close = sentence.IndexOfAny(['”', '"'], open + 1);
            var end = close < 0 ? sentence.Length : close;
            var article = ArticleOf(context, a, from, open);
            context.LastQuotedArticle = article;
            if (article is not null && TreatyOf(context, a, open) is { } treaty)
                claims.Add(new ReadClaim(new ArticleQuery(article, treaty.Id, null), open + 1, end, "article-words") { Quotation = sentence[(open + 1)..end] });
            from = end + 1;
        }
        return claims;
    }

    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "states", "says", "stipulates", "provides", "declares", "specifies", "affirms", "establishes", "commits", "obliges",
    };

    /// <summary>
    /// "Article IV states that an armed attack in the Pacific area on either of the Parties would be dangerous to its own
    /// peace and safety": what an article says in the text's own words, without quotation marks — the article named, a verb
    /// of saying within a few words ("of the U.S.-Japan Treaty says"), then what it says. Judged as a paraphrase: it holds
    /// when nearly all its content words are the article's; otherwise it is not reported (the data may word it otherwise).
    /// </summary>
    public static List<ReadClaim> Paraphrases(ClaimContext context, Analysis a, string sentence)
    {
        if (sentence.IndexOfAny(['“', '"']) >= 0 || a.Article is not { } article || a.ArticleToken is var at && at < 0)
            return [];
        var verb = Enumerable.Range(at + 1, Math.Max(0, Math.Min(a.Tokens.Count, at + 16) - at - 1)).FirstOrDefault(i => SayingVerbs.Contains(a.Tokens[i].Norm), -1);
        if (verb < 0 || a.Tokens.Skip(at + 1).Take(verb - at - 1).Any(t => t.Norm is "which" or "who" or "and" || t.Is(",")))
            return [];
        var from = verb + 1 < a.Tokens.Count && a.Tokens[verb + 1].Norm == "that" ? verb + 2 : verb + 1;
        if (from >= a.Tokens.Count || (TreatyOf(context, a, a.Tokens[verb].Start) ?? SharedWithArticle(context.Atlas, a, verb, article)) is not { } treaty)
            return [];
        var end = a.Tokens[^1].Is(".") ? a.Tokens[^1].Start : a.Tokens[^1].End;
        if (end <= a.Tokens[from].Start)
            return [];
        return [new ReadClaim(new ArticleQuery(article, treaty.Id, null), a.Tokens[at].Start, end, "article-says") { Quotation = sentence[a.Tokens[from].Start..end], Paraphrase = true }];
    }

    // "Article 5 of the U.S.-Japan Treaty says": the one treaty, not replaced since, that every state named before the verb is
    // party to and that has that article.
    private static Core.Model.Treaty? SharedWithArticle(Core.Atlas.Atlas atlas, Analysis a, int verb, string article)
    {
        var states = a.Mentions.Where(m => m.Last < verb && m.Entity is { Kind: Core.Atlas.EntityKind.Actor } e && atlas.Actor(new Core.Model.ActorId(e.Id)).IsState)
            .Select(m => new Core.Model.ActorId(m.Entity!.Id)).Distinct().ToArray();
        if (states.Length < 2)
            return null;
        var shared = atlas.PartiesOf(states[0]).Select(p => atlas.Treaty(p.Treaty)).Distinct()
            .Where(t => t.SupersededBy is null && states.All(s => t.Parties.Any(p => p.Actor == s)) && t.Provisions.Any(p => QueryExecutor.SameArticle(p.Article, article)))
            .ToArray();
        return shared.Length == 1 ? shared[0] : null;
    }

    // "Article 5 states that “": the article named just before the mark, with only words of saying between; else
    // "Accordingly, “": at most one word since the last quotation, which was an article's, and no name.
    private static string? ArticleOf(ClaimContext context, Analysis a, int from, int open)
    {
        var before = a.Tokens.Where(t => t.Start >= from && t.End <= open).ToList();
        if (a.Article is { } named && a.ArticleToken is { } at && a.Tokens[at].Start >= from && a.Tokens[at].End <= open
            && a.Tokens.Where(t => t.Start > a.Tokens[at].Start && t.End <= open && t.Kind != TokenKind.Punctuation).All(t => Saying.Contains(t.Norm) || IsArticleNumber(t)))
            return named;
        if (context.LastQuotedArticle is { } last && before.Count(t => t.Kind != TokenKind.Punctuation) <= 1 && !a.Mentions.Any(m => m.Start >= from && m.End <= open))
            return last;
        return null;
    }

    private static Core.Model.Treaty? TreatyOf(ClaimContext context, Analysis a, int open) =>
        a.Mentions.Where(m => m.Start < open && m.Entity is not null).Select(m => QueryExecutor.TreatyOf(context.Atlas, m.Entity!)).OfType<Core.Model.Treaty>().FirstOrDefault()
        ?? (context.Resolve("treaty") is { } body ? QueryExecutor.TreatyOf(context.Atlas, body) : null);

    private static bool IsArticleNumber(Token t) => t.Kind == TokenKind.Number || t.Norm.All(c => c is 'i' or 'v' or 'x');
}
