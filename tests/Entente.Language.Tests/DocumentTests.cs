using Entente.Core.Atlas;
using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// A document the data records only as its signing (the Budapest Memorandum, the NATO-Russia Founding Act, the 2025
/// Saudi–Pakistani Strategic Mutual Defence Agreement, whose entry into force no source gives) is a name people ask
/// and write about: "When was the Budapest Memorandum signed?" was refused ('Budapest' unknown) and "Pakistan and Saudi
/// Arabia signed a Strategic Mutual Defence Agreement on September 17, 2025" was not found, although the data held both.
/// </summary>
public class DocumentTests
{
    private static readonly DateOnly On = new(2025, 9, 18);

    [Theory]
    [InlineData("When was the Budapest Memorandum signed?", "The Budapest Memorandum was signed on 5 December 1994 by Ukraine, Russia")]
    [InlineData("What year was the NATO-Russia Founding Act signed?", "The NATO-Russia Founding Act was signed on 27 May 1997")]
    [InlineData("When did Saudi Arabia and Pakistan sign the Strategic Mutual Defence Agreement?", "The Strategic Mutual Defence Agreement was signed on 17 September 2025 by Saudi Arabia and Pakistan")]
    public void Ask_WhenADocumentWasSigned_ItsSigning(string question, string expected)
    {
        var answer = Knowledge.Ask(question);

        Assert.True(answer.Answered);
        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Not used", answer.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhatADocumentIs_ItsRecord()
    {
        var answer = Knowledge.Ask("What is the Budapest Memorandum?");

        Assert.StartsWith("The Budapest Memorandum was signed on 5 December 1994", answer.Text, StringComparison.Ordinal);
        Assert.Contains("security assurances", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AStateThatDidNotSignIt_IsNotReadAsItsSigning() =>
        Assert.DoesNotContain("was signed on 17 September 2025", Knowledge.Ask("When did France sign the Strategic Mutual Defence Agreement?").Text, StringComparison.Ordinal);

    [Fact]
    public void Names_ADocumentThatIsAlsoAPartnership_StaysThePartnership()
    {
        // The 2012 U.S.–New Zealand Washington Declaration is a partnership; its signing event does not name it twice.
        var resolved = Knowledge.Atlas.Names.Resolve("the Washington Declaration on Defense Cooperation");

        Assert.NotNull(resolved.Found);
        Assert.Equal(EntityKind.Partnership, resolved.Found!.Kind);
    }

    [Theory]
    [InlineData("Pakistan and Saudi Arabia signed a Strategic Mutual Defence Agreement (SMDA) on September 17, 2025.", Verdict.Supported)]
    [InlineData("Saudi Arabia and Pakistan have signed a \"Strategic Mutual Defense Agreement\".", Verdict.Supported)]
    [InlineData("The Budapest Memorandum was signed in 1995.", Verdict.Contradicted)]
    [InlineData("Ukraine, Russia, the United States and Britain signed the Budapest Memorandum on 5 December 1994.", Verdict.Supported)]
    public void Check_ADocumentsSigning(string text, Verdict expected) =>
        Assert.Equal(expected, Knowledge.Claim(text, On, k => k is "date" or "signed").Verdict);

    [Fact]
    public void Ask_WhetherADocumentIsInForce_NotKnown()
    {
        var answer = Knowledge.Ask("Is the Budapest Memorandum still in force?");

        Assert.False(answer.Answered);
        Assert.StartsWith("Not known. Entente's data records only the signing of the Budapest Memorandum on 5 December 1994", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhoMustDefend_NamesADocumentSignedThatIsNoTreatyInForce()
    {
        // "Who must defend Pakistan?" said "no confirmed obligation" and nothing of the 2025 agreement with Saudi Arabia.
        var answer = Knowledge.Ask("Who must defend Pakistan?");

        Assert.Contains("Signed on 17 September 2025 with Saudi Arabia, a document that is no treaty in force in Entente's data", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Signed on 17 September 2025", Knowledge.Ask("Who must defend Pakistan?", "2020-01-01").Text, StringComparison.Ordinal);
    }
}
