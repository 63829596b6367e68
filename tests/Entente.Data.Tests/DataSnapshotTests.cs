using System.Text;
using Entente.Data.Loading;

namespace Entente.Data.Tests;

public class DataSnapshotTests
{
    private static readonly byte[] ValidHash = DataSnapshot.Hash([(TestData.File, Encoding.UTF8.GetBytes(TestData.Valid))]);

    private static MemoryStream Snapshot(string yaml, byte[] hash)
    {
        var stream = new MemoryStream();
        DataSnapshot.Write(stream, [new DataFile(TestData.File, yaml)], hash);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Load_SnapshotOfValidData_GivesTheSameAtlasAsTheYaml()
    {
        var fromYaml = TestData.Load(TestData.Valid);

        var fromSnapshot = DataSnapshot.Load(Snapshot(TestData.Valid, ValidHash), ValidHash);

        Assert.NotNull(fromSnapshot);
        Assert.True(fromSnapshot.IsValid);
        Assert.Equal(fromYaml.Counts, fromSnapshot.Counts);
        Assert.Equal(fromYaml.Atlas!.Treaties.Select(t => (t.Id, t.Name, t.Signed, t.InForce, t.Parties.Count)),
            fromSnapshot.Atlas!.Treaties.Select(t => (t.Id, t.Name, t.Signed, t.InForce, t.Parties.Count)));
        Assert.Equal(fromYaml.Atlas.Actors.Select(a => (a.Id, a.Name, a.Existed)), fromSnapshot.Atlas.Actors.Select(a => (a.Id, a.Name, a.Existed)));
    }

    private static Reader ReadYaml(IReadOnlyList<DataFile> files)
    {
        var reader = new Reader();
        foreach (var file in files)
            reader.Read(file);
        Assert.Empty(reader.Problems);
        return reader;
    }

    private static Reader ReadSnapshot(IReadOnlyList<DataFile> files)
    {
        var hash = DataSnapshot.Hash(files.Select(f => (f.Name, Encoding.UTF8.GetBytes(f.Text))));
        using var stream = new MemoryStream();
        DataSnapshot.Write(stream, files, hash);
        stream.Position = 0;
        var reader = DataSnapshot.Read(stream, hash, out var count);
        Assert.NotNull(reader);
        Assert.Equal(files.Count, count);
        Assert.Empty(reader.Problems);
        return reader;
    }

    [Fact]
    public void Read_SnapshotOfValidData_ReadsEveryFieldTheYamlReads()
    {
        DataFile[] files = [new(TestData.File, TestData.Valid)];

        var difference = ModelComparer.Difference(ReadYaml(files), ReadSnapshot(files));

        Assert.Null(difference);
    }

    [Fact]
    public void Read_SnapshotOfTheBuiltInData_ReadsEveryFieldTheYamlReads()
    {
        var files = DataFile.BuiltIn();
        var fromYaml = ReadYaml(files);

        var difference = ModelComparer.Difference(fromYaml, ReadSnapshot(files));

        Assert.Null(difference);
        Assert.True(fromYaml.Treaties.Count > 700, "the built-in data holds every ATOP alliance");
    }

    [Fact]
    public void Difference_OneFieldReadOtherwise_IsFoundWithItsPath()
    {
        var expected = ReadYaml([new DataFile(TestData.File, TestData.Valid)]);
        var actual = ReadYaml([new DataFile(TestData.File, TestData.With("summary: An attack on one is an attack on all.", "summary: An attack on one."))]);

        var difference = ModelComparer.Difference(expected, actual);

        Assert.NotNull(difference);
        Assert.StartsWith("Treaties[0].Provisions[0].Summary:", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void Difference_CoversEveryListOfTheModel()
    {
        var lists = ModelComparer.Lists().ToArray();

        Assert.Subset(lists.ToHashSet(), new HashSet<string> { "Sources", "Actors", "Treaties", "Policies", "Partnerships", "Events", "PlaceList", "ZoneList", "HomeZones", "Datasets", "Descriptions", "Reasons", "Headquarters", "Offices", "Absences" });
    }

    [Fact]
    public void StampedHash_WrittenByTheBuild_IsTheHashOfTheBuiltInFiles()
    {
        var stamped = DataSnapshot.StampedHash();

        Assert.NotNull(stamped);
        Assert.Equal(DataSnapshot.HashOfBuiltInFiles(), stamped);
    }

    [Fact]
    public void Load_YamlChangedSinceTheSnapshot_IsRefusedAsStale()
    {
        var changed = DataSnapshot.Hash([(TestData.File, Encoding.UTF8.GetBytes(TestData.With("joined: 1952-02-18", "joined: 1952-02-19")))]);

        Assert.Null(DataSnapshot.Load(Snapshot(TestData.Valid, ValidHash), changed));
    }

    [Fact]
    public void Load_NotASnapshot_IsRefused()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("dataset: {name: x}\n" + new string(' ', 64)));

        Assert.Null(DataSnapshot.Load(stream, ValidHash));
    }

    [Fact]
    public void Hash_SameFilesInAnotherOrder_IsTheSame()
    {
        byte[] a = [1, 2], b = [3];

        Assert.Equal(DataSnapshot.Hash([("data/a.yaml", a), ("data/b.yaml", b)]), DataSnapshot.Hash([("data/b.yaml", b), ("data/a.yaml", a)]));
        Assert.NotEqual(DataSnapshot.Hash([("data/a.yaml", a), ("data/b.yaml", b)]), DataSnapshot.Hash([("data/a.yaml", b), ("data/b.yaml", a)]));
    }
}
