using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Tests;

/// <summary>The members of one body that are, or are not, members of another: "Which EU countries are not in NATO?".</summary>
public class MembersOfTwoBodiesTests
{
    [Theory]
    [InlineData("Which EU countries are not in NATO?")]
    [InlineData("Which countries are in the EU but not in NATO?")]
    [InlineData("Which countries outside NATO are in the EU?")]
    public void Read_EuLessNato_ReadsEuMembersNotInNato(string text)
    {
        var reading = Parser.Read(Knowledge.Atlas, text);

        var members = Assert.IsType<MembersQuery>(reading.Query);
        Assert.Equal("EU", members.Body.Id);
        Assert.Equal(["NATO"], members.NotIn.Select(b => b.Id));
        Assert.Empty(members.AlsoIn);
        Assert.Equal(Polarity.Positive, members.Polarity);
    }

    [Fact]
    public void Ask_EuLessNato_ListsTheEuStatesOutsideNato()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Which EU countries are not in NATO?", Knowledge.Today);

        Assert.Contains("4 members of the EU are not members of NATO: Ireland, Austria, Cyprus and Malta.", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sweden", answer.Text.Split("Facts:")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_InBoth_CountsTheStatesInEachAndNamesBothLists()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Which countries are in both the EU and NATO?", Knowledge.Today);

        Assert.Contains("23 members of the EU are also members of NATO", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Austria", answer.Text.Split("Facts:")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_NatoLessEu_NamesTheNorthAmericansAndTurkiye()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Which NATO members are not in the EU?", Knowledge.Today);

        var head = answer.Text.Split("Facts:")[0];
        Assert.Contains("9 members of NATO are not members of the EU", head, StringComparison.Ordinal);
        Assert.Contains("Canada", head, StringComparison.Ordinal);
        Assert.Contains("Türkiye", head, StringComparison.Ordinal);
        Assert.DoesNotContain("France", head, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotInNatoAlone_StillListsTheNonMembers()
    {
        var reading = Parser.Read(Knowledge.Atlas, "Which countries are not in NATO?");

        var members = Assert.IsType<MembersQuery>(reading.Query);
        Assert.Equal(Polarity.Negative, members.Polarity);
        Assert.Empty(members.NotIn);
    }
}

/// <summary>Claims that named states are all the members of one body outside (or inside) another.</summary>
public class OnlyMembersClaimTests
{
    private static Claims.CheckedClaim Only(string text, DateOnly on) =>
        Assert.Single(Claims.ClaimChecker.Check(Knowledge.Atlas, text, on).Claims, c => c.Kind == "only-members");

    [Fact]
    public void Check_TheFourOutsideNatoIn2025_Supported()
    {
        var claim = Only("Austria, Ireland and Malta are the odd ones out: Aside from Cyprus, they are the only countries who find themselves inside the EU but outside of NATO.", new DateOnly(2025, 3, 15));

        Assert.Equal(Claims.Verdict.Supported, claim.Verdict);
    }

    [Theory]
    [InlineData("After Sweden joined NATO in 2024, Austria, Ireland, Malta and Cyprus are the only EU members outside NATO.")]
    [InlineData("Unlike Finland, Austria, Ireland, Malta and Cyprus are the only EU members that are not in NATO.")]
    public void Check_StatesAndBodiesOfAClauseOfTheirOwn_AreNotPartOfTheSet(string text)
    {
        Assert.Equal(Claims.Verdict.Supported, Only(text, new DateOnly(2025, 3, 15)).Verdict);
    }

    [Fact]
    public void Check_TwoOfTheFour_ContradictedNamingThoseLeftOut()
    {
        var claim = Only("Ireland and Malta are the only EU members outside NATO.", new DateOnly(2025, 3, 15));

        Assert.Equal(Claims.Verdict.Contradicted, claim.Verdict);
        Assert.Contains("Austria and Cyprus are too", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TheFourBeforeSwedenAndFinlandJoined_Contradicted()
    {
        var claim = Only("Austria, Cyprus, Ireland and Malta are the only EU members outside NATO.", new DateOnly(2022, 1, 1));

        Assert.Equal(Claims.Verdict.Contradicted, claim.Verdict);
        Assert.Contains("Finland", claim.Correction, StringComparison.Ordinal);
        Assert.Contains("Sweden", claim.Correction, StringComparison.Ordinal);
    }
}
