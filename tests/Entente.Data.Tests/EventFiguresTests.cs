using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>The counted figures of events (the dead, refugees, prisoners of 1956), as the loader reads and checks them.</summary>
public class EventFiguresTests
{
    private const string Event = """

        events:
          - id: test-uprising
            date: 1956-10-23
            to: 1956-11-11
            kind: other
            actors: [AAA]
            summary: An uprising.
            source: s2
            figures:
              - {measure: killed, people: AAA, low: LOW, high: HIGH, note: a report, source: s2}
              - {measure: killed, people: CCC, forces: true, low: 720, source: s1}
        """;

    private static string With(string low, string high) => TestData.Valid + Event.Replace("LOW", low, StringComparison.Ordinal).Replace("HIGH", high, StringComparison.Ordinal);

    [Fact]
    public void Load_Figures_KeepsRangePeopleForcesAndSources()
    {
        var result = TestData.Load(With("2700", "3000"));

        Assert.Empty(result.Problems);
        var e = Assert.Single(result.Atlas!.Events);
        Assert.Equal(2, e.Figures.Count);
        var killed = e.Figures[0];
        Assert.Equal((FigureMeasure.Killed, "AAA", 2700, 3000, false), (killed.Measure, killed.People.Value, killed.Low, killed.High, killed.Forces));
        Assert.Equal("a report", killed.Note);
        var soldiers = e.Figures[1];
        Assert.True(soldiers.Forces);
        Assert.Equal((720, 720), (soldiers.Low, soldiers.High));
        Assert.Equal(["s1"], soldiers.Sources.Select(s => s.Value));
    }

    [Fact]
    public void Load_HighBelowLow_SaysWhichAndWhy()
    {
        var problem = Assert.Single(TestData.Load(With("3000", "2700")).Problems);

        Assert.Contains("high", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("2700 is below the low of 3000", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FigureWithoutSource_IsReported()
    {
        var yaml = With("2700", "3000").Replace("note: a report, source: s2", "note: a report", StringComparison.Ordinal);

        Assert.Contains(TestData.Load(yaml).Problems, p => p.ToString().Contains("source", StringComparison.Ordinal));
    }

    [Fact]
    public void EventFigure_HighBelowLow_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventFigure(FigureMeasure.Fled, new ActorId("HUN"), 200, 100, []));

    [Fact]
    public void BuiltIn_Hungary1956_CountsTheDeadRefugeesAndPrisonersWithSources()
    {
        var atlas = BuiltInDataTests.Result.Atlas!;
        var revolution = atlas.FindEvent(new EventId("hungarian-revolution-1956"))!;

        var killed = revolution.Figures.Single(f => f.Measure == FigureMeasure.Killed && f.People.Value == "HUN");
        Assert.InRange(killed.Low, 2_000, 3_000);
        Assert.InRange(killed.High, killed.Low, 3_500);
        var fled = revolution.Figures.Single(f => f.Measure == FigureMeasure.Fled);
        Assert.InRange(fled.High, 150_000, 250_000);
        Assert.All(revolution.Figures, f => Assert.NotEmpty(f.Sources));
        Assert.Contains(revolution.Figures, f => f.People.Value == "SUN" && f.Forces);
    }
}
