using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Core.Tests;

/// <summary>Office holders found by what a text calls them, and a person's spells asked against a day, on a small atlas built here.</summary>
public class PeopleTests
{
    private static readonly SourceId S = new("s");
    private static readonly ActorId Ruritania = new("RUR");

    private static OfficeHolder Holder(string name, string from, string? to) => new(name, Ruritania, PartialDate.Parse(from), to is null ? null : PartialDate.Parse(to), null, [S]);

    private static Atlas.Atlas Build()
    {
        var president = new Office(Ruritania, "President", true,
            [Holder("George H. W. Bosk", "1989-01-20", "1993-01-20"), Holder("George W. Bosk", "2001-01-20", "2009-01-20"), Holder("Leon E. Panetto", "2009-01-20", null)], [S]);
        var defence = new Office(Ruritania, "Minister of Defence", false, [Holder("Leon E. Panetto", "2005-01-01", "2009-01-20"), Holder("Anna Ruritania", "2009-01-20", null)], [S]);
        return new Atlas.Atlas(
            new Dataset("fixture", PartialDate.Parse("2026-11-27")),
            [new Source { Id = S, Title = "t", Publisher = "p", Url = "https://example.org", Read = PartialDate.Parse("2026-11-27") }],
            [new Actor { Id = Ruritania, Kind = ActorKind.State, Name = "Ruritania", Sources = [S] }],
            [], [], [], [], background: new Background { Offices = [president, defence] });
    }

    [Theory]
    [InlineData("leon e panetto")]
    [InlineData("leon panetto")]
    [InlineData("panetto")]
    public void Spells_AnyWayOfCallingOnePerson_GivesAllTheirSpellsInOrder(string name)
    {
        var spells = Build().People.Spells(name);

        Assert.Equal(["Minister of Defence", "President"], spells.Select(s => s.Office.Title));
    }

    [Theory]
    [InlineData("bosk")]
    [InlineData("george bosk")]
    public void Spells_NameTwoPeopleShare_FindsNeither(string name)
    {
        Assert.Empty(Build().People.Spells(name));
    }

    [Fact]
    public void Spells_SurnameThatNamesAState_IsNoPerson()
    {
        Assert.Empty(Build().People.Spells("ruritania"));
        Assert.Single(Build().People.Spells("anna ruritania"));
    }

    [Fact]
    public void Execute_OfficeNamed_GivesThePersonsSpellsInItAndWhoHeldItThatDay()
    {
        var atlas = Build();
        var query = new OfficeHolderQuery("panetto") { Organization = Ruritania, Title = "Minister of Defence", When = TimeSpec.OnDay(new DateOnly(2012, 6, 20)) };

        var result = Assert.IsType<OfficeHolderResult>(QueryExecutor.Execute(atlas, query, new DateOnly(2026, 11, 27)));

        Assert.Equal(2, result.Spells.Count);
        Assert.Equal("2005-01-01", Assert.Single(result.Named).Holder.From.ToString());
        Assert.Equal("Anna Ruritania", result.OnTheDay!.Holder.Name);
    }
}

/// <summary>A treaty named with "the United States of America" is found by the short form people write.</summary>
public class TreatyShortNameTests
{
    [Fact]
    public void Resolve_TreatyNameWithUnitedStatesForUnitedStatesOfAmerica_FindsTheTreaty()
    {
        var s = new SourceId("s");
        var atlas = new Atlas.Atlas(
            new Dataset("fixture", PartialDate.Parse("2026-11-27")),
            [new Source { Id = s, Title = "t", Publisher = "p", Url = "https://example.org", Read = PartialDate.Parse("2026-11-27") }],
            [],
            [new Treaty { Id = new("mdt"), Name = "Mutual Defense Treaty between Ruritania and the United States of America", Kind = TreatyKind.Alliance, Sources = [s] }],
            [], [], []);

        Assert.Equal("mdt", atlas.Names.Resolve("the Mutual Defense Treaty between Ruritania and the United States").Found?.Id);
    }
}
