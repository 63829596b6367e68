using Entente.Core.Model;

namespace Entente.Data.Tests;

public class DataSetLoaderTests
{
    [Fact]
    public void Load_ValidData_BuildsAtlasWithCounts()
    {
        var result = TestData.Load(TestData.Valid);

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        Assert.Equal(new DataCounts(1, 4, 1, 1, 3, 1, 0, 0, 0, 2, new SourceCounts(1, 1, 0, 0)) { CuratedTreaties = 1 }, result.Counts);
    }

    [Fact]
    public void Load_UnparseableDate_ReportsFileLineFieldAndWhy()
    {
        var yaml = TestData.With("joined: 1952-02-18", "joined: 1952-13-01");

        var problem = Assert.Single(TestData.Load(yaml).Problems);

        Assert.Equal($"data/test.yaml:{TestData.LineOf(yaml, "1952-13-01")}: treaties[0].parties[1].joined: '1952-13-01' is not a date: month 13 is not 01 to 12", problem.ToString());
    }

    [Fact]
    public void Load_ImpossibleDay_SaysTheMonthHasNoSuchDay()
    {
        var problem = Assert.Single(TestData.Load(TestData.With("joined: 1952-02-18", "joined: 1951-02-29")).Problems);

        Assert.EndsWith("'1951-02-29' is not a date: February 1951 has no day 29", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EndBeforeStart_Reported()
    {
        var yaml = TestData.With("left: 1990-10-03", "left: 1950-01-01");

        var problems = TestData.Load(yaml).Problems;

        Assert.Contains(problems, p => p.Field == "treaties[0].parties[2].left" && p.Message.StartsWith("1950-01-01 is not after the start 1955-05-06", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_EndOnStartDay_ReportedBecauseEndIsExclusive()
    {
        var problem = Assert.Single(TestData.Load(TestData.With("left: 1990-10-03, left-how: succession", "left: 1955-05-06, left-how: withdrawal")).Problems);

        Assert.Equal("treaties[0].parties[2].left", problem.Field);
    }

    [Fact]
    public void Load_UnknownActor_ReportedWithSuggestion()
    {
        var yaml = TestData.With("{actor: BBB,", "{actor: BBX,");

        var problem = Assert.Single(TestData.Load(yaml).Problems);

        Assert.Equal(TestData.LineOf(yaml, "BBX"), problem.Line);
        Assert.Equal("treaties[0].parties[1].actor", problem.Field);
        Assert.StartsWith("unknown actor 'BBX'; did you mean 'BB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownSource_Reported()
    {
        var problem = Assert.Single(TestData.Load(TestData.With("how: founding, source: s2", "how: founding, source: s9")).Problems);

        Assert.Equal("treaties[0].parties[0].source", problem.Field);
        Assert.StartsWith("unknown source 's9'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownTreaty_Reported()
    {
        var yaml = TestData.Valid + "\nevents:\n  - {id: e1, date: 2001-09-12, kind: invocation, treaty: test-treatyy, summary: Invoked., source: s1}\n";

        var problem = Assert.Single(TestData.Load(yaml).Problems);

        Assert.Equal("events[0].treaty", problem.Field);
        Assert.Equal("unknown treaty 'test-treatyy'; did you mean 'test-treaty'?", problem.Message);
    }

    [Fact]
    public void Load_StateWhereOrganizationNeeded_Reported()
    {
        var problem = Assert.Single(TestData.Load(TestData.With("organization: ORG", "organization: AAA")).Problems);

        Assert.Equal("'AAA' is a state, not an organization", problem.Message);
    }

    [Fact]
    public void Load_DuplicateId_ReportsBothPlaces()
    {
        var yaml = TestData.With("{id: BBC, kind: state, name: South Beta", "{id: BBB, kind: state, name: South Beta");

        var problem = Assert.Single(TestData.Load(yaml).Problems);

        Assert.Equal($"duplicate actor id 'BBB': already defined at data/test.yaml:{TestData.LineOf(yaml, "North Beta")}", problem.Message);
        Assert.Equal(TestData.LineOf(yaml, "South Beta"), problem.Line);
    }

    [Fact]
    public void Load_DuplicateIdAcrossFiles_NamesTheOtherFile()
    {
        var other = "sources:\n  - {id: s1, title: Again, publisher: P, url: \"https://example.org/x\", read: 2026-11-27, kind: primary}\n";

        var problem = Assert.Single(DataSetLoader.Load([new DataFile(TestData.File, TestData.Valid), new DataFile("data/other.yaml", other)]).Problems);

        Assert.Equal("data/other.yaml", problem.File);
        Assert.Equal("duplicate source id 's1': already defined at data/test.yaml:3", problem.Message);
    }

    [Fact]
    public void Load_FactWithoutSource_Reported()
    {
        var yaml = TestData.With("european: false, source: s2}\n  - {id: BBC", "european: false}\n  - {id: BBC");

        var problem = Assert.Single(TestData.Load(yaml).Problems);

        Assert.Equal("actors[1].source", problem.Field);
        Assert.Equal("is required: every fact names the source it comes from", problem.Message);
    }

    [Fact]
    public void Load_NestedFactWithoutSource_RestsOnItsParents()
    {
        var atlas = TestData.Load(TestData.Valid).Atlas!;

        var gamma = atlas.Treaty(new("test-treaty")).Parties.Single(p => p.Actor.Value == "CCC");

        Assert.Equal("s1", Assert.Single(gamma.Sources).Value);
    }

    [Fact]
    public void Load_OverlappingMemberships_Reported()
    {
        var yaml = TestData.With("how: accession, source: s2}", "how: accession, source: s2}\n      - {actor: BBB, joined: 1960, how: accession, source: s2}");

        var problem = Assert.Single(TestData.Load(yaml).Problems);

        Assert.Equal("treaties[0].parties[2].joined", problem.Field);
        Assert.StartsWith("BBB's spell 1960– in test-treaty overlaps its spell 1952-02-18–", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SuccessiveMemberships_AreNotAnOverlap()
    {
        var yaml = TestData.With("{actor: BBB, joined: 1952-02-18, how: accession, source: s2}",
            "{actor: BBB, joined: 1952-02-18, how: accession, left: 1966-03-10, left-how: withdrawal, source: s2}\n      - {actor: BBB, joined: 1966-03-10, how: accession, source: s2}");

        Assert.Empty(TestData.Load(yaml).Problems);
    }

    [Fact]
    public void Load_PartyJoiningBeforeTreatyExists_Reported()
    {
        var problem = Assert.Single(TestData.Load(TestData.With("joined: 1949-08-24, how: founding", "joined: 1949-04-03, how: founding")).Problems);

        Assert.Equal("treaties[0].parties[0].joined", problem.Field);
        Assert.Equal("1949-04-03 is before the treaty exists (signed 1949-04-04, in force 1949-08-24)", problem.Message);
    }

    [Fact]
    public void Load_UnSeatHeldFirstByAnotherGovernment_ReadsTheDayAndTheNote()
    {
        var result = TestData.Load(TestData.With("name: North Beta, european: false,",
            "name: North Beta, european: false, un: {joined: 1945-10-24, represented-from: 1971-10-25, note: Another government held the seat before.},"));

        Assert.Empty(result.Problems);
        var beta = result.Atlas!.Actor(new ActorId("BBB"));
        Assert.Equal("1945-10-24", beta.UnJoined?.ToString());
        Assert.Equal("1971-10-25", beta.UnRepresentedFrom?.ToString());
        Assert.Equal("Another government held the seat before.", beta.UnNote);
    }

    [Theory]
    [InlineData("un: {joined: 1972-01-01, represented-from: 1971-10-25, note: x},", "actors[1].un.represented-from", "1971-10-25 is before the state joined the UN (1972-01-01)")]
    [InlineData("un: {represented-from: 1971-10-25, note: x},", "actors[1].un.represented-from", "needs joined: the day the state became a UN member")]
    [InlineData("un: {joined: 1945-10-24, represented-from: 1971-10-25},", "actors[1].un.note", "is required with represented-from: say who held the seat before")]
    public void Load_UnRepresentedFromWithoutItsGrounds_Reported(string un, string field, string message)
    {
        var problem = Assert.Single(TestData.Load(TestData.With("name: North Beta, european: false,", "name: North Beta, european: false, " + un)).Problems);

        Assert.Equal(field, problem.Field);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void Load_StateJoiningBeforeItExisted_Reported()
    {
        var problem = Assert.Single(TestData.Load(TestData.With("existed: {from: 1950,", "existed: {from: 1956,")).Problems);

        Assert.Equal("treaties[0].parties[2].joined", problem.Field);
        Assert.Equal("CCC is a party to test-treaty from 1955-05-06, before it existed (from 1956)", problem.Message);
    }

    [Fact]
    public void Load_StateStillPartyAfterItCeasedToExist_Reported()
    {
        var problem = Assert.Single(TestData.Load(TestData.With(", left: 1990-10-03, left-how: succession", "")).Problems);

        Assert.Equal("CCC is a party to test-treaty until now, after it ceased to exist (1990-10-03)", problem.Message);
    }

    [Fact]
    public void Load_UnknownField_Reported()
    {
        var problem = Assert.Single(TestData.Load(TestData.With("signed: 1949-04-04", "signed: 1949-04-04\n    sigend-at: Washington")).Problems);

        Assert.Equal("treaties[0].sigend-at", problem.Field);
        Assert.Equal("is not a field of this schema (see data/README.md)", problem.Message);
    }

    [Fact]
    public void Load_BadEnumValue_ListsTheAllowedOnes()
    {
        var problem = Assert.Single(TestData.Load(TestData.With("kind: defence", "kind: defense")).Problems);

        Assert.Equal("'defense' is not one of: defence, offence, neutrality, non-aggression, consultation, basing, accession, scope, withdrawal, duration, other", problem.Message);
    }

    [Fact]
    public void Load_InvalidYaml_ReportsTheLine()
    {
        var problem = Assert.Single(TestData.Load("dataset: {name: x, reviewed: 2026-01-01}\nactors:\n  - {id: AAA, kind: state\n").Problems);

        Assert.Equal("data/test.yaml", problem.File);
        Assert.True(problem.Line >= 3, problem.ToString());
        Assert.StartsWith("is not valid YAML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOneNotTheFirst()
    {
        var yaml = TestData.With("joined: 1952-02-18", "joined: 1952-02-30").Replace("{actor: AAA,", "{actor: AAX,", StringComparison.Ordinal)
            .Replace("url: \"https://example.org/treaty\"", "url: \"example.org\"", StringComparison.Ordinal);

        var problems = TestData.Load(yaml).Problems;

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("has no day 30", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.StartsWith("unknown actor 'AAX'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message == "'example.org' is not an http(s) address");
        Assert.Null(TestData.Load(yaml).Atlas);
    }

    [Fact]
    public void Load_NoDatasetEntry_Reported()
    {
        var problem = Assert.Single(TestData.Load(TestData.Valid.Replace("dataset: {name: Test data, reviewed: 2026-11-27}\n", "", StringComparison.Ordinal)).Problems);

        Assert.Equal("dataset", problem.Field);
    }

    [Fact]
    public void LoadDirectory_MissingFolder_SaysWhatToDo()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => DataSetLoader.LoadDirectory("no/such/folder"));

        Assert.Contains("Pass --data with a folder", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownZone_Reported()
    {
        var yaml = TestData.Valid.Replace("response: discretionary,", "response: discretionary, zones: [europa],", StringComparison.Ordinal)
            + "\nzones:\n  - {id: europe, description: The continent of Europe}\n";

        var problem = Assert.Single(TestData.Load(yaml).Problems);

        Assert.Equal("treaties[0].provisions[0].zones", problem.Field);
        Assert.StartsWith("unknown zone 'europa'; did you mean 'europe'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Place_ResolvesByNameAndKeepsItsZones()
    {
        var yaml = TestData.Valid + "\nzones:\n  - {id: pacific-islands, description: Islands in the Pacific}\n"
            + "places:\n  - {id: hawaii, name: Hawaii, aliases: [Pearl Harbor], state: AAA, zones: [pacific-islands], source: s1}\n";

        var atlas = TestData.Load(yaml).Atlas!;

        var found = atlas.Names.Resolve("pearl harbor").Found!;
        Assert.Equal(Core.Atlas.EntityKind.Place, found.Kind);
        Assert.Equal(["pacific-islands"], atlas.FindPlace(new("hawaii"))!.Zones);
    }
    [Fact]
    public void Load_SourceWithoutKind_Reported()
    {
        var yaml = TestData.With("read: 2026-11-27, kind: reference}", "read: 2026-11-27}");

        var problem = Assert.Single(TestData.Load(yaml).Problems);

        Assert.Equal("sources[1].kind", problem.Field);
        Assert.Equal("is required", problem.Message);
    }

    [Fact]
    public void Load_FactOnWeakSourcesOnly_Refused()
    {
        var yaml = TestData.With("read: 2026-11-27, kind: reference}", "read: 2026-11-27, kind: weak}");

        var problems = TestData.Load(yaml).Problems;

        // s2 alone backs the four states and two parties; the party that also cites nothing else is refused too.
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("rests on weak sources only (s2)", p.Message, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "actors[0].source" && p.Line == TestData.LineOf(yaml, "id: AAA"));
    }

    [Fact]
    public void Load_WeakSourceBesideAStrongOne_Accepted()
    {
        var yaml = TestData.With("read: 2026-11-27, kind: reference}", "read: 2026-11-27, kind: weak}")
            .Replace("european: true, source: s2}", "european: true, source: [s1, s2]}", StringComparison.Ordinal)
            .Replace("european: false, source: s2}", "european: false, source: [s2, s1]}", StringComparison.Ordinal)
            .Replace("how: founding, source: s2}", "how: founding, source: [s1, s2]}", StringComparison.Ordinal)
            .Replace("how: accession, source: s2}", "how: accession, source: [s1, s2]}", StringComparison.Ordinal);

        var result = TestData.Load(yaml);

        Assert.Empty(result.Problems);
        Assert.Equal(new SourceCounts(1, 0, 0, 1), result.Counts.SourcesByKind);
    }

    [Fact]
    public void Load_QuotedTextOnAReferenceOnly_Refused()
    {
        var yaml = TestData.With("summary: An attack on one is an attack on all.}", "summary: An attack on one is an attack on all., text: The Parties agree., source: s2}");

        var problem = Assert.Single(TestData.Load(yaml).Problems);

        Assert.Equal("treaties[0].provisions[0].text", problem.Field);
        Assert.StartsWith("quotes a text whose sources (s2) are neither primary nor a copy of one", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("primary")]
    [InlineData("copy")]
    public void Load_QuotedTextOnAPrimaryOrACopy_Accepted(string kind)
    {
        var yaml = TestData.With("summary: An attack on one is an attack on all.}", "summary: An attack on one is an attack on all., text: The Parties agree.}")
            .Replace("read: 2026-11-27, kind: primary}", $"read: 2026-11-27, kind: {kind}}}", StringComparison.Ordinal);

        Assert.Empty(TestData.Load(yaml).Problems);
    }
}
