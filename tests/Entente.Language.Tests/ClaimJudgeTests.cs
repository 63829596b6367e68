using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>Claims, third level: a query's result against what the claim asserted, in words (verdict and correction).</summary>
public class ClaimJudgeTests
{
    private static Outcome? Judge(Query query, string kind = "test", ProvisionKind? provision = null, bool military = false) =>
        ClaimJudge.Judge(ClaimAtlas.Atlas, new ReadClaim(query, 0, 1, kind) { Provision = provision, Military = military }, ClaimAtlas.On);

    [Fact]
    public void Judge_NeutralityOfATreatyAlly_ContradictedNamingTheTreaty()
    {
        var outcome = Judge(new NeutralityQuery(new ActorId("RUR")) { Asserted = new Assertion(Holds: true) })!;

        Assert.Equal(Verdict.Contradicted, outcome.Verdict);
        Assert.Equal("Ruritania is not neutral: it is a treaty ally under the Northern Treaty and the Freedonia-Ruritania Guarantee Treaty.", outcome.Correction);
        Assert.NotEmpty(outcome.Facts.SelectMany(f => f.Sources));
    }

    [Fact]
    public void Judge_NeutralityOfANeutralState_Supported()
    {
        var outcome = Judge(new NeutralityQuery(new ActorId("NEU")) { Asserted = new Assertion(Holds: true) })!;

        Assert.Equal(Verdict.Supported, outcome.Verdict);
    }

    [Fact]
    public void Judge_MutualDefenceOfAOneWayTreaty_PartlyNamingWhoIsNotDefended()
    {
        var outcome = Judge(new ProvisionsQuery(new TreatyId("FRT"), ProvisionKind.Defence) { Asserted = new Assertion(Holds: true) })!;

        Assert.Equal(Verdict.PartlySupported, outcome.Verdict);
        Assert.Equal("The treaty is asymmetric: Article 1 covers armed attacks on Ruritania only; Ruritania has no obligation to defend the territory of Freedonia.", outcome.Correction);
    }

    [Fact]
    public void Judge_MilitaryAssistanceUnderADiscretionaryArticle_Partly()
    {
        var outcome = Judge(new ArticleQuery("5", new TreatyId("NTR"), null), provision: ProvisionKind.Defence, military: true)!;

        Assert.Equal(Verdict.PartlySupported, outcome.Verdict);
        Assert.StartsWith("Article 5 leaves each party to take the action it deems necessary", outcome.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_ArticleOfAnotherKind_ContradictedNamingTheRightArticle()
    {
        var outcome = Judge(new ArticleQuery("4", new TreatyId("NTR"), null), provision: ProvisionKind.Defence)!;

        Assert.Equal(Verdict.Contradicted, outcome.Verdict);
        Assert.Equal("Article 4 of Northern Treaty is the consultation clause; Article 5 is the defence clause.", outcome.Correction);
    }

    [Fact]
    public void Judge_InvokedTwiceWhenOnce_ContradictedWithTheDates()
    {
        var outcome = Judge(new InvocationsQuery(new TreatyId("NTR"), "4") { Asserted = new Assertion(Number: 2) })!;

        Assert.Equal(Verdict.Contradicted, outcome.Verdict);
        Assert.Equal("Article 4 has been invoked once: 4 March 2014.", outcome.Correction);
    }

    [Fact]
    public void Judge_PolicyTermsTheDataLacks_NotCheckableNeverSupported()
    {
        var claim = new ReadClaim(new PoliciesQuery(new ActorId("NEU"), PolicyKind.Constitutional), 0, 1, "renounces-force") { Terms = [["renounce"], ["force"]] };

        var outcome = ClaimJudge.Judge(ClaimAtlas.Atlas, claim, ClaimAtlas.On)!;

        Assert.Equal(Verdict.NotCheckable, outcome.Verdict);
    }

    [Fact]
    public void Check_SentenceEndToEnd_SameVerdictAsTheJudge()
    {
        var report = ClaimChecker.Check(ClaimAtlas.Atlas, "The Freedonia-Ruritania Guarantee Treaty was signed in 1960. It provides for mutual defence between the two countries.", ClaimAtlas.On);

        Assert.Contains(report.Claims, c => c.Kind == "date" && c.Verdict == Verdict.Supported);
        Assert.Contains(report.Claims, c => c.Kind == "mutual-defence" && c.Verdict == Verdict.PartlySupported);
    }
}
