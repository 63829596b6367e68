using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>
/// The quoted article texts of the shipped data, checked word by word against a primary text or a faithful
/// copy (issue 11; data/AUDIT.md, "Quoted article texts checked against a copy"). A fixed quotation is pinned
/// by a phrase of the source's wording that the old text did not have; a checked quotation whose copies
/// differ in wording is pinned to the copy it was checked against, so a later edit cannot swap in another translation.
/// </summary>
public class QuotedTextsTests
{
    private static Atlas Atlas => BuiltInDataTests.Result.Atlas ?? throw new InvalidOperationException("The built-in data did not load.");

    private static string QuoteOf(string treaty, string article) =>
        Atlas.Treaty(new TreatyId(treaty)).Provisions.Single(p => p.Article == article).Text
        ?? throw new InvalidOperationException($"{treaty} {article} has no quoted text.");

    [Fact]
    public void SeatoProtocol_Quote_ReadsForThePurposesOfArticleIV()
    {
        var text = QuoteOf("southeast-asia-collective-defense-treaty", "Protocol");

        // The Avalon Project's copy of the State Department text: "for the purposes of Article IV" (the old data had "purpose").
        Assert.Contains("unanimously designate for the purposes of Article IV of the Treaty the States of Cambodia and Laos", text, StringComparison.Ordinal);
    }

    [Theory]
    // GHDI's translation (the Alpha History copy reads "Contracting Parties" and "localisation").
    [InlineData("reinsurance-treaty-1887", "I", "In case one of the high contracting parties should find itself at war with a third Great Power")]
    [InlineData("reinsurance-treaty-1887", "I", "devote its efforts to the localization of the conflict")]
    // FirstWorldWar.com's text (the Congressional Record draft on Wikisource reads "all its available forces to fight Germany").
    [InlineData("franco-russian-military-convention", "1", "Russia shall employ all her available forces to attack Germany")]
    // The 1951 Protocol's wording of Article 6, as NATO prints it ("Islands", capital I).
    [InlineData("north-atlantic-treaty", "6", "on the Islands under the jurisdiction of any of the Parties in the North Atlantic area north of the Tropic of Cancer")]
    // The Philippine depositary's certified copy of the U.S. understanding.
    [InlineData("southeast-asia-collective-defense-treaty", "Understanding of the United States", "apply only to communist aggression but affirms that in the event of other aggression or armed attack it will consult")]
    // UNTS vol. 248, p. 234.
    [InlineData("us-roc-mutual-defense-treaty", "X", "Either Party may terminate it one year after notice has been given to the other Party.")]
    public void CheckedQuote_KeepsTheWordingOfTheCopyItWasCheckedAgainst(string treaty, string article, string phrase)
    {
        Assert.Contains(phrase, QuoteOf(treaty, article), StringComparison.Ordinal);
    }
}
