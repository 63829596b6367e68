using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// "Article IV states that an armed attack in the Pacific area on either of the Parties would be dangerous to its own
/// peace and safety" (Just Security on the U.S.–Philippine treaty): what an article says in the text's own words, with
/// no quotation marks, was never a claim. It holds when nearly all its content words are the article's; a paraphrase
/// the data cannot confirm is not reported, never contradicted.
/// </summary>
public class ArticleParaphraseTests
{
    private static readonly DateOnly On = new(2019, 5, 1);

    private static IReadOnlyList<CheckedClaim> Check(string text) => ClaimChecker.Check(Knowledge.Atlas, text, On).Claims;

    [Theory]
    [InlineData("Article IV of the U.S.-Philippine Mutual Defense Treaty states that an armed attack in the Pacific area on either of the Parties would be dangerous to its own peace and safety.")]
    [InlineData("The U.S.-Philippine Mutual Defense Treaty is fairly short. Article IV states that an armed attack in the Pacific area on either of the Parties would be dangerous to its own peace and safety.")]
    public void Check_AnArticleInTheTextsOwnWords_HoldsAgainstItsText(string text)
    {
        var claim = Assert.Single(Check(text), c => c.Kind == "article-says");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.StartsWith("Article IV", claim.Span, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AParaphraseTheDataDoesNotBear_IsNotReported() =>
        Assert.DoesNotContain(Check("Article 5 of the North Atlantic Treaty states that an attack on one member obliges every other member to send troops immediately and declare war."),
            c => c.Kind == "article-says");
}
