using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// "The new agreement is not binding", "Is the Washington Declaration legally binding?": whether a document binds its
/// parties in law, one query (IsBindingQuery) for claims and questions. A treaty does; a partnership as its sources say
/// (the 2012 U.S.–New Zealand Washington Declaration: not binding); where no source says, not known. "The new agreement"
/// is the latest document the text named, and an ambiguous name ("the Washington Declaration") is the one that existed
/// on the text's date, or the one whose parties the text names.
/// </summary>
public class BindingTests
{
    private const string NewZealand2012 =
        "He signed the Washington Declaration with United States Secretary of Defence Leon Panetta. "
        + "It is the first defence agreement since New Zealand was expelled from the Anzus Alliance. "
        + "Coleman is at pains to point out, however, that the new agreement is not binding and is nothing like the old one.";

    private static CheckedClaim Claim(string text, DateOnly on) => Knowledge.Claim(text, on, k => k == "binding");

    [Fact]
    public void Check_TheNewAgreementIsNotBinding_IsTheLatestDocumentNamed_Supported()
    {
        var claim = Claim(NewZealand2012, new DateOnly(2012, 6, 22));

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Contains(claim.Facts, f => f.Statement.StartsWith("Washington Declaration on Defense Cooperation between the United States and New Zealand", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TheNewAgreementIsBinding_Contradicted()
    {
        var claim = Claim(NewZealand2012.Replace("is not binding", "is legally binding", StringComparison.Ordinal), new DateOnly(2012, 6, 22));

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("not legally binding", claim.Correction, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The North Atlantic Treaty is legally binding.", Verdict.Supported)]
    [InlineData("The North Atlantic Treaty is not legally binding.", Verdict.Contradicted)]
    [InlineData("The Warsaw Pact is legally binding.", Verdict.Contradicted)]
    [InlineData("AUKUS is not legally binding.", Verdict.NotCheckable)]
    public void Check_ADocumentNamed_JudgedByWhatItIs(string text, Verdict expected) =>
        Assert.Equal(expected, Claim(text, new DateOnly(2024, 1, 1)).Verdict);

    [Fact]
    public void Check_AStateSaidBound_IsNoClaimAboutADocument() =>
        Assert.DoesNotContain(ClaimChecker.Check(Knowledge.Atlas, "Japan is bound by a binding commitment.", new DateOnly(2024, 1, 1)).Claims, c => c.Kind == "binding");

    [Fact]
    public void Check_AnAmbiguousName_IsTheOneThatExistedOnTheTextsDate()
    {
        // In 2012 only the U.S.–New Zealand declaration existed; the U.S.–ROK one is of 2023.
        var claim = Claim("The Washington Declaration is not binding.", new DateOnly(2012, 6, 22));

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_AnAmbiguousName_LaterOn_IsLeftUnread()
    {
        // Both existed by 2024 and the text names neither party: no guess.
        var report = ClaimChecker.Check(Knowledge.Atlas, "The Washington Declaration is not binding.", new DateOnly(2024, 1, 1));

        Assert.DoesNotContain(report.Claims, c => c.Kind == "binding");
    }

    [Theory]
    [InlineData("Is the U.S.-New Zealand Washington Declaration legally binding?", "No. ")]
    [InlineData("Is the North Atlantic Treaty legally binding?", "Yes. ")]
    [InlineData("Is the Warsaw Pact binding?", "No longer. ")]
    public void Ask_IsItBinding_AnsweredFromTheSameQuery(string question, string expected)
    {
        var answer = Knowledge.Ask(question);

        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains("legally binding", answer.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AnAmbiguousName_AsksWhichOne() =>
        Assert.Contains("could mean", Knowledge.Ask("Is the Washington Declaration binding?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_NoSourceSays_NotKnown()
    {
        var answer = Knowledge.Ask("Is AUKUS legally binding?");

        Assert.False(answer.Answered);
        Assert.Contains("does not say whether AUKUS binds its parties in law", answer.Text, StringComparison.Ordinal);
    }
}
