using Entente.Core.Atlas;
using Entente.Core.Queries;
using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// Membership claims with several bodies ("a member of the EU but not of NATO"), members not yet members ("aspiring
/// members"), and a state's part in a partnership or status ("joined the Partnership for Peace in 1994").
/// </summary>
public class MembershipCoordinationTests
{
    private static readonly DateOnly On = new(2025, 3, 1);

    private static ClaimReport Check(string text) => ClaimChecker.Check(Knowledge.Atlas, text, On);

    [Theory]
    [InlineData("Ireland is a member of the European Union but not of NATO.", Verdict.Supported, Verdict.Supported)]
    [InlineData("Norway is a member of the EU but not of NATO.", Verdict.Contradicted, Verdict.Contradicted)]
    [InlineData("Switzerland is a member of neither NATO nor the EU.", Verdict.Supported, Verdict.Supported)]
    [InlineData("Finland is a member of NATO and of the EU.", Verdict.Supported, Verdict.Supported)]
    public void Check_TwoBodiesAfterOneMemberWord_EachWithItsOwnPolarity(string text, Verdict first, Verdict second)
    {
        var claims = Check(text).Claims.Where(c => c.Kind == "membership").OrderBy(c => c.Start).ToArray();

        Assert.Equal(2, claims.Length);
        Assert.Equal(first, claims[0].Verdict);
        Assert.Equal(second, claims[1].Verdict);
    }

    [Theory]
    [InlineData("Ukraine is one of NATO's aspiring members.")]
    [InlineData("Georgia is a prospective member of NATO.")]
    public void Check_MemberWordAfterNotYet_AssertsNoMembership(string text)
    {
        Assert.DoesNotContain(Check(text).Claims, c => c.Kind == "membership");
    }

    [Fact]
    public void Check_JoinedAPartnershipInAYear_JudgedOnItsParticipation()
    {
        var right = Assert.Single(Check("Sweden joined the Partnership for Peace in 1994.").Claims);
        var wrong = Assert.Single(Check("Sweden joined the Partnership for Peace in 1999.").Claims);

        Assert.Equal(Verdict.Supported, right.Verdict);
        Assert.Equal(Verdict.Contradicted, wrong.Verdict);
        Assert.Contains("1994", wrong.Correction, StringComparison.Ordinal);
        Assert.NotEmpty(right.Sources);
    }

    [Fact]
    public void Check_StateNotListedInAPartnership_IsNotCheckableNeverContradicted()
    {
        var claim = Check("France is a major non-NATO ally.").Claims.SingleOrDefault(c => c.Kind == "status");

        Assert.True(claim is null || claim.Verdict == Verdict.NotCheckable);
    }

    [Fact]
    public void Execute_Status_ListsTheSpellsAndTheOneHolding()
    {
        var result = (StatusResult)QueryExecutor.Execute(Knowledge.Atlas, new StatusQuery(new("SWE"), new("nato-partnership-for-peace")), On)!;

        Assert.Single(result.Spells);
        // Sweden left the PfP when it joined NATO (7 March 2024).
        Assert.Null(result.Holding);
    }

    [Fact]
    public void Names_AnAbbreviationInParenthesesIsAlsoAName_NotADateRange()
    {
        var names = Knowledge.Atlas.Names;

        Assert.Equal("nato-partnership-for-peace", names.Resolve("Partnership for Peace").Found?.Id);
        Assert.Equal("nato-partnership-for-peace", names.Resolve("PfP").Found?.Id);
        // "Germany (1816–1945)" keeps its years: the bare name stays that of one state.
        Assert.Single(names.Exact(NameIndex.Normalize("Germany")));
    }
}
