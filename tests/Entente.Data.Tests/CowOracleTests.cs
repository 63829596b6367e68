using System.Globalization;
using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>Our states checked against data no one here wrote: the COW state system and the countrycode crosswalk.</summary>
public class CowOracleTests
{
    private static readonly Core.Atlas.Atlas Atlas = BuiltInDataTests.Result.Atlas!;
    private static readonly DateOnly CowEnd = new(2016, 12, 31);

    public static TheoryData<string, int, string, string> CowSpellsPast1945()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var row in SharedData.Csv("cow-states-2016", "states2016.csv").Skip(1))
        {
            if (int.Parse(row[6], CultureInfo.InvariantCulture) <= 1945)
                continue;
            var from = $"{row[3]}-{int.Parse(row[4], CultureInfo.InvariantCulture):D2}-{int.Parse(row[5], CultureInfo.InvariantCulture):D2}";
            var to = $"{row[6]}-{int.Parse(row[7], CultureInfo.InvariantCulture):D2}-{int.Parse(row[8], CultureInfo.InvariantCulture):D2}";
            data.Add(row[2], int.Parse(row[1], CultureInfo.InvariantCulture), from, to);
        }
        return data;
    }

    [Fact]
    public void CowFile_Has203SpellsPast1945()
    {
        Assert.Equal(203, CowSpellsPast1945().Count);
    }

    /// <summary>At every day of the COW spell exactly one of our actors holds that code: the spells tile it.</summary>
    [Theory]
    [MemberData(nameof(CowSpellsPast1945))]
    public void CowSpell_IsTiledByExactlyOneActorAtEveryDate(string name, int code, string from, string lastDay)
    {
        var start = DateOnly.Parse(from, CultureInfo.InvariantCulture);
        var end = DateOnly.Parse(lastDay, CultureInfo.InvariantCulture).AddDays(1);
        var spells = Atlas.Actors.SelectMany(a => a.Cow.Where(c => c.Code == code).Select(c => (Actor: a.Id.Value, From: c.From.FirstDay, To: c.To?.FirstDay ?? CowEnd.AddDays(1))))
            .Where(s => s.From < end && start < s.To)
            .OrderBy(s => s.From)
            .ToArray();

        Assert.True(spells.Length > 0, $"{name} ({code}) {from}–{lastDay}: no actor has this COW spell");
        Assert.True(spells[0].From == start, $"{name} ({code}): our first spell starts {spells[0].From:yyyy-MM-dd} ({spells[0].Actor}), COW's {from}");
        Assert.True(spells[^1].To == end, $"{name} ({code}): our last spell ends before {spells[^1].To:yyyy-MM-dd} ({spells[^1].Actor}), COW's on {lastDay}");
        for (var i = 1; i < spells.Length; i++)
            Assert.True(spells[i].From == spells[i - 1].To, $"{name} ({code}): gap or overlap between {spells[i - 1].Actor} and {spells[i].Actor} at {spells[i].From:yyyy-MM-dd}");
    }

    [Fact]
    public void IsoCodes_AgreeWithTheCrosswalkOracleWhereItHasOne()
    {
        var rows = SharedData.Csv("cow-iso-crosswalk-countrycode", "codelist_without_cldr.csv");
        var header = rows[0].ToList();
        var cown = header.IndexOf("cown");
        var iso3 = header.IndexOf("iso3c");
        Assert.True(cown >= 0 && iso3 >= 0, "the crosswalk has cown and iso3c columns");
        var disagreements = new List<string>();
        var checkedCount = 0;
        foreach (var row in rows.Skip(1).Where(r => r.Length == header.Count))
        {
            if (row[cown].Length == 0 || row[iso3].Length == 0 || row[cown] == "NA" || row[iso3] == "NA")
                continue;
            var code = int.Parse(row[cown], CultureInfo.InvariantCulture);
            var holder = Atlas.Actors.SelectMany(a => a.Cow.Where(c => c.Code == code).Select(c => (a.Id, c.From)))
                .OrderByDescending(x => x.From).Select(x => x.Id.Value).FirstOrDefault();
            if (holder is null)
                continue;
            checkedCount++;
            if (holder != row[iso3])
                disagreements.Add($"COW {code}: ours {holder}, crosswalk {row[iso3]}");
        }
        Assert.True(checkedCount > 180, $"only {checkedCount} crosswalk rows were compared");
        Assert.Empty(disagreements);
    }
}
