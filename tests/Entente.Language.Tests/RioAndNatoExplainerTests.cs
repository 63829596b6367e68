using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// Readings found wrong by checking real explainers of the Rio Treaty (The Caravel, 2019; a CRS Insight, 2019) and of
/// NATO (a 2018 blog, nato.int quoted): each had been a wrong verdict or a missed claim.
/// </summary>
public class RioAndNatoExplainerTests
{
    private static readonly DateOnly On = new(2019, 10, 4);

    private static ClaimReport Check(string text, DateOnly? on = null) => ClaimChecker.Check(Knowledge.Atlas, text, on ?? On);

    [Fact]
    public void Check_ACommonNounPhrase_IsNoName()
    {
        // "a collective security pact" had linked to Locarno's "Security Pact", and "entered" was read as the United States joining.
        var report = Check("The Rio Treaty, which was signed in 1947 and entered into force in 1948, is a collective security pact among 17 of the 35 nations of the Western Hemisphere (including the United States).");

        Assert.DoesNotContain(report.Claims, c => c.Facts.Any(f => f.Statement.Contains("Mutual Guarantee", StringComparison.Ordinal)));
        Assert.DoesNotContain(report.Claims, c => c.Kind == "joined");
        Assert.Contains(report.Claims, c => c.Span == "entered into force in 1948" && c.Verdict == Verdict.Supported);
    }

    [Fact]
    public void Ask_ACapitalisedNameOfCommonWords_IsStillAName() =>
        Assert.Contains("Treaty of Alliance between Austria-Hungary, Germany and Italy", Knowledge.Ask("Why did italy leave the triple alliance").Reading, StringComparison.Ordinal);

    [Theory]
    [InlineData("NATO was signed at Washington DC between the US and 11 other nations.", "11 other nations")]
    [InlineData("NATO started with 12 countries who agreed to help each other.", "12 countries")]
    public void Check_ACountAfterASigningOrFoundingVerb_CountsTheFounders(string text, string count)
    {
        var claim = Assert.Single(Check(text, new DateOnly(2018, 7, 15)).Claims, c => c.Span.Contains(count, StringComparison.Ordinal));

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_ACountOfTheMembersToday_IsStillTheCurrentCount()
    {
        // Beside its founding date: read too, and as the count of the day of truth (29 in July 2018), not of 1949.
        var claim = Assert.Single(Check("NATO, formed in 1949, now has 30 members.", new DateOnly(2018, 7, 15)).Claims, c => c.Span.Contains("30", StringComparison.Ordinal));

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("29 members", claim.Correction, StringComparison.Ordinal);
        Assert.Equal(Verdict.Supported, Assert.Single(Check("NATO was founded in 1949 by 12 countries.").Claims, c => c.Span == "12 countries").Verdict);
    }

    [Fact]
    public void Check_PlaceWordsBetweenCountAndNoun_AreRead()
    {
        var claim = Assert.Single(Check("NATO comprises 29 North American and European countries.", new DateOnly(2018, 7, 15)).Claims);

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Empty(Check("NATO has 30 European and 2 North American members.", new DateOnly(2018, 7, 15)).Claims);
    }

    [Fact]
    public void Check_AListThatLeft_IsReadAsLeavingEachWithItsVerdict()
    {
        var claims = Check("Bolivia, Cuba, Ecuador, and Nicaragua left the Rio Treaty in 2012.").Claims;

        Assert.Equal(4, claims.Count);
        Assert.All(claims, c => Assert.Equal("left", c.Kind));
        // Bolivia's denunciation was announced in June 2012 and took effect in 2014: partly so; Cuba never denounced it.
        Assert.Equal(Verdict.PartlySupported, claims.Single(c => c.Span == "Bolivia").Verdict);
        Assert.Equal(Verdict.Contradicted, claims.Single(c => c.Span == "Cuba").Verdict);
    }

    [Fact]
    public void Check_LeftThenRejoined_EachChangeWithItsDate()
    {
        var claims = Check("Venezuela left the Rio Treaty in 2013 but rejoined again in July 2019.").Claims;

        // The disputed 2019 return is no membership in the data: the return is not checkable, never a first accession.
        Assert.DoesNotContain(claims, c => c.Correction?.Contains("14 May 1949", StringComparison.Ordinal) == true);
        Assert.Contains(claims, c => c.Verdict == Verdict.NotCheckable);
    }

    [Theory]
    [InlineData("When did Venezuela leave the Rio Treaty?", "Venezuela ceased to be a party on 14 July 2015 (denunciation)")]
    [InlineData("When did Trinidad and Tobago join the Rio Treaty?", "Trinidad and Tobago became a party to the Inter-American Treaty of Reciprocal Assistance on 6 April 1967")]
    [InlineData("When did Cuba leave the Rio Treaty?", "Cuba has not left the Inter-American Treaty of Reciprocal Assistance")]
    public void Ask_WhenAStateJoinedOrLeftATreatyWithoutAnOrganization_ItsSpells(string question, string expected) =>
        // Had been answered with the treaty's own dates (signed 1947, in force 1948).
        Assert.StartsWith(expected, Knowledge.Ask(question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("In 1999, Poland, Hungary, and the Czech Republic joined NATO, amid much debate within the organization and Russian opposition.", 3)]
    [InlineData("In 1952, Greece and Turkey joined the North Atlantic Treaty.", 2)]
    [InlineData("Croatia and Albania became members of NATO in April 2009.", 2)]
    public void Check_JoinedWithTheDateFirstOrAListWithAnOxfordComma_EachStateRead(string text, int states)
    {
        // NATO enlargement histories (eesti.ca, 2021; a 2019 explainer): the date before the verb, ", and the Czech Republic".
        var claims = Check(text, new DateOnly(2018, 3, 29)).Claims.Where(c => c.Kind is "joined" or "member-list").ToArray();

        Assert.Equal(states, claims.Length);
        Assert.All(claims, c => Assert.Equal(Verdict.Supported, c.Verdict));
    }

    [Fact]
    public void Check_ACountAfterAChangeOfAnUnnamedDay_IsNotRead()
    {
        // "… brought its membership to 26 countries" (29 March 2004, in the sentence before) had been checked as the founders.
        Assert.Empty(Check("Membership was the fifth since the creation of the Alliance and brought its membership to 26 countries.", new DateOnly(2018, 3, 29)).Claims);
        Assert.Equal(Verdict.Supported, Assert.Single(Check("NATO has grown to 32 members.", new DateOnly(2025, 3, 29)).Claims).Verdict);
    }

    [Fact]
    public void Check_TheTwoCountriesBesideADate_IsNoCount() =>
        // "between the two countries" names the parties (the page's sample article); it had become a count claim.
        Assert.DoesNotContain(Check("The U.S.-Japan Security Treaty, signed in 1960, provides for mutual defense between the two countries.", new DateOnly(2026, 12, 3)).Claims,
            c => c.Span == "two countries");
}
