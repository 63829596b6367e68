namespace Entente.Data;

/// <summary>
/// An output file written under a temporary name beside its final path and renamed into place only by
/// <see cref="Commit"/>: a reader never sees half a file, and an error or a cancellation leaves nothing
/// behind (<see cref="Dispose"/> deletes the temporary file unless it was committed).
/// </summary>
public sealed class PendingFile : IDisposable
{
    private bool _committed;

    /// <summary>Creates the temporary file in <paramref name="path"/>'s folder, which must exist.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public PendingFile(string path)
    {
        FinalPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(FinalPath)!;
        TemporaryPath = Path.Combine(folder, $".{Path.GetFileName(FinalPath)}.{Guid.NewGuid():N}.tmp");
        Stream = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
    }

    /// <summary>Where the file will be once committed.</summary>
    public string FinalPath { get; }

    /// <summary>Where it is written meanwhile: a hidden file in the same folder, so the rename does not copy.</summary>
    public string TemporaryPath { get; }

    /// <summary>The temporary file, to write to (unbuffered: writers bring their own buffers).</summary>
    public FileStream Stream { get; }

    /// <summary>Closes the file and renames it to <see cref="FinalPath"/>, replacing any file there.</summary>
    public void Commit()
    {
        Stream.Dispose();
        File.Move(TemporaryPath, FinalPath, overwrite: true);
        _committed = true;
    }

    /// <summary>Closes the file and, unless it was committed, deletes it.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed)
            File.Delete(TemporaryPath);
    }
}
