namespace Entente.Data.Tests.Atop;

public sealed class PendingFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Commit_RenamesIntoPlace_ReplacingAnOldFile()
    {
        var path = _folder.Write("out.csv", "old");
        using (var file = new PendingFile(path))
        {
            file.Stream.Write("new"u8);
            Assert.Equal("old", File.ReadAllText(path));
            file.Commit();
        }

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["out.csv"], _folder.Files());
    }

    [Fact]
    public void Commit_ReservedMoreThanWritten_FileHoldsOnlyWhatWasWritten()
    {
        var path = _folder.File("out.csv");
        using (var file = new PendingFile(path, expectedLength: 1 << 20))
        {
            file.Stream.Write("12345"u8);
            file.Commit();
        }

        Assert.Equal("12345", File.ReadAllText(path));
        Assert.Equal(5, new FileInfo(path).Length);
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesNothing()
    {
        using (var file = new PendingFile(_folder.File("out.csv")))
        {
            file.Stream.Write("half"u8);
            Assert.Single(_folder.Files());
        }

        Assert.Empty(_folder.Files());
    }

    [Fact]
    public void New_MissingFolder_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => new PendingFile(Path.Combine(_folder.Path, "no-such-folder", "out.csv")));
    }
}
