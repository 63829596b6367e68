using Entente.Web.Api;

namespace Entente.Web.Tests;

public sealed class AnswerCacheTests
{
    [Fact]
    public void GetOrAdd_SameKey_MakesOnce()
    {
        var cache = new AnswerCache(4);
        var made = 0;

        var first = cache.GetOrAdd("ask", "q", new DateOnly(2025, 1, 1), () => new[] { ++made });
        var second = cache.GetOrAdd("ask", "q", new DateOnly(2025, 1, 1), () => new[] { ++made });

        Assert.Same(first, second);
        Assert.Equal(1, made);
    }

    [Fact]
    public void GetOrAdd_AnotherDay_IsAnotherEntry()
    {
        var cache = new AnswerCache(4);

        cache.GetOrAdd("ask", "q", new DateOnly(2025, 1, 1), () => new[] { 1 });
        cache.GetOrAdd("ask", "q", new DateOnly(1970, 1, 1), () => new[] { 2 });

        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void GetOrAdd_PastCapacity_StaysBounded()
    {
        var cache = new AnswerCache(3);

        for (var i = 0; i < 100; i++)
            cache.GetOrAdd("ask", i.ToString(System.Globalization.CultureInfo.InvariantCulture), default, () => new[] { 0 });

        Assert.InRange(cache.Count, 1, 3);
    }

    [Fact]
    public void New_ZeroCapacity_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new AnswerCache(0));

        Assert.Contains("A cache holds at least one entry.", e.Message, StringComparison.Ordinal);
    }
}
