using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Core.Tests;

/// <summary>Query → result, on the small atlas the fixture builds (France 1949–1966, Finland 2023, Sweden 2024).</summary>
public class QueryExecutorTests
{
    private static readonly Atlas.Atlas Atlas = AtlasFixture.Build();
    private static readonly EntityRef Org = new(EntityKind.Actor, "ORG", "The Pact Organization");
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Theory]
    [InlineData("SWE", null, MembershipStatus.Member)]
    [InlineData("SWE", "2023-12-31", MembershipStatus.NotYet)]
    [InlineData("FRA", null, MembershipStatus.Former)]
    [InlineData("KOR", null, MembershipStatus.Never)]
    [InlineData("FIN", "1940-01-01", MembershipStatus.BodyAbsent)]
    public void Execute_IsMember_GivesTheStatusOnTheDate(string state, string? on, MembershipStatus expected)
    {
        var query = new IsMemberQuery(new ActorId(state), Org) { When = on is null ? TimeSpec.Now : TimeSpec.OnDay(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)) };

        var result = (MembershipResult)QueryExecutor.Execute(Atlas, query, Today)!;

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public void Execute_MembersJoinedAfter2000_OnlyTheLaterJoins()
    {
        var query = new MembersQuery(Org, MemberSelection.Joined, MemberAggregate.List) { When = new TimeSpec(TimeKind.After, new DateOnly(2000, 12, 31)) };

        var result = (MembersResult)QueryExecutor.Execute(Atlas, query, Today)!;

        Assert.Equal(["FIN", "SWE"], result.Members.Select(m => m.Actor.Value));
    }

    [Fact]
    public void Execute_LastToJoin_IsSweden()
    {
        var result = (MembersResult)QueryExecutor.Execute(Atlas, new MembersQuery(Org, MemberSelection.Ever, MemberAggregate.Last), Today)!;

        Assert.Equal("SWE", Assert.Single(result.Members).Actor.Value);
    }

    [Fact]
    public void Execute_FormerMembers_FranceOnly()
    {
        var result = (MembersResult)QueryExecutor.Execute(Atlas, new MembersQuery(Org, MemberSelection.Former, MemberAggregate.List), Today)!;

        Assert.Equal("FRA", Assert.Single(result.Members).Actor.Value);
    }

    [Fact]
    public void Execute_CountIn1960_OnlyFrance()
    {
        var query = new MembersQuery(Org, MemberSelection.Current, MemberAggregate.Count) { When = TimeSpec.InYearOf(1960) };

        var result = (MembersResult)QueryExecutor.Execute(Atlas, query, Today)!;

        Assert.Equal(1, result.Count);
        Assert.Equal(new DateOnly(1960, 12, 31), result.On);
    }

    [Fact]
    public void Execute_DateJoined_FinlandsSpell()
    {
        var result = (DateResult)QueryExecutor.Execute(Atlas, new DateQuery(Org, DateKind.Joined, new ActorId("FIN")), Today)!;

        Assert.Equal(PartialDate.Parse("2023-04-04"), result.Date);
    }

    [Fact]
    public void Execute_ChoiceNotAMember_PicksTheOptionThatIsNot()
    {
        var stem = new MembersQuery(Org, MemberSelection.Current, MemberAggregate.List) { Polarity = Polarity.Negative };
        ChoiceOption Option(string label, string id) => new(label, id, [new EntityRef(EntityKind.Actor, id, id)], null, null);
        var query = new ChoiceQuery(stem, [Option("A", "FIN"), Option("B", "KOR"), Option("C", "SWE")]);

        var result = (ChoiceResult)QueryExecutor.Execute(Atlas, query, Today)!;

        Assert.Equal("B", Assert.Single(result.Fitting).Label);
    }

    [Fact]
    public void TimeSpec_EndBeforeStart_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new TimeSpec(TimeKind.Between, new DateOnly(2000, 1, 1), new DateOnly(1999, 1, 1)));

        Assert.Contains("ends on 1999-01-01, before it starts on 2000-01-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeSpec_InYear_TruthIsTheYearsEndOrToday()
    {
        Assert.Equal(new DateOnly(1970, 12, 31), TimeSpec.InYearOf(1970).Truth(Today));
        Assert.Equal(Today, TimeSpec.InYearOf(2026).Truth(Today));
    }
}
