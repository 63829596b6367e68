using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// Claims read and judged end to end on the small claim atlas: quotations of an article's words, requests for
/// consultations by named states, "the alliance" as the body the text is about, names set off in quotation marks.
/// </summary>
public class ClaimReadingTwoTests
{
    private static ClaimReport Check(string text) => ClaimChecker.Check(ClaimAtlas.Atlas, text, ClaimAtlas.On);

    private static CheckedClaim Over(ClaimReport report, string text, string span) => SeedClaimsTests.Over(report, text, span)
        ?? throw new Xunit.Sdk.XunitException($"no claim over \"{span}\"; claims: {string.Join(" | ", report.Claims.Select(c => c.Span))}");

    [Fact]
    public void Check_ArticleQuotedFaithfully_Supported()
    {
        const string text = "The Northern Alliance was founded in 1950. Article 5 states that “each of them, in exercise of the right of individual or collective self-defence recognized by Article 51 of the Charter of the United Nations, will assist the Party so attacked.”";

        var claim = Over(Check(text), text, "each of them, in exercise");

        Assert.Equal("article-words", claim.Kind);
        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_ArticleParaphrasedAsAQuotation_PartlyWithTheArticlesWords()
    {
        const string text = "The Northern Alliance was founded in 1950. Article 5 states that “an armed attack or aggression against one of them is considered an attack against all of them.”";

        var claim = Over(Check(text), text, "an armed attack or aggression");

        Assert.Equal(Verdict.PartlySupported, claim.Verdict);
        Assert.Contains("does not say 'aggression'", claim.Correction, StringComparison.Ordinal);
        Assert.Contains("an armed attack against one or more of them in the North shall be considered an attack against them all", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_QuotationGoingOnInTheNextSentence_IsTheSameArticlesWords()
    {
        const string text = "The Northern Alliance was founded in 1950. Article 5 states that “an armed attack against one or more of them shall be considered an attack against them all.” Accordingly, “they agree on the right of collective self-defence recognized in Article 51 of the Charter of the United Nations.”";

        var claim = Over(Check(text), text, "they agree on the right");

        Assert.Equal("article-words", claim.Kind);
        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_SpeechQuoted_StaysNotAsserted()
    {
        const string text = "The Northern Alliance was founded in 1950. The minister said: “Ruritania is a member of the Northern Alliance.”";

        var claim = Over(Check(text), text, "Ruritania is a member");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
    }

    [Fact]
    public void Check_RequestByTheStatesThatMadeIt_Supported()
    {
        const string text = "Article 4 of the Northern Treaty calls for consultations. Ruritania and Freedonia requested consultations under Article 4 in 2014.";

        var claim = Over(Check(text), text, "Ruritania and Freedonia requested");

        Assert.Equal("invocation", claim.Kind);
        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_RequestCountedShort_PartlyWithHowManyAsked()
    {
        const string text = "Article 4 of the Northern Treaty calls for consultations. In 2014, one country, “Ruritania”, submitted a request to activate Article 4.";

        var claim = Over(Check(text), text, "submitted a request");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        const string counted = "Article 4 of the Northern Treaty calls for consultations. In 2014, 1 of the countries, Ruritania, submitted a request to activate Article 4.";
        Assert.NotEqual(Verdict.Contradicted, Over(Check(counted), counted, "submitted a request").Verdict);
    }

    [Fact]
    public void Check_RequestInAYearWithNoneOnRecord_NotCheckableNeverContradicted()
    {
        const string text = "Article 4 of the Northern Treaty calls for consultations. Neutralia requested consultations under Article 4 in 2020.";

        var claim = Over(Check(text), text, "Neutralia requested");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Contains("may not list every one", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_TheAllianceAfterAnotherBodyWasNamed_IsTheBodyTheTextNamedMost()
    {
        // The text is about the Freedonia–Ruritania treaty; a later clause names the Northern Alliance, whose name holds "alliance".
        var context = new ClaimContext(ClaimAtlas.Atlas, ClaimAtlas.On);
        context.Remember(context.Read("The Freedonia-Ruritania Guarantee Treaty was signed in 1960."));
        context.Remember(context.Read("The Freedonia-Ruritania Guarantee Treaty entered into force on 23 June 1960."));
        context.Remember(context.Read("Unlike the Northern Treaty, it has two parties."));

        Assert.Equal("FRT", context.Resolve("alliance")?.Id);
        // "The treaty" is the body last named with that word: the Northern Treaty, as its organization.
        Assert.Equal("NAL", context.Resolve("treaty")?.Id);
    }

    [Fact]
    public void Link_RegionHoldingAStatesAlias_NamesNoState()
    {
        var tokens = Reading.Tokenizer.Tokenize("the alliance across North America and Europe");

        var mentions = Reading.Linker.Link(Knowledge.Atlas, tokens, fuzzy: true);

        Assert.DoesNotContain(mentions, m => m.Entity?.Id == "USA");
    }

    [Fact]
    public void Link_NameHoldingARegion_StillLinked()
    {
        var tokens = Reading.Tokenizer.Tokenize("the Southeast Asia Treaty Organization");

        var mention = Assert.Single(Reading.Linker.Link(Knowledge.Atlas, tokens, fuzzy: true));

        Assert.Equal("SEATO", mention.Entity?.Id);
    }
}
