using System.Text;

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
