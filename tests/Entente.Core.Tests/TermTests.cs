using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Core.Tests;

/// <summary>The glossary: a term's invariants, its lookup by any phrasing, its examples.</summary>
public class TermTests
{
    private static readonly SourceId S = new("s");

    private static Term Pact() => new(new TermId("mutual-defence-pact"), "mutual defence pact", "A promise to defend each other.", [S])
    {
        Aliases = ["mutual defense pact", "defence treaty"],
        Trigger = "an armed attack on a party",
        See = ["pact", "ORG", "nowhere"],
    };

    private static Atlas.Atlas AtlasWith(params Term[] terms)
    {
        var fixture = AtlasFixture.Build();
        return new Atlas.Atlas(fixture.Dataset, fixture.Sources, fixture.Actors, fixture.Treaties, [], [], [],
            background: new Background { Terms = terms });
    }

    [Theory]
    [InlineData("", "mutual defence pact", "What it is.")]
    [InlineData("pact", " ", "What it is.")]
    [InlineData("pact", "pact", "")]
    public void Constructor_BlankRequiredPart_Throws(string id, string name, string what)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Term(new TermId(id), name, what, [S]));
    }

    [Fact]
    public void Constructor_NoSource_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Term(new TermId("pact"), "pact", "What it is.", []));

        Assert.Contains("names no source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_BlankAliasOrExample_Throws()
    {
        Assert.Throws<ArgumentException>(() => Pact() with { Aliases = ["defence pact", ""] });
        Assert.Throws<ArgumentException>(() => Pact() with { See = [" "] });
    }

    [Theory]
    [InlineData("mutual defence pact")]
    [InlineData("Mutual Defense Pact")]
    [InlineData("a mutual defence pact")]
    [InlineData("the defence treaty")]
    [InlineData("mutual defense pacts")]
    public void FindTerm_AnyPhrasing_FindsTheTerm(string phrase)
    {
        var atlas = AtlasWith(Pact());

        Assert.Equal("mutual-defence-pact", atlas.FindTerm(phrase)?.Id.Value);
    }

    [Theory]
    [InlineData("defence")]
    [InlineData("non-aggression pact")]
    [InlineData("")]
    [InlineData("the")]
    public void FindTerm_PhraseNoTermHas_IsNull(string phrase)
    {
        Assert.Null(AtlasWith(Pact()).FindTerm(phrase));
    }

    [Fact]
    public void FindTerm_TwoTermsSharingAPhrasing_KeepsTheFirst()
    {
        var other = new Term(new TermId("other"), "defence treaty", "Another.", [S]);

        Assert.Equal("mutual-defence-pact", AtlasWith(Pact(), other).FindTerm("defence treaty")?.Id.Value);
    }

    [Fact]
    public void ExamplesOf_TreatyAndOrganization_ResolvedAndUnknownLeftOut()
    {
        var atlas = AtlasWith(Pact());

        var examples = atlas.ExamplesOf(atlas.FindTerm("mutual defence pact")!);

        Assert.Equal([(EntityKind.Treaty, "pact", "The Pact"), (EntityKind.Actor, "ORG", "The Pact Organization")],
            examples.Select(e => (e.Kind, e.Id, e.Name)));
    }

    [Fact]
    public void Terms_AtlasWithoutGlossary_IsEmpty()
    {
        Assert.Empty(AtlasFixture.Build().Terms);
        Assert.Null(AtlasFixture.Build().FindTerm("mutual defence pact"));
    }
}

/// <summary>A term question run by the executor: the term with the aspect asked and its examples.</summary>
public class TermQueryTests
{
    [Fact]
    public void Execute_TermQuery_GivesTheTermTheAspectAndItsExamples()
    {
        var fixture = AtlasFixture.Build();
        var pact = new Term(new TermId("mutual-defence-pact"), "mutual defence pact", "A promise to defend each other.", [new SourceId("s")]) { Trigger = "an armed attack", See = ["ORG"] };
        var atlas = new Atlas.Atlas(fixture.Dataset, fixture.Sources, fixture.Actors, fixture.Treaties, [], [], [], background: new Background { Terms = [pact] });

        var result = Assert.IsType<Queries.TermResult>(Queries.QueryExecutor.Execute(atlas, new Queries.TermQuery(pact.Id, Queries.TermAspect.Trigger), new DateOnly(2026, 11, 27)));

        Assert.Same(pact, result.Term);
        Assert.Equal(Queries.TermAspect.Trigger, result.Aspect);
        Assert.Equal(["ORG"], result.Examples.Select(e => e.Id));
    }

    [Fact]
    public void Execute_TermTheAtlasLacks_GivesNoResult()
    {
        var atlas = AtlasFixture.Build();

        Assert.Null(Queries.QueryExecutor.Execute(atlas, new Queries.TermQuery(new TermId("nowhere"), Queries.TermAspect.What), new DateOnly(2026, 11, 27)));
    }
}
