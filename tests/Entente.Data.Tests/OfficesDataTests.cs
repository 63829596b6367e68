using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>The shipped offices of states (data/offices/states.yaml): who held an office on a day, so that a moved or
/// dropped holder fails here, and that the holders of every office, shipped or not, never overlap.</summary>
public class OfficesDataTests
{
    private static Atlas Atlas => BuiltInDataTests.Result.Atlas ?? throw new InvalidOperationException(string.Join('\n', BuiltInDataTests.Result.Problems.Take(20)));

    private static string? HolderOn(string state, string title, string day)
    {
        var office = Assert.Single(Atlas.OfficesOf(new ActorId(state)), o => o.Title == title);
        return office.Holders.SingleOrDefault(h => h.Period.Contains(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)))?.Name;
    }

    [Theory]
    [InlineData("RUS", "President", "2008-02-12", "Vladimir Putin")]
    [InlineData("RUS", "Prime Minister", "2008-02-12", "Viktor Zubkov")]
    [InlineData("RUS", "President", "2008-05-07", "Dmitry Medvedev")]
    [InlineData("RUS", "Prime Minister", "2008-05-08", "Vladimir Putin")]
    [InlineData("RUS", "Prime Minister", "1999-08-08", "Sergei Stepashin")]
    [InlineData("RUS", "Prime Minister", "2021-06-01", "Mikhail Mishustin")]
    [InlineData("USA", "Secretary of Defense", "2012-06-19", "Leon Panetta")]
    [InlineData("USA", "Secretary of Defense", "2011-06-30", "Robert M. Gates")]
    [InlineData("USA", "Secretary of Defense", "1962-10-22", "Robert McNamara")]
    [InlineData("USA", "President", "1963-11-22", "Lyndon B. Johnson")]
    [InlineData("USA", "President", "2024-06-01", "Joe Biden")]
    [InlineData("USA", "President", "2026-12-02", "Donald Trump")]
    [InlineData("GBR", "Prime Minister", "1955-04-05", "Winston Churchill")]
    [InlineData("GBR", "Prime Minister", "1955-04-06", "Anthony Eden")]
    [InlineData("GBR", "Prime Minister", "2022-10-01", "Liz Truss")]
    [InlineData("DEU", "Chancellor", "1990-10-03", "Helmut Kohl")]
    [InlineData("DEU", "Chancellor", "2025-05-06", "Friedrich Merz")]
    [InlineData("FRA", "President", "1966-03-07", "Charles de Gaulle")]
    [InlineData("ARM", "Prime Minister", "2024-02-23", "Nikol Pashinyan")]
    [InlineData("CHE", "Head of the Federal Department of Defence, Civil Protection and Sport", "2025-03-31", "Viola Amherd")]
    [InlineData("CHE", "Head of the Federal Department of Defence, Civil Protection and Sport", "2025-04-01", "Martin Pfister")]
    [InlineData("SUN", "General Secretary of the Communist Party", "1968-08-21", "Leonid Brezhnev")]
    [InlineData("NZL", "Prime Minister", "1985-02-28", "David Lange")]
    [InlineData("UKR", "President", "2008-04-03", "Viktor Yushchenko")]
    [InlineData("UKR", "President", "2022-02-24", "Volodymyr Zelenskyy")]
    [InlineData("TUR", "President", "2010-01-01", "Abdullah Gül")]
    [InlineData("FIN", "President", "2022-05-18", "Sauli Niinistö")]
    [InlineData("FIN", "President", "2024-03-01", "Alexander Stubb")]
    [InlineData("HUN", "Prime Minister", "1956-11-01", "Imre Nagy")]
    [InlineData("CSK", "First Secretary of the Communist Party", "1968-08-21", "Alexander Dubček")]
    [InlineData("AUS", "Prime Minister", "2013-07-01", "Kevin Rudd")]
    [InlineData("NATO", "Supreme Allied Commander Europe", "1999-03-24", "Wesley Clark")]
    [InlineData("NATO", "Secretary General", "2022-02-24", "Jens Stoltenberg")]
    public void OfficeOfState_OnDay_HasItsHolder(string state, string title, string day, string holder)
    {
        Assert.Equal(holder, HolderOn(state, title, day));
    }

    [Theory]
    [InlineData("RUS", "2008-02-12", "President", "Vladimir Putin")]
    [InlineData("USA", "1985-07-01", "President", "Ronald Reagan")]
    [InlineData("ARM", "2020-01-01", "Prime Minister", "Nikol Pashinyan")]
    [InlineData("DEU", "2010-01-01", "Chancellor", "Angela Merkel")]
    [InlineData("NATO", "1999-03-24", "Secretary General", "Javier Solana")]
    public void LeaderOf_State_IsTheHolderOfItsLeadingOffice(string state, string day, string title, string holder)
    {
        var leader = Atlas.LeaderOf(new ActorId(state), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotNull(leader);
        Assert.Equal((title, holder), (leader.Office.Title, leader.Holder.Name));
    }

    [Theory]
    [InlineData("USA", "Secretary of Defense", "2019-03-01")] // only acting secretaries between Mattis and Esper
    [InlineData("HUN", "Prime Minister", "1956-11-04")] // Kádár's government, not entered
    [InlineData("HUN", "Prime Minister", "1955-06-01")] // between Nagy's two spells
    public void Offices_DayWithoutASourcedHolder_HasNoHolder(string state, string title, string day)
    {
        Assert.Null(HolderOn(state, title, day));
    }

    [Fact]
    public void Offices_Holders_NeverOverlap()
    {
        foreach (var office in Atlas.Background.Offices)
        {
            var spells = office.Holders.OrderBy(h => h.From).ToArray();
            for (var i = 1; i < spells.Length; i++)
                Assert.False(spells[i - 1].Period.Overlaps(spells[i].Period), $"{office.Organization} {office.Title}: {spells[i - 1].Name} and {spells[i].Name} overlap");
        }
    }

    [Fact]
    public void Offices_AtMostOneLeadingOfficePerActor()
    {
        var twice = Atlas.Background.Offices.Where(o => o.Leading).GroupBy(o => o.Organization).Where(g => g.Count() > 1).Select(g => g.Key.Value);

        Assert.Empty(twice);
    }
}
