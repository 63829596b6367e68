using Entente.Core.Atlas;

namespace Entente.Core.Tests;

public class NameIndexTests
{
    private static readonly NameIndex Names = AtlasFixture.Build().Names;

    [Theory]
    [InlineData("FIN")]
    [InlineData("finland")]
    [InlineData("Suomi")]
    [InlineData("  FINLAND ")]
    public void Resolve_IdNameOrAlias_FindsTheActor(string text)
    {
        Assert.Equal("FIN", Names.Resolve(text).Found?.Id);
    }

    [Theory]
    [InlineData("the Pact Organization", "ORG")]
    [InlineData("T.P.O.", "ORG")]
    [InlineData("R.O.K.", "KOR")]
    [InlineData("The Pact", "pact")]
    public void Resolve_IgnoresCaseDotsAndLeadingThe(string text, string id)
    {
        Assert.Equal(id, Names.Resolve(text).Found?.Id);
    }

    [Fact]
    public void Resolve_PartOfSeveralNames_IsAmbiguousAndNeverGuesses()
    {
        var resolution = Names.Resolve("Korea");

        Assert.Null(resolution.Found);
        Assert.True(resolution.IsAmbiguous);
        Assert.Equal(["North Korea", "South Korea"], resolution.Candidates.Select(c => c.Name));
        Assert.Equal("'Korea' could mean 'North Korea (PRK)' or 'South Korea (KOR)': which one?", resolution.Explain());
    }

    [Fact]
    public void Resolve_Misspelling_SuggestsButDoesNotPick()
    {
        var resolution = Names.Resolve("Finlnd");

        Assert.Null(resolution.Found);
        Assert.Equal("No state named 'Finlnd'. Did you mean 'Finland (FIN)'?", resolution.Explain("state"));
    }

    [Fact]
    public void Resolve_Nothing_SaysSo()
    {
        Assert.Equal("No state named 'Atlantis'.", Names.Resolve("Atlantis").Explain("state"));
    }

    [Fact]
    public void Resolve_OfAKind_IgnoresOtherKinds()
    {
        Assert.Null(Names.Resolve("The Pact", EntityKind.Actor).Found);
    }

    [Theory]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("the U.S.", "us")]
    [InlineData("Côte d'Ivoire", "cote divoire")]
    public void Normalize_FoldsAccentsDotsAndThe(string text, string key)
    {
        Assert.Equal(key, NameIndex.Normalize(text));
    }
}
