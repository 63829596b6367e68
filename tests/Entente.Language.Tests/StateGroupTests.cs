namespace Entente.Language.Tests;

/// <summary>
/// "Which Nordic country is not in NATO?" listed the 165 states outside NATO ('Nordic' not used): a named group of states
/// (data/states/groups.yaml) restricts a members question to its members.
/// </summary>
public class StateGroupTests
{
    [Theory]
    [InlineData("Which Nordic country is not in NATO?", "None. On 27 November 2026 all 5 of the Nordic countries are members of NATO")]
    [InlineData("Which Baltic states are in NATO?", "Of the Baltic states, 3 are members of NATO")]
    [InlineData("Which Nordic countries were not in NATO in 2020?", "Finland and Sweden are not members of NATO on 31 December 2020")]
    [InlineData("Are all Nordic countries in NATO?", "Yes. Of the Nordic countries, 5 are members of NATO")]
    public void Ask_AGroupNamed_OnlyItsMembers(string question, string expected)
    {
        var answer = Knowledge.Ask(question);

        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains("among the", answer.Reading, StringComparison.Ordinal);
        Assert.DoesNotContain("Not used", answer.Reading, StringComparison.Ordinal);
    }
}
