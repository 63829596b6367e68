using Entente.Language.Reading;

namespace Entente.Language.Tests;

public class OrdinalsTests
{
    [Theory]
    [InlineData("the 30th member", 1, 30)]
    [InlineData("the 21st member", 1, 21)]
    [InlineData("the 2nd member", 1, 2)]
    [InlineData("the 13th member", 1, 13)]
    [InlineData("the second country", 1, 2)]
    [InlineData("the thirtieth member", 1, 30)]
    [InlineData("the thirty-first member", 2, 31)]
    [InlineData("the thirty first member", 2, 31)]
    [InlineData("the seventy - fifth anniversary", 3, 75)]
    [InlineData("its centenary", 1, 100)]
    public void At_ReadsTheOrdinalEndingAtAToken(string text, int at, int expected) =>
        Assert.Equal(expected, Ordinals.At(Tokenizer.Tokenize(text), at));

    [Theory]
    [InlineData("the 4st member", 1)]
    [InlineData("the 22th member", 1)]
    [InlineData("in 1999 members", 1)]
    [InlineData("the 1990s members", 1)]
    [InlineData("the thirty members", 1)]
    public void At_IsNullForNumbersThatAreNoOrdinal(string text, int at) =>
        Assert.Null(Ordinals.At(Tokenizer.Tokenize(text), at));

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(22, "22nd")]
    [InlineData(101, "101st")]
    [InlineData(111, "111th")]
    public void Write_GivesTheSuffixTheNumberTakes(int n, string expected) => Assert.Equal(expected, Ordinals.Write(n));
}
