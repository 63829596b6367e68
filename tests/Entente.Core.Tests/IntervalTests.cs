using Entente.Core.Model;

namespace Entente.Core.Tests;

public class IntervalTests
{
    private static readonly Interval Finland = new(PartialDate.Parse("2023-04-04"), null);

    [Theory]
    [InlineData("2023-04-03", false)]
    [InlineData("2023-04-04", true)]
    [InlineData("2023-04-05", true)]
    public void Contains_FromIsInclusive(string day, bool expected) =>
        Assert.Equal(expected, Finland.Contains(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1977-06-29", true)]
    [InlineData("1977-06-30", false)]
    public void Contains_ToIsExclusive(string day, bool expected)
    {
        var seato = new Interval(PartialDate.Parse("1955-02-19"), PartialDate.Parse("1977-06-30"));

        Assert.Equal(expected, seato.Contains(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Contains_PartialEnd_EndsAtItsFirstDay()
    {
        var until1977 = new Interval(PartialDate.Parse("1955"), PartialDate.Parse("1977"));

        Assert.True(until1977.Contains(new DateOnly(1976, 12, 31)));
        Assert.False(until1977.Contains(new DateOnly(1977, 1, 1)));
    }

    [Fact]
    public void Overlaps_AdjacentSpells_DoNotOverlap()
    {
        var first = new Interval(PartialDate.Parse("1952"), PartialDate.Parse("1966-03-10"));
        var second = new Interval(PartialDate.Parse("1966-03-10"), null);

        Assert.False(first.Overlaps(second));
        Assert.False(second.Overlaps(first));
        Assert.True(first.Overlaps(new Interval(PartialDate.Parse("1966-03-09"), null)));
        Assert.True(Interval.Always.Overlaps(first));
    }
}
