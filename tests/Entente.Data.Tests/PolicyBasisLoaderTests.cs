using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Data.Tests;

/// <summary>A policy's legal basis (<c>basis:</c>) as the loader reads and checks it, and as the built-in data records it.</summary>
public class PolicyBasisLoaderTests
{
    private const string Policy = """

        policies:
          - id: test-neutrality
            actor: AAA
            name: Permanent neutrality of Alpha
            kind: neutrality
            from: 1955-11-05
            to: TO
            source: s2
            basis:
        BASIS
        """;

    private const string Statute = """
              kind: statute
              instrument: Neutrality Act
              date: 1955-10-26
              constitutional: true
              forbids-alliances: true
              note: never to accede to any military alliance
              source: s1
        """;

    private static string With(string basis, string to = "null") =>
        TestData.Valid + Policy.Replace("TO", to, StringComparison.Ordinal).Replace("BASIS", basis.TrimEnd(), StringComparison.Ordinal);

    private static Problem SingleProblem(string yaml) => Assert.Single(TestData.Load(yaml).Problems);

    [Fact]
    public void Load_StatuteBasis_KeepsKindInstrumentDateRankAlliancesNoteAndSources()
    {
        var result = TestData.Load(With(Statute));

        Assert.Empty(result.Problems);
        var basis = Assert.Single(result.Atlas!.Policies).Basis;
        Assert.NotNull(basis);
        Assert.Equal((BasisKind.Statute, "Neutrality Act", "1955-10-26", true, true), (basis.Kind, basis.Instrument, basis.Date.ToString(), basis.ConstitutionalRank, basis.ForbidsAlliances));
        Assert.Equal("never to accede to any military alliance", basis.Note);
        Assert.Equal(["s1"], basis.Sources.Select(s => s.Value));
        Assert.True(basis.IsConstitutional);
        Assert.True(basis.IsLegal);
    }

    [Fact]
    public void Load_PolicyBasisWithoutInstrument_IsNotLegalNorConstitutional()
    {
        var result = TestData.Load(With("""
                  kind: policy
                  forbids-alliances: false
                  source: s2
            """));

        Assert.Empty(result.Problems);
        var basis = Assert.Single(result.Atlas!.Policies).Basis!;
        Assert.Equal(BasisKind.Policy, basis.Kind);
        Assert.Null(basis.Instrument);
        Assert.Null(basis.Date);
        Assert.False(basis.ForbidsAlliances);
        Assert.False(basis.IsLegal);
        Assert.False(basis.IsConstitutional);
    }

    [Fact]
    public void Load_NoBasis_IsNull()
    {
        var yaml = TestData.Valid + Policy.Replace("TO", "null", StringComparison.Ordinal).Replace("    basis:\nBASIS", "", StringComparison.Ordinal);

        var result = TestData.Load(yaml);

        Assert.Empty(result.Problems);
        Assert.Null(Assert.Single(result.Atlas!.Policies).Basis);
    }

    [Fact]
    public void Load_UnknownKind_ReportedWithFileLineAndTheKindsAllowed()
    {
        var yaml = With(Statute.Replace("kind: statute", "kind: law", StringComparison.Ordinal));

        var problem = SingleProblem(yaml);

        Assert.Equal((TestData.File, TestData.LineOf(yaml, "kind: law"), "policies[0].basis.kind"), (problem.File, problem.Line, problem.Field));
        Assert.Equal("'law' is not one of: constitution, statute, treaty, declaration, policy", problem.Message);
    }

    [Theory]
    [InlineData("constitution")]
    [InlineData("statute")]
    [InlineData("treaty")]
    public void Load_KindNeedingAnInstrumentWithoutOne_Reported(string kind)
    {
        var yaml = With($"""
                  kind: {kind}
                  source: s1
            """);

        var problem = SingleProblem(yaml);

        Assert.Equal((TestData.LineOf(yaml, $"kind: {kind}"), "policies[0].basis.instrument"), (problem.Line, problem.Field));
        Assert.Equal($"is required for a {kind} basis: name the {kind} (and its article) the policy rests on", problem.Message);
    }

    [Fact]
    public void Load_PolicyThatForbidsAlliances_Reported()
    {
        var yaml = With("""
                  kind: policy
                  forbids-alliances: true
                  source: s2
            """);

        var problem = SingleProblem(yaml);

        Assert.Equal((TestData.LineOf(yaml, "forbids-alliances: true"), "policies[0].basis.forbids-alliances"), (problem.Line, problem.Field));
        Assert.StartsWith("a policy with no legal instrument forbids nothing in law", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ConstitutionalRankOnAConstitution_Reported()
    {
        var yaml = With(Statute.Replace("kind: statute", "kind: constitution", StringComparison.Ordinal));

        var problem = SingleProblem(yaml);

        Assert.Equal("policies[0].basis.constitutional", problem.Field);
        Assert.Equal("is for a statute of constitutional rank; a constitution has that rank already", problem.Message);
    }

    [Fact]
    public void Load_BadDateUnknownFieldAndNoSource_EachReported()
    {
        var yaml = With("""
                  kind: treaty
                  instrument: Act of Guarantee
                  date: 1815-13-20
                  forbids: true
            """);

        var problems = TestData.Load(yaml).Problems.Select(p => (p.Field, p.Message)).ToArray();

        Assert.Contains(("policies[0].basis.date", "'1815-13-20' is not a date: month 13 is not 01 to 12"), problems);
        Assert.Contains(("policies[0].basis.forbids", "is not a field of this schema (see data/README.md)"), problems);
        Assert.Contains(("policies[0].basis.source", "is required: every fact names the source it comes from"), problems);
    }

    [Fact]
    public void Load_InstrumentDatedAfterThePolicyEnded_Reported()
    {
        var yaml = With(Statute.Replace("date: 1955-10-26", "date: 1960-01-01", StringComparison.Ordinal), to: "1958");

        var problem = SingleProblem(yaml);

        Assert.Equal(("policies[0].basis.date", TestData.LineOf(yaml, "date: 1960-01-01")), (problem.Field, problem.Line));
        Assert.Equal("1960-01-01 is not before the policy ended (1958): the instrument a policy rests on comes before its end", problem.Message);
    }

    [Fact]
    public void Load_BasisSourceUnknown_Reported()
    {
        var yaml = With(Statute.Replace("source: s1", "source: s9", StringComparison.Ordinal));

        var problem = SingleProblem(yaml);

        Assert.Equal("policies[0].basis.source", problem.Field);
        Assert.StartsWith("unknown source 's9'", problem.Message, StringComparison.Ordinal);
    }

    // --- The built-in data ---

    private static readonly DateOnly On = new(2026, 12, 3);

    private static Policy BuiltIn(string id) =>
        BuiltInDataTests.Result.Atlas!.Policies.Single(p => p.Id.Value == id);

    [Fact]
    public void BuiltIn_Austria_StatuteOfConstitutionalRankOf26October1955ThatForbidsAlliances()
    {
        var basis = BuiltIn("aut-permanent-neutrality").Basis!;

        Assert.Equal(BasisKind.Statute, basis.Kind);
        Assert.True(basis.ConstitutionalRank);
        Assert.Equal(PartialDate.Parse("1955-10-26"), basis.Date);
        Assert.True(basis.ForbidsAlliances);
        Assert.Contains("Neutralität Österreichs", basis.Instrument, StringComparison.Ordinal);
        Assert.Contains(new SourceId("ris-neutrality-law-consolidated"), basis.Sources);
    }

    [Fact]
    public void BuiltIn_Ireland_PolicyWithNoInstrumentThatForbidsNothingInLaw()
    {
        var basis = BuiltIn("irl-military-neutrality").Basis!;

        Assert.Equal(BasisKind.Policy, basis.Kind);
        Assert.Null(basis.Instrument);
        Assert.Null(basis.Date);
        Assert.False(basis.ForbidsAlliances);
        Assert.False(basis.IsConstitutional);
        Assert.Contains("nowhere reflected in Bunreacht na hÉireann", basis.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltIn_Malta_ConstitutionArticle1Of1987ThatForbidsAlliances()
    {
        var basis = BuiltIn("mlt-constitutional-neutrality").Basis!;

        Assert.Equal((BasisKind.Constitution, "Constitution of Malta, Article 1(3)", "1987-01", true), (basis.Kind, basis.Instrument, basis.Date.ToString(), basis.ForbidsAlliances));
    }

    [Fact]
    public void BuiltIn_EveryBasisSource_IsAKnownSourceThatIsNotWeak()
    {
        var atlas = BuiltInDataTests.Result.Atlas!;
        var cited = atlas.Policies.Where(p => p.Basis is not null).SelectMany(p => p.Basis!.Sources).ToArray();

        Assert.NotEmpty(cited);
        Assert.All(cited, id => Assert.NotEqual(SourceKind.Weak, atlas.FindSource(id)!.Kind));
    }

    [Fact]
    public void BuiltIn_PolicyBasisQuery_AustriaForbidsAlliancesIrelandDoesNot()
    {
        var atlas = BuiltInDataTests.Result.Atlas!;

        var austria = Assert.IsType<PolicyBasisResult>(QueryExecutor.Execute(atlas, new PolicyBasisQuery(new ActorId("AUT"), PolicyKind.Neutrality), On));
        var ireland = Assert.IsType<PolicyBasisResult>(QueryExecutor.Execute(atlas, new PolicyBasisQuery(new ActorId("IRL"), PolicyKind.Neutrality), On));

        var aut = Assert.Single(austria.Policies);
        Assert.Equal(("aut-permanent-neutrality", BasisKind.Statute), (aut.Policy.Id.Value, aut.Basis!.Kind));
        Assert.True(austria.ForbidsAlliances);
        var irl = Assert.Single(ireland.Policies);
        Assert.Equal(("irl-military-neutrality", BasisKind.Policy), (irl.Policy.Id.Value, irl.Basis!.Kind));
        Assert.False(ireland.ForbidsAlliances);
    }

    [Fact]
    public void BuiltIn_PolicyBasisQuery_FinlandsEndedPolicyOnlyBeforeNato()
    {
        var atlas = BuiltInDataTests.Result.Atlas!;
        var query = new PolicyBasisQuery(new ActorId("FIN"), PolicyKind.Neutrality);

        var before = Assert.IsType<PolicyBasisResult>(QueryExecutor.Execute(atlas, query with { When = TimeSpec.OnDay(new DateOnly(2010, 1, 1)) }, On));
        var after = Assert.IsType<PolicyBasisResult>(QueryExecutor.Execute(atlas, query, On));

        Assert.Equal(BasisKind.Policy, Assert.Single(before.Policies).Basis!.Kind);
        Assert.Empty(after.Policies);
        Assert.Null(after.ForbidsAlliances);
    }
}
