using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>The shipped organizations and groupings added for questions people ask: the GCC, the CIS, the Central Powers.</summary>
public class BuiltInGroupingsTests
{
    private static Atlas Atlas => BuiltInDataTests.Result.Atlas ?? throw new InvalidOperationException(string.Join('\n', BuiltInDataTests.Result.Problems.Take(20)));

    private static DateOnly Day(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Members(string organization, string day) =>
        [.. Atlas.MembersOn(new ActorId(organization), Day(day)).Select(p => p.Actor.Value).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("1981-05-24", new string[0])]
    [InlineData("1981-05-25", new[] { "ARE", "BHR", "KWT", "OMN", "QAT", "SAU" })]
    [InlineData("2026-11-27", new[] { "ARE", "BHR", "KWT", "OMN", "QAT", "SAU" })]
    public void GccMembers_FromTheCharter_AreTheSixGulfMonarchies(string day, string[] expected)
    {
        Assert.Equal(expected, Members("GCC", day));
    }

    [Theory]
    [InlineData("IRN")]
    [InlineData("IRQ")]
    [InlineData("YEM")]
    public void GccMembership_NeighboursOutsideTheCouncil_AreNotMembers(string state)
    {
        Assert.False(Atlas.IsMember(new ActorId(state), new ActorId("GCC"), Day("2026-11-27")));
    }

    [Theory]
    [InlineData("GEO", "1993-11-30", false)]
    [InlineData("GEO", "1993-12-01", true)]
    [InlineData("GEO", "2009-08-17", true)]
    [InlineData("GEO", "2009-08-18", false)]
    [InlineData("BLR", "1991-12-08", true)]
    [InlineData("KAZ", "1991-12-20", false)]
    [InlineData("KAZ", "1991-12-21", true)]
    [InlineData("EST", "2026-11-27", false)]
    public void CisMembership_FoundingProtocolAndGeorgiasExit(string state, string day, bool member)
    {
        Assert.Equal(member, Atlas.IsMember(new ActorId(state), new ActorId("CIS"), Day(day)));
    }

    [Fact]
    public void CisStandings_UkraineAndTurkmenistan_AreQualified()
    {
        var standings = Atlas.StandingsOn(new ActorId("CIS"), Day("2026-11-27"));

        Assert.Equal(11, standings.Count);
        Assert.Equal(["TKM", "UKR"], standings.Where(s => s.Events.Count > 0).Select(s => s.Party.Actor.Value).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("1914-07-31", new string[0])]
    [InlineData("1915-06-30", new[] { "TUR", "XAH", "XGE" })]
    [InlineData("1916-06-30", new[] { "BGR", "TUR", "XAH", "XGE" })]
    [InlineData("1918-11-03", new string[0])]
    public void CentralPowersMembers_FromTheirWartimeTreaties(string day, string[] expected)
    {
        Assert.Equal(expected, Members("CENTRAL-POWERS", day));
    }

    [Theory]
    [InlineData("1955-02-23", new string[0])]
    [InlineData("1956-06-30", new[] { "GBR", "IRN", "IRQ", "PAK", "TUR" })]
    [InlineData("1960-12-31", new[] { "GBR", "IRN", "PAK", "TUR" })]
    [InlineData("1979-03-15", new[] { "GBR", "TUR" })]
    [InlineData("1979-03-16", new string[0])]
    public void CentoMembers_AreTheBaghdadPactsParties(string day, string[] expected)
    {
        Assert.Equal(expected, Members("CENTO", day));
    }
}
