using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>Aspirant status as a claim, "it" beside a body noun, and a negation when the body is only referred back to.</summary>
public class AspirantClaimTests
{
    private static IReadOnlyList<CheckedClaim> Check(string text, string on = "2022-03-07") =>
        Answers.Check(Knowledge.Atlas, text, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).Claims;

    [Fact]
    public void Check_AspiringMemberOfABodyWithAnAspirantStatus_IsThatStatus()
    {
        var claims = Check("Georgia is an aspiring member of NATO. Finland is not an aspiring member of NATO.");

        Assert.Equal("status", claims[0].Kind);
        Assert.Equal(Verdict.Supported, claims[0].Verdict);
        Assert.Contains(claims[0].Facts, f => f.Statement.StartsWith("Georgia: NATO aspirant countries", StringComparison.Ordinal));
        // A state the data does not list as an aspirant is not known either way.
        Assert.Equal(Verdict.NotCheckable, claims[1].Verdict);
    }

    [Fact]
    public void Check_ItBesideTheAlliance_IsTheStateNamedBefore()
    {
        var claims = Check("NATO is an alliance. Currently, Ukraine isn't a member-state, but it is one of the few 'aspiring members' the alliance had been considering welcoming.");

        var status = claims.Single(c => c.Kind == "status");
        Assert.StartsWith("it is one of the few", status.Span, StringComparison.Ordinal);
        Assert.Equal(Verdict.Supported, status.Verdict);
        Assert.Contains(status.Facts, f => f.Statement.StartsWith("Ukraine:", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_NotAMemberOfTheBodyReferredBack_KeepsItsNegation()
    {
        // The body comes from the sentence before ("NATO"), with no words in this one: "isn't" still bears on membership.
        var claim = Check("NATO is an alliance. Currently, Ukraine isn't a member-state.").Single(c => c.Kind == "membership");

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }
}
