using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Claims;
using Entente.Language.Reading;

namespace Entente.Language.Tests;

/// <summary>Claims, first level: a sentence read as the typed queries it asserts (and nothing where a role stays empty).</summary>
public class ClaimReadingTests
{
    internal static List<ReadClaim> Read(string sentence, string? before = null)
    {
        var context = new ClaimContext(ClaimAtlas.Atlas, ClaimAtlas.On);
        if (before is not null)
            context.Remember(context.Read(before));
        var analysis = Analysis.Of(ClaimAtlas.Atlas, sentence, Tokenizer.Tokenize(sentence), fuzzy: false);
        return ClaimFrames.Read(context, analysis, [.. ClaimChecker.Clauses(sentence)]);
    }

    [Theory]
    [InlineData("Neutralia is a neutral state.", "NEU", true)]
    [InlineData("Ruritania is not neutral.", "RUR", false)]
    [InlineData("Ruritania's neutral status makes it a mediator.", "RUR", true)]
    public void Read_Neutrality_IsANeutralityQueryWithItsPolarity(string sentence, string state, bool holds)
    {
        var claim = Assert.Single(Read(sentence));

        var query = Assert.IsType<NeutralityQuery>(claim.Query);
        Assert.Equal(new ActorId(state), query.State);
        Assert.Equal(holds, query.Asserted?.Holds);
    }

    [Theory]
    [InlineData("The Northern Treaty provides for mutual defence.")]
    [InlineData("The Northern Treaty, which provides for mutual defense between the parties, was signed in 1950.")]
    public void Read_MutualDefence_IsTheTreatysDefenceProvisions(string sentence)
    {
        var query = Assert.IsType<ProvisionsQuery>(Read(sentence).First(c => c.Query is ProvisionsQuery).Query);

        Assert.Equal(new TreatyId("NTR"), query.Treaty);
        Assert.Equal(ProvisionKind.Defence, query.Kind);
    }

    [Fact]
    public void Read_TwoPredicatesJoinedByAnd_AreTwoClaimsWithTheirOwnWords()
    {
        const string sentence = "It ensures Freedonia's support in case of an armed attack on Ruritania and enables the presence of Freedonian military bases.";

        var claims = Read(sentence, before: "The Freedonia-Ruritania Guarantee Treaty was signed in 1960.");

        Assert.Collection(claims,
            c =>
            {
                var q = Assert.IsType<DefendersQuery>(c.Query);
                Assert.Equal(new ActorId("RUR"), q.State);
                Assert.Equal([new ActorId("FRE")], q.Asserted!.Actors!);
                Assert.Equal("It ensures Freedonia's support in case of an armed attack on Ruritania", sentence[c.Start..c.End]);
            },
            c =>
            {
                Assert.Equal(new ProvisionsQuery(new TreatyId("FRT"), ProvisionKind.Basing) { Asserted = new Assertion(Holds: true) }, c.Query);
                Assert.Equal("enables the presence of Freedonian military bases", sentence[c.Start..c.End]);
            });
    }

    [Theory]
    [InlineData("Article 4 has been invoked twice.", 2, null)]
    [InlineData("Article 4 has never been invoked.", 0, null)]
    [InlineData("Article 4 of the Northern Treaty has been activated many times.", null, 3)]
    public void Read_Invocations_CountSaid(string sentence, int? number, int? atLeast)
    {
        var query = Assert.IsType<InvocationsQuery>(Assert.Single(Read(sentence)).Query);

        Assert.Equal("4", query.Article);
        Assert.Equal(number, query.Asserted!.Number);
        Assert.Equal(atLeast, query.Asserted.AtLeast);
    }

    [Fact]
    public void Read_ArticleMeaning_IsTheArticleWithTheKindSaid()
    {
        var claim = Read("Article 4 of the Northern Treaty calls for consultations when a member is threatened.").Single();

        Assert.Equal(new ArticleQuery("4", new TreatyId("NTR"), null), claim.Query);
        Assert.Equal(ProvisionKind.Consultation, claim.Provision);
    }

    [Fact]
    public void Read_Renunciation_IsTheConstitutionsTerms()
    {
        var claim = Assert.Single(Read("Ruritania renounces the use of force."));

        Assert.Equal(new PoliciesQuery(new ActorId("RUR"), PolicyKind.Constitutional), claim.Query);
        Assert.Contains(claim.Terms, g => g.Contains("force"));
    }

    [Fact]
    public void Read_Judgement_IsAnOpinionWithNoQuery()
    {
        var claim = Assert.Single(Read("Ruritania relies heavily on Freedonia for its security."));

        Assert.Null(claim.Query);
        Assert.Contains("judgement", claim.Opinion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Neutrality is not a one-size-fits-all model.")]
    [InlineData("The treaty provides for mutual defence.")]
    [InlineData("Ruritania would consider whether it would need to activate Article 4.")]
    public void Read_RoleLeftEmptyOrNotTypedInTheData_ReadsNothing(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), c => c.Query is not null);
    }

    [Fact]
    public void Read_NeutralityInTheConstitution_IsItsBasisInLaw_NotCheckableWithNoBasisRecorded()
    {
        var claim = Assert.Single(Read("Ruritania added neutrality to its constitution."));

        var q = Assert.IsType<PolicyBasisQuery>(claim.Query);
        Assert.Equal("RUR", q.State.Value);
        Assert.Equal("neutrality-constitution", claim.Kind);
        var checkedClaim = Assert.Single(ClaimChecker.Check(ClaimAtlas.Atlas, "Ruritania added neutrality to its constitution.", ClaimAtlas.On).Claims);
        Assert.Equal(Verdict.NotCheckable, checkedClaim.Verdict);
    }
}
