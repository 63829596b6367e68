using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Core.Tests;

public class SourceRankingTests
{
    private static Atlas.Atlas WithSources(params (string Id, SourceKind? Kind)[] sources) => new(
        new Dataset("ranking", PartialDate.Parse("2026-12-01")),
        sources.Append(("anchor", SourceKind.Primary)).Select(s => new Source { Id = new(s.Id), Title = s.Id, Publisher = "p", Url = "https://example.org/" + s.Id, Read = PartialDate.Parse("2026-12-01"), Kind = s.Kind }),
        [new Actor { Id = new("AAA"), Kind = ActorKind.State, Name = "Alpha", Sources = [new("anchor")] }], [], [], [], []);

    private static SourceId[] Ids(params string[] ids) => [.. ids.Select(i => new SourceId(i))];

    [Fact]
    public void Rank_MixedKinds_StrongestKindFirst()
    {
        var atlas = WithSources(("blog", SourceKind.Weak), ("book", SourceKind.Reference), ("text", SourceKind.Primary), ("avalon", SourceKind.Copy), ("old", null));

        var ranked = SourceRanking.Rank(Ids("blog", "old", "book", "avalon", "text"), atlas, 10);

        Assert.Equal(Ids("text", "avalon", "book", "blog", "old"), ranked);
    }

    [Fact]
    public void Rank_SameKind_MoreFactsFirstThenFirstCited()
    {
        var atlas = WithSources(("a", SourceKind.Primary), ("b", SourceKind.Primary), ("c", SourceKind.Primary));

        var ranked = SourceRanking.Rank(Ids("a", "b", "c", "c", "b", "c"), atlas, 10);

        Assert.Equal(Ids("c", "b", "a"), ranked);
    }

    [Fact]
    public void Rank_TiedKindAndCount_KeepsCitationOrder()
    {
        var atlas = WithSources(("z", SourceKind.Reference), ("a", SourceKind.Reference));

        Assert.Equal(Ids("z", "a"), SourceRanking.Rank(Ids("z", "a"), atlas, 10));
    }

    [Fact]
    public void Rank_MoreThanMax_KeepsTheStrongestHandful()
    {
        var atlas = WithSources(("w1", SourceKind.Weak), ("w2", SourceKind.Weak), ("p", SourceKind.Primary), ("r", SourceKind.Reference));

        var ranked = SourceRanking.Rank(Ids("w1", "w2", "r", "p", "w1"), atlas, 2);

        Assert.Equal(Ids("p", "r"), ranked);
    }

    [Fact]
    public void Rank_UnknownSource_RanksLastAndIsKept()
    {
        var atlas = WithSources(("w", SourceKind.Weak));

        Assert.Equal(Ids("w", "missing"), SourceRanking.Rank(Ids("missing", "w"), atlas, 5));
    }

    [Fact]
    public void Rank_NegativeMax_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SourceRanking.Rank([], WithSources(), -1));
    }
}

public class NamingArticleTests
{
    [Theory]
    [InlineData("5", "Article 5")]
    [InlineData("IV(1)", "Article IV(1)")]
    [InlineData("42(7)", "Article 42(7)")]
    [InlineData("Protocol", "the Protocol")]
    [InlineData("Understanding of the United States", "the Understanding of the United States")]
    public void Article_NumberOrWords_ReadsAsAnAnswerSaysIt(string article, string expected)
    {
        Assert.Equal(expected, Naming.Article(article));
    }
}
