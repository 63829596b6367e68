using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// "When did Finland apply to join NATO?", "Finland applied to join NATO in May 2022": an application is its own day, not
/// the accession's. The claim was called contradicted by the day Finland joined (4 April 2023).
/// </summary>
public class ApplicationTests
{
    private static readonly DateOnly On = new(2026, 11, 27);

    private static CheckedClaim Claim(string text) => Knowledge.Claim(text, On, k => k is "applied" or "joined");

    [Theory]
    [InlineData("When did Finland apply to join NATO?", "Finland applied to join NATO on 18 May 2022. It joined on 4 April 2023 (by accession).")]
    [InlineData("When did Sweden submit its application to NATO?", "Sweden applied to join NATO on 18 May 2022. It joined on 7 March 2024 (by accession).")]
    [InlineData("When did Ukraine apply for NATO membership?", "Ukraine applied to join NATO on 30 September 2022. It is not a member on 27 November 2026.")]
    public void Ask_WhenApplied_TheApplicationsDay(string question, string expected) =>
        Assert.StartsWith(expected, Knowledge.Ask(question).Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_AnApplicationTheDataDoesNotRecord_SaysSoAndIsNotAnAccessionDate()
    {
        var answer = Knowledge.Ask("When did Spain apply to join NATO?");

        Assert.StartsWith("Entente's data records no application by Spain to join NATO", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Spain joined NATO on 30 May 1982", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Finland applied to join NATO in May 2022.", Verdict.Supported)]
    [InlineData("Sweden applied to join NATO on 18 May 2022.", Verdict.Supported)]
    [InlineData("Ukraine applied to join NATO in September 2022.", Verdict.Supported)]
    [InlineData("Finland applied to join NATO in 2021.", Verdict.Contradicted)]
    public void Check_AnApplicationsDay_AgainstTheApplication(string text, Verdict verdict)
    {
        var claim = Claim(text);

        Assert.Equal("applied", claim.Kind);
        Assert.Equal(verdict, claim.Verdict);
    }

    [Fact]
    public void Check_AnApplicationNotRecorded_NotCheckableRatherThanTheAccessionDate()
    {
        var claim = Claim("Spain applied to join NATO in 1981.");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
    }

    [Fact]
    public void Check_JoiningStillTheAccession() =>
        Assert.Equal(Verdict.Contradicted, Claim("Finland joined NATO in May 2022.").Verdict);
}

public class ApplicationYesNoAndPartnershipDateTests
{
    [Theory]
    [InlineData("Did Ukraine apply to join NATO?", "Yes. Ukraine applied to join NATO on 30 September 2022.")]
    [InlineData("Did Finland apply for NATO membership?", "Yes. Finland applied to join NATO on 18 May 2022.")]
    [InlineData("Has Georgia applied to join NATO?", "Not known. Entente's data records no application by Georgia to join NATO")]
    // Was read as "who must defend Ukraine", "apply" taken for "does Article 5 apply".
    public void Ask_DidAStateApply_TheApplication(string question, string expected) =>
        Assert.StartsWith(expected, Knowledge.Ask(question).Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_DoesArticle5Apply_StillCoverage() =>
        Assert.StartsWith("No. Article 5 of the North Atlantic Treaty does not cover Hawaii", Knowledge.Ask("Does Article 5 apply to Hawaii?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_WhenWasAPartnershipAnnounced_ItsDay()
    {
        // Refused: a partnership is no treaty, and the date frames looked for a treaty or an organization.
        var answer = Knowledge.Ask("When was AUKUS announced?");

        Assert.True(answer.Answered);
        Assert.StartsWith("AUKUS dates from 15 September 2021.", answer.Text, StringComparison.Ordinal);
    }
}

public class UnknownJoiningStateTests
{
    [Theory]
    [InlineData("When did Narnia join NATO?")]
    [InlineData("When did Narnia apply to join NATO?")]
    [InlineData("What year did Wakanda leave the Warsaw Pact?")]
    // Were answered with the body's members, the unknown name only listed as "not used".
    public void Ask_WhenAnUnknownStateJoinedOrLeft_RefusedNamingIt(string question)
    {
        var answer = Knowledge.Ask(question);

        Assert.False(answer.Answered);
        Assert.Contains("is not a state, organization or treaty Entente knows", answer.Text, StringComparison.Ordinal);
    }
}
