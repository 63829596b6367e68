using System.Text;
using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>The glossary (<c>terms:</c>): read, checked against the other ids, carried by the snapshot.</summary>
public class TermLoaderTests
{
    private const string Terms = """

        terms:
          - id: mutual-defence-pact
            name: mutual defence pact
            aliases: [mutual defense pact, defence pact, defense pact]
            what: A treaty in which the parties promise to come to each other's defence.
            trigger: an armed attack on one of the parties
            purpose: To deter an attack.
            see: [test-treaty, ORG]
            source: s1
          - id: neutrality
            name: neutrality
            what: Staying out of other states' wars.
            source: [s1, s2]
        """;

    private static string WithTerms(string find = "", string replace = "")
    {
        var yaml = TestData.Valid + Terms;
        if (find.Length == 0)
            return yaml;
        Assert.Contains(find, yaml, StringComparison.Ordinal);
        return yaml.Replace(find, replace, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValidTerms_AttachesThemToTheAtlas()
    {
        var result = TestData.Load(WithTerms());

        Assert.Empty(result.Problems);
        var atlas = result.Atlas!;
        Assert.Equal(["mutual-defence-pact", "neutrality"], atlas.Terms.Select(t => t.Id.Value));
        var pact = atlas.FindTerm("Mutual Defense Pact")!;
        Assert.Equal("mutual defence pact", pact.Name);
        Assert.Equal("an armed attack on one of the parties", pact.Trigger);
        Assert.Equal("To deter an attack.", pact.Purpose);
        Assert.Equal(["test-treaty", "ORG"], atlas.ExamplesOf(pact).Select(e => e.Id));
        Assert.Equal([new SourceId("s1"), new SourceId("s2")], atlas.FindTerm("neutrality")!.Sources);
    }

    [Fact]
    public void Load_TermWithUnknownField_ReportsIt()
    {
        var problems = TestData.Load(WithTerms("    purpose: To deter an attack.", "    purpose: To deter an attack.\n    meaning: A typo.")).Problems;

        Assert.Contains(problems, p => p.Field == "terms[0].meaning");
    }

    [Fact]
    public void Load_TermWithoutSource_ReportsTheSourceField()
    {
        var problems = TestData.Load(WithTerms("    what: Staying out of other states' wars.\n    source: [s1, s2]", "    what: Staying out of other states' wars.")).Problems;

        Assert.Contains(problems, p => p.Field == "terms[1].source" && p.Message.StartsWith("is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("    what: A treaty in which the parties promise to come to each other's defence.\n", "", "terms[0].what")]
    [InlineData("    name: neutrality\n", "", "terms[1].name")]
    public void Load_TermMissingARequiredField_ReportsIt(string find, string replace, string field)
    {
        var problems = TestData.Load(WithTerms(find, replace)).Problems;

        Assert.Contains(problems, p => p.Field == field && p.Message == "is required");
    }

    [Fact]
    public void Load_TwoTermsWithOneId_ReportsTheSecond()
    {
        var yaml = WithTerms("  - id: neutrality", "  - id: mutual-defence-pact");

        var problems = TestData.Load(yaml).Problems;

        Assert.Contains(problems, p => p.Message.StartsWith("duplicate term id 'mutual-defence-pact'", StringComparison.Ordinal)
            && p.Line == TestData.LineOf(yaml, "name: neutrality") - 1);
    }

    [Fact]
    public void Load_AliasNamingAnotherTerm_Reported()
    {
        var problems = TestData.Load(WithTerms("    name: neutrality", "    name: neutrality\n    aliases: [The Defense Pact]")).Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("terms[1].aliases", problem.Field);
        Assert.Contains("already names term 'mutual-defence-pact'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ExampleThatIsNoTreatyOrganizationPartnershipOrPolicy_Reported()
    {
        var problems = TestData.Load(WithTerms("see: [test-treaty, ORG]", "see: [test-treaty, AAA, test-traety]")).Problems;

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("terms[0].see", p.Field));
        Assert.Contains(problems, p => p.Message.StartsWith("unknown example 'AAA'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("did you mean 'test-treaty'?", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TermRestingOnAWeakSourceOnly_Reported()
    {
        var yaml = WithTerms("kind: reference}", "kind: weak}").Replace("    source: [s1, s2]", "    source: s2", StringComparison.Ordinal);

        var problems = TestData.Load(yaml).Problems;

        Assert.Contains(problems, p => p.Field == "terms[1].source" && p.Message.StartsWith("rests on weak sources only", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadSnapshot_OfDataWithTerms_CarriesTheTerms()
    {
        var yaml = WithTerms();
        var hash = DataSnapshot.Hash([(TestData.File, Encoding.UTF8.GetBytes(yaml))]);
        using var stream = new MemoryStream();
        DataSnapshot.Write(stream, [new DataFile(TestData.File, yaml)], hash);
        stream.Position = 0;

        var fromSnapshot = DataSnapshot.Load(stream, hash);

        Assert.NotNull(fromSnapshot?.Atlas);
        Assert.Equal(TestData.Load(yaml).Atlas!.Terms, fromSnapshot.Atlas.Terms, (a, b) =>
            a.Id == b.Id && a.Name == b.Name && a.What == b.What && a.Trigger == b.Trigger && a.Aliases.SequenceEqual(b.Aliases) && a.See.SequenceEqual(b.See));
    }

    [Theory]
    [InlineData("mutual defense pact", "mutual-defence-pact")]
    [InlineData("a defence treaty", "mutual-defence-pact")]
    [InlineData("Collective Defense", "collective-defence")]
    [InlineData("collective security", "collective-security")]
    [InlineData("alliance system", "alliance-system")]
    [InlineData("casus foederis", "casus-foederis")]
    [InlineData("nuclear umbrella", "extended-deterrence")]
    [InlineData("MNNA", "major-non-nato-ally")]
    [InlineData("non-aggression pacts", "non-aggression-pact")]
    public void BuiltIn_Glossary_FindsTheTermByAnyPhrasing(string phrase, string id)
    {
        var atlas = BuiltInDataTests.Result.Atlas!;

        Assert.Equal(id, atlas.FindTerm(phrase)?.Id.Value);
    }

    [Fact]
    public void BuiltIn_EveryTerm_HasItsExamplesAndSourcesInTheAtlas()
    {
        var atlas = BuiltInDataTests.Result.Atlas!;

        Assert.InRange(atlas.Terms.Count, 15, 60);
        Assert.All(atlas.Terms, term =>
        {
            Assert.Equal(term.See.Count, atlas.ExamplesOf(term).Count);
            Assert.All(term.Sources, id => Assert.NotNull(atlas.FindSource(id)));
        });
    }
}
