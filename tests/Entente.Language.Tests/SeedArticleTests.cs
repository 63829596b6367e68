namespace Entente.Language.Tests;

/// <summary>
/// The seed article's title question and its five FAQs, answered correctly — including where the article
/// itself is wrong (../shared/seed/claims.tsv).
/// </summary>
public class SeedArticleTests
{
    [Fact]
    public void Title_WhyIsJapanNotPartOfNato_NamesArticle10Article9TheTreatyAndPartnerStatus()
    {
        var answer = Knowledge.Ask("Why is Japan not part of NATO?");
        var all = Knowledge.Everything(answer);

        Assert.True(answer.Answered);
        Assert.Equal("why-not", answer.Intent);
        Assert.StartsWith("Japan is not a member of NATO and never has been.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("The legal bar: Article 10 of the North Atlantic Treaty admits only European states, and Japan is not a European state.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Article 9", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Three Non-Nuclear Principles", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Treaty of Mutual Cooperation and Security", answer.Text, StringComparison.Ordinal);
        Assert.Contains("partners across the globe", answer.Text, StringComparison.Ordinal);
        Assert.Contains("nuclear alliance", all, StringComparison.Ordinal);
        Assert.DoesNotContain("neutral", all, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(answer.Sources);
        Assert.Contains(answer.Sources, s => s.Url.Contains("nato.int", StringComparison.Ordinal));
    }

    [Fact]
    public void Faq1_DefenceCommitments_TheTreatyIsNotMutualInTheNatoSense()
    {
        var answer = Knowledge.Ask("Does Japan have any defense commitments similar to NATO's collective defense clause?");

        Assert.Equal("defence-treaties", answer.Intent);
        Assert.Contains("Treaty of Mutual Cooperation and Security", answer.Text, StringComparison.Ordinal);
        Assert.Contains("not a mutual-defence pact in the NATO sense", answer.Text, StringComparison.Ordinal);
        Assert.Contains("territories under the administration of Japan", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Japan has no obligation to defend the territory of the other party", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Article VI", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Faq2_CouldJapanJoin_NotAsTheTreatyStands()
    {
        var answer = Knowledge.Ask("Could Japan join NATO in the future?");

        Assert.Equal("could-join", answer.Intent);
        Assert.StartsWith("Japan is not a member of NATO", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Not as the treaty stands.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("admits only European states", answer.Text, StringComparison.Ordinal);
        Assert.Contains("the treaty itself to change", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Faq3_Peacekeeping_NamesThePkoActAndDeployments()
    {
        var answer = Knowledge.Ask("How does Japan contribute to global peacekeeping efforts?");

        Assert.Equal("peacekeeping", answer.Intent);
        Assert.Contains("Act on Cooperation for United Nations Peacekeeping Operations", answer.Text, StringComparison.Ordinal);
        Assert.Contains("1992", answer.Text, StringComparison.Ordinal);
        Assert.Contains("UNTAC", answer.Text, StringComparison.Ordinal);
        Assert.Contains("UNMISS", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Faq4_Cybersecurity_YesThroughItppAndCcdcoe()
    {
        var answer = Knowledge.Ask("Does Japan cooperate with NATO on cybersecurity?");

        Assert.Equal("cooperation", answer.Intent);
        Assert.StartsWith("Yes.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Individually Tailored Partnership Programme", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Cooperative Cyber Defence Centre of Excellence", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Faq5_PacifistConstitution_Article9SelfDefenseForcesAndTheAlliance()
    {
        var answer = Knowledge.Ask("How does Japan balance its pacifist constitution with security needs?");

        Assert.Equal("policies", answer.Intent);
        Assert.Contains("Article 9", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Self-Defense Forces", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Legislation for Peace and Security", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Treaty of Mutual Cooperation and Security", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Japan_IsNotNeutral_ItIsATreatyAlly()
    {
        var answer = Knowledge.Ask("Is Japan neutral?");

        Assert.StartsWith("No. Japan is not neutral", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Treaty of Mutual Cooperation and Security", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Japan_WhoMustDefend_TheUnitedStatesUnderArticleV()
    {
        var answer = Knowledge.Ask("Who must defend Japan if it is attacked?");

        Assert.Contains("The United States is obliged to act under Article V", answer.Text, StringComparison.Ordinal);
        Assert.Contains("in accordance with its constitutional provisions and processes", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("not known", answer.Text, StringComparison.Ordinal);
    }
}
