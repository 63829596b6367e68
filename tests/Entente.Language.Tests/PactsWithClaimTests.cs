using Entente.Core.Queries;
using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>Defence treaties of a state with listed states or with a share of a body's members.</summary>
public class PactsWithClaimTests
{
    private static CheckedClaim Claim(string text, string on) =>
        Answers.Check(Knowledge.Atlas, text, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).Claims.Single();

    [Fact]
    public void Check_MostOfABodysMembersBeforeItsFounding_CountsTheFoundersThen()
    {
        var claim = Claim("The Soviet Union had previously concluded bilateral defense agreements with most of the member states of the Warsaw Pact.", "2020-01-01");

        Assert.Equal("pacts-with", claim.Kind);
        Assert.Equal(Verdict.Supported, claim.Verdict);
        // The seven other founders, each said, on the day before the Warsaw Treaty was signed.
        Assert.Equal(7, claim.Facts.Count);
        Assert.All(claim.Facts, f => Assert.Contains("on 1955-05-13", f.Statement, StringComparison.Ordinal));
        Assert.Contains(claim.Facts, f => f.Statement.StartsWith("Soviet Union and East Germany on 1955-05-13: no bilateral defence treaty", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_AllOfThemWhenSomeAreMissing_IsPartlyWithTheOnesThatHaveOne()
    {
        var claim = Claim("The Soviet Union had bilateral defence agreements with all the member states of the Warsaw Pact.", "2020-01-01");

        Assert.Equal(Verdict.PartlySupported, claim.Verdict);
        Assert.Equal("On 14 May 1955 the Soviet Union had a bilateral defence treaty with 5 of the 7 (Poland, Czechoslovakia, Hungary, Romania and Bulgaria).", claim.Correction);
    }

    [Fact]
    public void Check_ListedStates_EachNeedsADefenceTreaty()
    {
        Assert.Equal(Verdict.Supported, Claim("The United States has mutual defense treaties with Japan, South Korea and the Philippines.", "2015-01-01").Verdict);
        var wrong = Claim("Japan has mutual defence treaties with Germany and France.", "2015-01-01");
        Assert.Equal(Verdict.Contradicted, wrong.Verdict);
        Assert.Equal("On 1 January 2015 Japan had a defence treaty with none of the 2.", wrong.Correction);
    }

    [Fact]
    public void Check_ATreatyWithOnlyAConsultationPledge_DoesNotMakeADefenceAgreementFalse()
    {
        var claim = Claim("France has a defence agreement with Djibouti.", "2015-01-01");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Contains("Djibouti (2011)", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AfterTheDataIsComplete_NoPactIsNotANo()
    {
        var claim = Claim("Japan has mutual defence treaties with Germany and France.", "2024-01-01");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Contains("does not hold every alliance", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NamedTreatyBefore_IsNotTakenForTheStatesListed()
    {
        // The Warsaw Treaty named in the sentence before is no treaty of the United States with Japan.
        var report = Answers.Check(Knowledge.Atlas, "The Warsaw Pact was signed in 1955. The United States has mutual defense treaties with Japan, South Korea and the Philippines.", new DateOnly(2015, 1, 1));

        var claim = report.Claims.Single(c => c.Kind == "pacts-with");
        Assert.DoesNotContain(claim.Facts, f => f.Statement.Contains("Warsaw", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_OneAgreementNamed_IsNoClaimOfTheTreatiesAStateHas()
    {
        var report = Answers.Check(Knowledge.Atlas, "New Zealand signed the Washington Declaration. It is the first public defence agreement with the United States since 1986.", new DateOnly(2012, 6, 20));

        Assert.DoesNotContain(report.Claims, c => c.Kind == "pacts-with");
    }
}
