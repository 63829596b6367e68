using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>The shipped data set: valid, sourced, and right on the facts the Foundation issue names.</summary>
public class BuiltInDataTests
{
    internal static readonly LoadResult Result = DataSetLoader.LoadBuiltIn();
    private static Atlas Atlas => Result.Atlas ?? throw new InvalidOperationException(string.Join('\n', Result.Problems.Take(20)));
    private static readonly ActorId Nato = new("NATO");

    [Fact]
    public void BuiltIn_IsValid()
    {
        Assert.Empty(Result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void BuiltIn_MatchesTheDataFolderOnDisk()
    {
        var onDisk = DataSetLoader.LoadDirectory(System.IO.Path.Combine(SharedData.RepositoryRoot(), "data"));

        Assert.Equal(Result.Counts, onDisk.Counts);
    }

    [Fact]
    public void EveryFact_NamesAKnownSource()
    {
        var cited = Atlas.Actors.SelectMany(a => a.Sources)
            .Concat(Atlas.Treaties.SelectMany(t => t.Sources.Concat(t.Parties.SelectMany(p => p.Sources)).Concat(t.Provisions.SelectMany(p => p.Sources)).Concat(t.Suspensions.SelectMany(s => s.Sources))))
            .Concat(Atlas.Policies.SelectMany(p => p.Sources)).Concat(Atlas.Partnerships.SelectMany(p => p.Sources.Concat(p.Parties.SelectMany(x => x.Sources))))
            .Concat(Atlas.Events.SelectMany(e => e.Sources)).ToArray();

        Assert.All(cited, id => Assert.NotNull(Atlas.FindSource(id)));
        Assert.All(Atlas.Treaties.SelectMany(t => t.Parties), p => Assert.NotEmpty(p.Sources));
        Assert.All(Atlas.Sources, s => Assert.StartsWith("http", s.Url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1949-08-23", 0)]
    [InlineData("1949-08-24", 12)]
    [InlineData("1952-02-17", 12)]
    [InlineData("1952-02-18", 14)]
    [InlineData("1955-05-06", 15)]
    [InlineData("1982-05-30", 16)]
    [InlineData("1990-01-01", 16)]
    [InlineData("1999-03-12", 19)]
    [InlineData("2004-03-29", 26)]
    [InlineData("2009-04-01", 28)]
    [InlineData("2017-06-05", 29)]
    [InlineData("2020-03-27", 30)]
    [InlineData("2023-04-03", 30)]
    [InlineData("2023-04-04", 31)]
    [InlineData("2024-03-06", 31)]
    [InlineData("2024-03-07", 32)]
    public void NatoMembers_OnEachEnlargementDate(string day, int count)
    {
        Assert.Equal(count, Atlas.MembersOn(Nato, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Count);
    }

    [Theory]
    [InlineData("FIN", "2023-04-03", false)]
    [InlineData("FIN", "2023-04-04", true)]
    [InlineData("FIN", "2023-04-05", true)]
    [InlineData("SWE", "2024-03-06", false)]
    [InlineData("SWE", "2024-03-07", true)]
    [InlineData("SWE", "2024-03-08", true)]
    [InlineData("DEU", "1955-05-05", false)]
    [InlineData("DEU", "1955-05-06", true)]
    [InlineData("ESP", "1982-05-29", false)]
    [InlineData("ESP", "1982-05-30", true)]
    [InlineData("JPN", "2026-11-27", false)]
    [InlineData("AUS", "2026-11-27", false)]
    [InlineData("CHE", "2026-11-27", false)]
    [InlineData("UKR", "2026-11-27", false)]
    public void NatoMembership_DayBeforeOfAndAfterAccession(string state, string day, bool member)
    {
        Assert.Equal(member, Atlas.IsMember(new ActorId(state), Nato, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void NorthAtlanticTreaty_SignedInForceAndQuotesArticles4To6And10()
    {
        var treaty = Atlas.Treaty(new TreatyId("north-atlantic-treaty"));

        Assert.Equal("1949-04-04", treaty.Signed.ToString());
        Assert.Equal("1949-08-24", treaty.InForce.ToString());
        Assert.Equal(Enumerable.Range(1, 14).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), treaty.Provisions.Select(p => p.Article));
        foreach (var article in new[] { "4", "5", "6", "10" })
            Assert.False(string.IsNullOrWhiteSpace(treaty.Provisions.Single(p => p.Article == article).Text), $"Article {article} is quoted");
        Assert.Contains("any other European State", treaty.Provisions.Single(p => p.Article == "10").Text, StringComparison.Ordinal);
        Assert.Contains("Tropic of Cancer", treaty.Provisions.Single(p => p.Article == "6").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UsJapanTreaty1960_ArticleVIsMutualWithinTerritoriesUnderJapansAdministration()
    {
        var treaty = Atlas.Treaties.Single(t => t.Signed?.ToString() == "1960-01-19");
        var article5 = treaty.Provisions.Single(p => p.Article == "V");

        Assert.Equal(Direction.Mutual, article5.Direction);
        Assert.Equal(["under-japan-administration"], article5.Zones);
        Assert.Equal("1960-06-23", treaty.InForce.ToString());
    }

    [Fact]
    public void Attack_UsForcesOnOkinawaAfterReversion_EngagesJapanUnderArticleV()
    {
        var analysis = Core.Reasoning.Obligations.Attack(Atlas, new ActorId("USA"), new DateOnly(2026, 1, 1), Atlas.FindPlace(new("okinawa")));

        var article5 = analysis.Obligations.Single(o => o.Treaty.Signed?.ToString() == "1960-01-19" && o.Provision.Article == "V");
        Assert.Equal(Core.Reasoning.Coverage.Covered, article5.Coverage);
        Assert.Equal(["JPN"], article5.Guarantors.Select(g => g.Value));
        Assert.Contains(new ActorId("JPN"), analysis.Defenders);
    }

    [Theory]
    [InlineData("hawaii", 2026)]
    [InlineData("okinawa", 1970)]
    public void Attack_UsTerritoryOutsideJapansAdministration_DoesNotEngageJapan(string place, int year)
    {
        var analysis = Core.Reasoning.Obligations.Attack(Atlas, new ActorId("USA"), new DateOnly(year, 1, 1), Atlas.FindPlace(new(place)));

        var article5 = analysis.Obligations.Single(o => o.Treaty.Signed?.ToString() == "1960-01-19" && o.Provision.Article == "V");
        Assert.Equal(Core.Reasoning.Coverage.NotCovered, article5.Coverage);
        Assert.DoesNotContain(new ActorId("JPN"), analysis.Defenders);
    }

    [Fact]
    public void Attack_UnitedStatesAtHome_JapanHasNoDutyAndTheZoneIsNamedInWords()
    {
        var analysis = Core.Reasoning.Obligations.Attack(Atlas, new ActorId("USA"), new DateOnly(2026, 1, 1));

        var article5 = analysis.Obligations.Single(o => o.Treaty.Signed?.ToString() == "1960-01-19" && o.Provision.Article == "V");
        Assert.Equal(Core.Reasoning.Coverage.NotCovered, article5.Coverage);
        Assert.Contains("(the territories under the administration of Japan)", article5.CoverageReason, StringComparison.Ordinal);
        Assert.DoesNotContain("under japan administration", article5.CoverageReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Attack_JapanAtHome_CoveredByArticleV()
    {
        var analysis = Core.Reasoning.Obligations.Attack(Atlas, new ActorId("JPN"), new DateOnly(2026, 1, 1));

        var article5 = analysis.Obligations.Single(o => o.Treaty.Signed?.ToString() == "1960-01-19" && o.Provision.Article == "V");
        Assert.Equal(Core.Reasoning.Coverage.Covered, article5.Coverage);
        Assert.Equal(["USA"], article5.Guarantors.Select(g => g.Value));
    }

    [Fact]
    public void Zones_EveryZone_HasAName()
    {
        foreach (var id in new[] { "north-atlantic-islands-north-of-tropic-of-cancer", "under-japan-administration", "pacific-area" })
            Assert.NotEqual(id.Replace('-', ' '), Atlas.ZoneName(id));
    }

    [Theory]
    [InlineData("1960-01-01", false)]
    [InlineData("2026-01-01", true)]
    public void Affiliations_JapanGlobalPartnerOfNato_OnlyFromThePagesDate(string on, bool current)
    {
        var partner = Atlas.AffiliationsOf(new ActorId("JPN"), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture))
            .Single(a => a.Id == "nato-partners-across-the-globe");

        Assert.Equal(current, partner.Current);
    }

    [Fact]
    public void Partnerships_Israel_MajorNonNatoAllySince1987()
    {
        var mnna = Atlas.Partnerships.Single(p => p.Id.Value == "us-major-non-nato-ally");
        var israel = mnna.Parties.Single(p => p.Actor.Value == "ISR");

        Assert.Equal("1987-02", israel.Joined.ToString());
        Assert.True(israel.Period.Contains(new DateOnly(2026, 1, 1)));
        Assert.False(israel.Period.Contains(new DateOnly(1986, 12, 31)));
    }

    [Fact]
    public void Validate_BuiltInData_AtMostFifteenWeakSources()
    {
        Assert.InRange(Result.Counts.SourcesByKind.Weak, 0, 15);
    }

    [Theory]
    [InlineData("ANZUS")]
    [InlineData("north-atlantic-treaty")]
    public void Events_NatoArticle5InvokedOnlyOnce(string _)
    {
        var invocations = Atlas.Events.Where(e => e.Kind == EventKind.Invocation && e.Treaty?.Value == "north-atlantic-treaty" && e.Article == "5" && e.Date.Year == 2001).ToArray();

        Assert.NotEmpty(invocations);
        Assert.All(invocations, e => Assert.Equal(2001, e.Date.Year));
    }

    [Theory]
    [InlineData("North Atlantic Treaty Organization", "NATO")]
    [InlineData("Japan", "JPN")]
    [InlineData("South Korea", "KOR")]
    [InlineData("ROK", "KOR")]
    [InlineData("the U.S.", "USA")]
    [InlineData("America", "USA")]
    [InlineData("American", "USA")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("Turkey", "TUR")]
    [InlineData("Czechia", "CZE")]
    [InlineData("Britain", "GBR")]
    [InlineData("West Germany", "DEU")]
    [InlineData("Soviet Union", "SUN")]
    [InlineData("East Germany", "DDR")]
    public void Names_ResolveAsPeopleTypeThem(string name, string id)
    {
        Assert.Equal(id, Atlas.Names.Resolve(name).Found?.Id);
    }

    [Theory]
    [InlineData("Korea", "KOR", "PRK")]
    [InlineData("Congo", "COD", "COG")]
    public void Names_PartialName_IsAmbiguous(string name, string one, string other)
    {
        var resolution = Atlas.Names.Resolve(name, EntityKind.Actor);

        Assert.Null(resolution.Found);
        Assert.Contains(resolution.Candidates, c => c.Id == one);
        Assert.Contains(resolution.Candidates, c => c.Id == other);
    }

    [Fact]
    public void States_EveryUnMemberAndObserverIsThere()
    {
        var states = Atlas.Actors.Where(a => a.IsState).ToArray();

        // 193 members (7 of them without an admission date the curators could source), 2 observers, Taiwan, Kosovo.
        var current = states.Where(a => a.Existed.To is null).Select(a => a.Id.Value).ToHashSet();
        Assert.Equal(193 + 2 + 2, current.Count);
        Assert.True(states.Count(a => a.UnJoined is not null && a.Existed.To is null) >= 186);
        Assert.Equal(["PSE", "VAT"], states.Where(a => a.UnObserver).Select(a => a.Id.Value).Order(StringComparer.Ordinal));
        Assert.Contains(states, a => a.Id.Value == "TWN");
        Assert.Contains(states, a => a.Id.Value == "XKX");
    }

    [Theory]
    [InlineData("JPN", Europeanness.No)]
    [InlineData("AUS", Europeanness.No)]
    [InlineData("FIN", Europeanness.Yes)]
    [InlineData("UKR", Europeanness.Yes)]
    [InlineData("TUR", Europeanness.Contested)]
    public void States_EuropeannessForArticle10(string id, Europeanness european)
    {
        Assert.Equal(european, Atlas.Actor(new ActorId(id)).European);
    }
}
