namespace Entente.Language.Tests;

/// <summary>
/// "Do X and Y share a defence treaty?": what the answer says beside the treaties — a party's suspended pledge, a pact both
/// signed that the data does not hold in force, a date known only to the month.
/// </summary>
public class SharedTreatyAnswerTests
{
    [Fact]
    public void Ask_TheUnitedStatesAndNewZealand_SaysTheAnzusSuspension()
    {
        var answer = Knowledge.Ask("Are the US and New Zealand allies?");

        Assert.Contains("The United States has suspended its obligations under the Security Treaty between Australia, New Zealand and the United States of America towards New Zealand since 11 August 1986.", answer.Text, StringComparison.Ordinal);
        // SEATO's Protocol covers Cambodia, Laos and South Vietnam: nothing to do with these two.
        Assert.DoesNotContain("Cambodia", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_PakistanAndSaudiArabia_NamesThePactSignedIn2025()
    {
        var answer = Knowledge.Ask("Is Pakistan allied with Saudi Arabia?");

        Assert.StartsWith("Not known.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Signed on 17 September 2025: Saudi Arabia and Pakistan signed the Strategic Mutual Defence Agreement", answer.Text, StringComparison.Ordinal);
        Assert.Contains("not recorded as a treaty in force", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_FranceAndGreece_CountsTheirAgreementInForceSinceAMonth()
    {
        var answer = Knowledge.Ask("Do France and Greece have a defence pact?");

        Assert.StartsWith("Yes, 3:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("in force since December 2021", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhenAMonthOnlyDateIsGiven_SaysInNotOn()
    {
        var answer = Knowledge.Ask("When did the France-Greece defence agreement enter into force?");

        Assert.Contains("entered into force in December 2021", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("on December 2021", answer.Text, StringComparison.Ordinal);
    }
}

public class DefendsAnswerTests
{
    [Fact]
    public void Ask_JapanDefendTheUnitedStates_SaysTheTreatyDoesNotBindItThere()
    {
        var answer = Knowledge.Ask("Is Japan obliged to defend the US?");

        Assert.Contains("Japan and the United States are both parties to the Treaty of Mutual Cooperation and Security between Japan and the United States of America, but its Article V does not bind Japan to defend the territory of the United States", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AStateNamedInsideAnUnknownActsName_RolesByPlace()
    {
        // "Taiwan" comes first, inside "Taiwan Relations Act"; the one to defend is the state after "defend".
        var answer = Knowledge.Ask("Does the Taiwan Relations Act oblige the US to defend Taiwan?");

        Assert.StartsWith("Read as: must United States defend Taiwan.", answer.Reading, StringComparison.Ordinal);
    }
}

public class WhySuspendedTests
{
    [Fact]
    public void Ask_WhyTheUnitedStatesSuspendedAnzusTowardsNewZealand_ItsOwnStatements()
    {
        // Answered with Australia's invocation of 2001: the suspension is recorded under New Zealand, the United States speaking.
        var answer = Knowledge.Ask("Why did the US suspend ANZUS obligations to New Zealand?");

        Assert.Contains("it is ending its security obligations to New Zealand under the ANZUS treaty", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("invoked", answer.Text, StringComparison.Ordinal);
    }
}
