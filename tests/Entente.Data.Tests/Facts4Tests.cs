using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>The shipped facts of data/*/facts4.yaml (issue 9): the Formosa Resolution, AUKUS and the French submarine
/// contract, the Quad's origins, the last ratifications of Sweden's NATO accession, Italy's entry into the First World
/// War, the Swedish–Norwegian War of 1814, New Zealand in 1984–1985 and Poland's Article 4 deliberation of 2022. A moved
/// date, a changed kind or a source that no longer loads fails here.</summary>
public class Facts4Tests
{
    private static Atlas Atlas => BuiltInDataTests.Result.Atlas ?? throw new InvalidOperationException(string.Join('\n', BuiltInDataTests.Result.Problems.Take(20)));

    private static Event EventOf(string id) => Atlas.FindEvent(new EventId(id)) ?? throw new InvalidOperationException($"No event {id}.");

    private static string[] Ids(IEnumerable<ActorId> actors) => actors.Select(a => a.Value).ToArray();

    [Theory]
    [InlineData("formosa-resolution-1955", "1955-01-29", EventKind.Signing, "USA")]
    [InlineData("australia-cancels-attack-class-submarines-2021", "2021-09-16", EventKind.Other, "AUS")]
    [InlineData("france-recalls-ambassadors-over-aukus-2021", "2021-09-17", EventKind.Other, "FRA")]
    [InlineData("tsunami-core-group-2004", "2004-12", EventKind.Other, "AUS,IND,JPN,USA")]
    [InlineData("quad-first-officials-meeting-2007", "2007", EventKind.Other, "AUS,IND,JPN,USA")]
    [InlineData("turkiye-ratifies-sweden-nato-accession-2024", "2024-01-23", EventKind.Other, "TUR")]
    [InlineData("hungary-ratifies-sweden-nato-accession-2024", "2024-02-26", EventKind.Other, "HUN")]
    [InlineData("italy-leaves-triple-alliance-1915", "1915-05-04", EventKind.Withdrawal, "ITA")]
    [InlineData("italy-declares-war-on-austria-hungary-1915", "1915-05-23", EventKind.Other, "ITA")]
    [InlineData("swedish-norwegian-war-1814", "1814-07-26", EventKind.Invasion, "SWE")]
    [InlineData("convention-of-moss-1814", "1814-08-14", EventKind.Signing, "SWE,NOR")]
    [InlineData("new-zealand-general-election-1984", "1984-07-14", EventKind.Other, "NZL")]
    [InlineData("new-zealand-refuses-uss-buchanan-1985", "1985-02-04", EventKind.Other, "NZL")]
    [InlineData("poland-weighs-article-4-after-przewodow-2022", "2022-11-15", EventKind.Other, "POL")]
    public void Event_LoadsWithItsDateKindActorsAndSources(string id, string date, EventKind kind, string actors)
    {
        var e = EventOf(id);

        Assert.Equal(PartialDate.Parse(date), e.Date);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(actors.Split(','), Ids(e.Actors));
        Assert.NotEmpty(e.Sources);
        Assert.All(e.Sources, s => Assert.NotNull(Atlas.FindSource(s)));
    }

    [Fact]
    public void SwedishNorwegianWar_SwedenInvadesNorway_UntilTheConventionOfMoss()
    {
        var war = EventOf("swedish-norwegian-war-1814");

        Assert.Equal(["NOR"], Ids(war.Targets));
        Assert.Equal(PartialDate.Parse("1814-08-14"), war.To);
        Assert.Equal(EventOf("convention-of-moss-1814").Date, war.To);
        Assert.Contains("Fälttåget mot Norge", war.Names);
    }

    [Fact]
    public void PolandPrzewodow_Article4Weighed_NotAnInvocation()
    {
        var e = EventOf("poland-weighs-article-4-after-przewodow-2022");

        Assert.NotEqual(EventKind.Invocation, e.Kind);
        Assert.Equal("4", e.Article);
        Assert.Equal(new TreatyId("north-atlantic-treaty"), e.Treaty);
        Assert.Contains("no invocation of Article 4", e.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(Atlas.EventsOf(new ActorId("POL")), x => x.Kind == EventKind.Invocation && x.Date == PartialDate.Parse("2022-11-15"));
    }

    [Fact]
    public void ItalyDenunciation_BeforeAtopExit_AndTheReasonNamesIt()
    {
        var e = EventOf("italy-leaves-triple-alliance-1915");
        var italy = Assert.Single(Atlas.Treaty(new TreatyId("triple-alliance-1882")).Parties, p => p.Actor.Value == "ITA");

        Assert.Equal(new TreatyId("triple-alliance-1882"), e.Treaty);
        Assert.True(e.Date < italy.Left!.Value);
        Assert.Equal(PartialDate.Parse("1915-05-23"), italy.Left);
        Assert.Contains(new SourceId("atop-v4-01"), e.Sources);
    }

    [Theory]
    [InlineData("Formosa Resolution")]
    [InlineData("the Formosa Resolution of 1955")]
    [InlineData("H.J.Res. 159")]
    public void FormosaResolution_IsAGlossaryTerm_ThatPointsToTheUsRocTreaty(string phrase)
    {
        var term = Atlas.FindTerm(phrase);

        Assert.NotNull(term);
        Assert.Equal("formosa-resolution", term.Id.Value);
        Assert.Contains("not a treaty", term.What, StringComparison.Ordinal);
        Assert.Equal(["us-roc-mutual-defense-treaty"], term.See);
        Assert.Contains(new SourceId("f4-govtrack-hjres159-1955"), term.Sources);
        Assert.All(term.Sources, s => Assert.NotNull(Atlas.FindSource(s)));
    }

    [Fact]
    public void QuadFounding_Reason_TracesItToThe2004Tsunami()
    {
        var reason = Assert.Single(Atlas.ReasonsAbout(new EntityRef(EntityKind.Partnership, "quad", "Quadrilateral Security Dialogue")), r => r.Id.Value == "quad-founding-tsunami-core-group");

        Assert.Equal(Change.Founding, reason.Change);
        Assert.Equal(PartialDate.OfYear(2007), reason.Date);
        Assert.Contains(reason.Stated, s => s.Quoted && s.Text.Contains("2004 Indian Ocean earthquake and tsunami", StringComparison.Ordinal));
        Assert.All(reason.Sources, s => Assert.NotNull(Atlas.FindSource(s)));
    }

    [Fact]
    public void Facts4Sources_AllLoad_WithKindAndReadDate()
    {
        var sources = Atlas.Sources.Where(s => s.Id.Value.StartsWith("f4-", StringComparison.Ordinal)).ToArray();

        Assert.True(sources.Length >= 35, $"only {sources.Length} f4- sources");
        Assert.Contains(sources, s => s.Id.Value == "f4-aph-senate-attack-class-aukus" && s.Kind == SourceKind.Primary);
        Assert.All(sources, s => Assert.StartsWith("http", s.Url, StringComparison.Ordinal));
    }
}
