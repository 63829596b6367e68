using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>Descriptions, reasons, headquarters, offices and absences: read, checked and attached to the atlas.</summary>
public class BackgroundLoaderTests
{
    private static string WithFacts(string find = "", string replace = "")
    {
        var yaml = TestData.Valid + TestBackground.Facts;
        if (find.Length == 0)
            return yaml;
        Assert.Contains(find, yaml, StringComparison.Ordinal);
        return yaml.Replace(find, replace, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValidFacts_AttachesThemToTheAtlas()
    {
        var result = TestData.Load(WithFacts());

        Assert.Empty(result.Problems);
        var atlas = result.Atlas!;
        var description = atlas.DescriptionOf(EntityKind.Actor, "ORG")!;
        Assert.Equal(Nature.CollectiveDefenceAlliance, description.Nature);
        Assert.True(description.DefencePledge);
        Assert.Equal("To test.", description.Purpose!.Text);
        Assert.Equal([new SourceId("s2")], description.Purpose.Sources);
        Assert.Equal(PartialDate.Parse("1990"), description.End!.Date);
        var reason = Assert.Single(atlas.ReasonsFor(new ActorId("CCC")));
        Assert.Equal(Change.Withdrawal, reason.Change);
        Assert.True(Assert.Single(reason.Stated).Quoted);
        Assert.Equal([new SourceId("s1")], Assert.Single(reason.Context).Sources);
        Assert.Equal("Paris", atlas.HeadquartersOf(new ActorId("ORG"), new DateOnly(1967, 1, 1))!.Place);
        Assert.Equal("Second", atlas.LeaderOf(new ActorId("ORG"), new DateOnly(2000, 1, 1))!.Holder.Name);
        Assert.Equal(Absent.Expulsion, Assert.Single(atlas.AbsencesOf(new TreatyId("test-treaty"))).What);
    }

    [Fact]
    public void Load_ReasonWithoutAnySource_ReportsTheSourceField()
    {
        var yaml = WithFacts("""
                  - {by: A historian, summary: It left because it ceased to exist.}
                source: s1
            """, """
                  - {by: A historian, summary: It left because it ceased to exist.}
            """).Replace("date: 1990-09, quote: We leave., source: s2}", "date: 1990-09, quote: We leave.}", StringComparison.Ordinal);

        var problems = TestData.Load(yaml).Problems;

        Assert.Contains(problems, p => p.Field == "reasons[0].source" && p.Message.StartsWith("is required", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ReasonWithNoStatement_Reported()
    {
        var yaml = WithFacts("""
                stated:
                  - {by: Gamma's government, speaker: CCC, date: 1990-09, quote: We leave., source: s2}
                context:
                  - {by: A historian, summary: It left because it ceased to exist.}
            """, "");

        var problem = Assert.Single(TestData.Load(yaml).Problems);

        Assert.Equal("reasons[0].stated", problem.Field);
        Assert.Contains("at least one statement", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StatementWithBothQuoteAndSummary_Reported()
    {
        var problem = Assert.Single(TestData.Load(WithFacts("quote: We leave.,", "quote: We leave., summary: We go.,")).Problems);

        Assert.Equal("reasons[0].stated[0].summary", problem.Field);
    }

    [Fact]
    public void Load_DescriptionOfAnUnknownTreaty_ReportedWithSuggestion()
    {
        var yaml = WithFacts("  - treaty: test-treaty\n    nature", "  - treaty: test-treatie\n    nature");

        var problem = Assert.Single(TestData.Load(yaml).Problems);

        Assert.Equal("descriptions[1].treaty", problem.Field);
        Assert.Equal("unknown treaty 'test-treatie'; did you mean 'test-treaty'?", problem.Message);
    }

    [Fact]
    public void Load_DescriptionOfAStateAsAnOrganization_Reported()
    {
        var problem = Assert.Single(TestData.Load(WithFacts("  - organization: ORG\n    nature", "  - organization: AAA\n    nature")).Problems);

        Assert.Equal("'AAA' is a state, not an organization", problem.Message);
    }

    [Fact]
    public void Load_DescriptionAboutTwoThings_Reported()
    {
        var yaml = WithFacts("  - treaty: test-treaty\n    nature", "  - treaty: test-treaty\n    organization: ORG\n    nature");

        var problems = TestData.Load(yaml).Problems;

        Assert.Contains(problems, p => p.Message == "a description is about one thing, not organization and treaty");
    }

    [Fact]
    public void Load_SameThingDescribedTwice_Reported()
    {
        var yaml = WithFacts("descriptions:\n", "descriptions:\n  - {organization: ORG, nature: forum, what: Again., source: s1}\n");

        var problem = Assert.Single(TestData.Load(yaml).Problems);

        Assert.StartsWith("'ORG' is described twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverlappingHeadquarters_Reported()
    {
        var problem = Assert.Single(TestData.Load(WithFacts("place: Paris, state: BBB, from: 1952-04-01", "place: Paris, state: BBB, from: 1952-01-01")).Problems);

        Assert.Equal("headquarters[1].from", problem.Field);
        Assert.Contains("overlaps", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverlappingOfficeHolders_Reported()
    {
        var problem = Assert.Single(TestData.Load(WithFacts("{name: Second, nationality: AAA, from: 1957-05-16}", "{name: Second, nationality: AAA, from: 1956-01-01}")).Problems);

        Assert.Equal("offices[0].holders[1].from", problem.Field);
    }

    [Fact]
    public void Load_UnknownNature_ListsTheAllowedValues()
    {
        var problem = Assert.Single(TestData.Load(WithFacts("nature: collective-defence-alliance\n    defence-pledge", "nature: military-club\n    defence-pledge")).Problems);

        Assert.Equal("descriptions[0].nature", problem.Field);
        Assert.StartsWith("'military-club' is not one of: collective-defence-alliance, bilateral-defence-treaty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReasonPointingToAnUnknownEvent_Reported()
    {
        var problem = Assert.Single(TestData.Load(WithFacts("    change: withdrawal\n", "    change: withdrawal\n    event: no-such-event\n")).Problems);

        Assert.Equal("reasons[0].event", problem.Field);
        Assert.StartsWith("unknown event 'no-such-event'", problem.Message, StringComparison.Ordinal);
    }
}
