using Entente.Core.Atlas;

namespace Entente.Language.Tests;

/// <summary>Which sources an answer shows: the strongest first, a handful, and one for every fact.</summary>
public class AnswerSourcesTests
{
    [Theory]
    [InlineData("Why is Japan not part of NATO?")]
    [InlineData("Who must defend the United States?")]
    [InlineData("Who are the members of NATO?")]
    public void Ask_ManySources_ShowsAHandfulStrongestFirstAndKeepsTheRest(string question)
    {
        var answer = Knowledge.Ask(question);

        var shown = answer.Sources.Take(answer.SourcesShown).ToArray();
        Assert.InRange(shown.Length, 1, Math.Max(AnswerBuilder.ShownSources, answer.Facts.Count(f => f.Sources.Count > 0)));
        Assert.Equal(shown.OrderBy(s => SourceRanking.Strength(s.Kind)).Select(s => s.Id), shown.Select(s => s.Id));
        Assert.Equal(Core.Model.SourceKind.Primary, shown[0].Kind);
        Assert.All(answer.Facts.Where(f => f.Sources.Count > 0), f => Assert.Contains(f.Sources, id => shown.Any(s => s.Id == id)));
        Assert.Equal(answer.Facts.SelectMany(f => f.Sources).Select(id => id.Value).Distinct().Order().ToArray(), answer.Sources.Select(s => s.Id.Value).Order().ToArray());
    }

    [Fact]
    public void Ask_WhyJapanNotInNato_FarFewerSourcesShownThanCited()
    {
        var answer = Knowledge.Ask("Why is Japan not part of NATO?");

        Assert.True(answer.SourcesShown <= 12, $"{answer.SourcesShown} sources shown");
        Assert.True(answer.Sources.Count > answer.SourcesShown, $"{answer.Sources.Count} cited, {answer.SourcesShown} shown");
    }

    [Fact]
    public void Ask_RioTreatyMembers_SaysCubaIsExcludedNotAPlainMember()
    {
        var answer = Knowledge.Ask("Who are the members of the Rio Treaty?");

        Assert.Contains("Cuba (membership suspended since 31 January 1962)", answer.Text, StringComparison.Ordinal);
    }
}
