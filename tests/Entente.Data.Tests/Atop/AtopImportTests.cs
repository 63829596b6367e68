using Entente.Data.Atop;

namespace Entente.Data.Tests.Atop;

/// <summary><c>entente import-atop</c>: skeletons from ATOP's files, and a curator's fields kept when it runs again.</summary>
public sealed class AtopImportTests : IDisposable
{
    private const string Members =
        "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary,defcoadv\n" +
        "1385,220,1893,12,27,1917,11,8,1,1,0,0,0,0,0,0,1\n" +
        "1385,365,1893,12,27,1917,11,8,1,1,0,0,0,0,0,0,1\n" +
        "9001,2,2000,5,0,0,0,0,1,1,0,0,0,1,0,0,0\n" +
        "9001,245,2000,5,0,0,0,0,1,0,0,0,0,1,0,0,0\n";

    private const string Alliances =
        "atopid,begyr,begmo,begday,endyr,endmo,endday,bilat\n1385,1893,12,27,1917,11,8,1\n9001,2000,5,0,0,0,0,1\n";

    private const string Cow = "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n" +
        "USA,2,United States of America,1816,1,1,2016,12,31,2016\nFRN,220,France,1816,1,1,2016,12,31,2016\n" +
        "BAV,245,Bavaria,1816,1,1,2016,12,31,2016\nRUS,365,Russia,1816,1,1,2016,12,31,2016\n";

    private const string Curated = """
        dataset: {name: test, reviewed: 2026-11-27}
        sources:
          - {id: s, title: T, publisher: P, url: "https://example.org/", read: 2026-11-27, kind: reference}
        actors:
          - {id: USA, kind: state, name: United States, cow: [{code: 2, from: 1816-01-01}], source: s}
          - {id: FRA, kind: state, name: France, cow: [{code: 220, from: 1816-01-01}], source: s}
          - {id: RUS, kind: state, name: Russia, cow: [{code: 365, from: 1816-01-01}], source: s}
        """;

    private readonly string _data = Directory.CreateTempSubdirectory("entente-import-").FullName;

    public AtopImportTests() => File.WriteAllText(Path.Combine(_data, "curated.yaml"), Curated);

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private AtopImportResult Import()
    {
        var result = AtopImport.Run(AtopCodebook.ParseMembers(Members, "m.csv"), AtopCodebook.ParseAlliances(Alliances, "a.csv"), CowStateSystem.Parse(Cow, "states.csv"), _data);
        AtopImport.Write(result, _data);
        return result;
    }

    private string File1815 => File.ReadAllText(Path.Combine(_data, "atop", "1815-1913.yaml"));

    [Fact]
    public void Run_TwoAlliances_ValidDataWithDirectedPledgesFormerStateAndStatusAfterAtop()
    {
        var result = Import();
        var load = DataSetLoader.LoadDirectory(_data);

        Assert.Empty(load.Problems);
        var atlas = load.Atlas!;
        var franco = atlas.Treaty(new Core.Model.TreatyId("atop-1385"));
        Assert.Equal("Alliance of France and Russia (1893)", franco.Name);
        Assert.Equal("1917-11-09", franco.Ended.ToString());
        Assert.Contains("only against a specific adversary (ATOP defcoadv)", Assert.Single(franco.Provisions).Conditions);
        var open = atlas.Treaty(new Core.Model.TreatyId("atop-9001"));
        Assert.Equal(Core.Model.AfterAtopStatus.NotConfirmed, open.AfterAtop?.Status);
        Assert.Equal("2000-05", open.Signed.ToString());
        var defence = Assert.Single(open.Provisions, p => p.Kind == Core.Model.ProvisionKind.Defence);
        Assert.Equal(Core.Model.Direction.OneWay, defence.Direction);
        Assert.Equal(["USA"], defence.Obliged.Select(a => a.Value));
        Assert.Equal(1, result.NewActors);
        Assert.Equal("Bavaria", atlas.Actor(new Core.Model.ActorId("XBA")).Name);
    }

    [Fact]
    public void Run_Again_KeepsTheFieldsACuratorChangedOrAdded_AndRewritesTheRest()
    {
        Import();
        File.WriteAllText(Path.Combine(_data, "atop", "1815-1913.yaml"), File1815
            .Replace("name: Alliance of France and Russia (1893)", "name: Franco-Russian Alliance", StringComparison.Ordinal)
            .Replace("    kind: alliance\n    signed: 1893-12-27", "    kind: alliance\n    signed: 1893-12-27\n    signed-at: Saint Petersburg", StringComparison.Ordinal)
            .Replace("    ended: 1917-11-09", "    ended: 1999", StringComparison.Ordinal));
        File.Delete(Path.Combine(_data, "atop", "1990-2016.yaml"));

        var result = Import();

        Assert.Contains("name: Franco-Russian Alliance", File1815, StringComparison.Ordinal);
        Assert.Contains("signed-at: Saint Petersburg", File1815, StringComparison.Ordinal);
        Assert.Contains("ended: 1999", File1815, StringComparison.Ordinal);
        Assert.Equal(["atop-1385: name", "atop-1385: ended", "atop-1385: signed-at"], result.Kept);
        Assert.True(File.Exists(Path.Combine(_data, "atop", "1990-2016.yaml")));
        Assert.Empty(DataSetLoader.LoadDirectory(_data).Problems);
    }

    [Fact]
    public void Run_FieldTheImportWritesDifferentlyNow_IsTheImports_NotACurators()
    {
        Import();
        var fingerprints = Path.Combine(_data, "atop", GeneratedYaml.FingerprintFile);
        // As if an earlier version of the import had written another name: the file and the fingerprint agree, so it is the import's.
        File.WriteAllText(Path.Combine(_data, "atop", "1815-1913.yaml"), File1815.Replace("name: Alliance of France and Russia (1893)", "name: ATOP alliance 1385", StringComparison.Ordinal));
        var old = GeneratedYaml.Fingerprint(new YamlDotNet.RepresentationModel.YamlScalarNode("ATOP alliance 1385"));
        File.WriteAllLines(fingerprints, File.ReadAllLines(fingerprints).Select(l => l.StartsWith("treaties:atop-1385:name ", StringComparison.Ordinal) ? $"treaties:atop-1385:name {old}" : l));

        var result = Import();

        Assert.Contains("name: Alliance of France and Russia (1893)", File1815, StringComparison.Ordinal);
        Assert.Empty(result.Kept);
    }

    [Fact]
    public void Run_AllianceACuratedTreatyNames_IsLeftOut()
    {
        File.AppendAllText(Path.Combine(_data, "curated.yaml"), """

            treaties:
              - {id: franco-russian-alliance, name: Franco-Russian Alliance, kind: alliance, signed: 1893-12-27, atop: 1385, source: s}
            """);

        var result = Import();

        Assert.Equal([1385], result.Claimed);
        Assert.False(File.Exists(Path.Combine(_data, "atop", "1815-1913.yaml")));
        Assert.Empty(DataSetLoader.LoadDirectory(_data).Problems);
    }
}
