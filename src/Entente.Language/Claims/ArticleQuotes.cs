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
