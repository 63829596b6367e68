namespace Entente.Data;

/// <summary>
/// An output file written under a temporary name beside its final path and renamed into place only by
/// <see cref="Commit"/>: a reader never sees half a file, and an error or a cancellation leaves nothing
/// behind (<see cref="Dispose"/> deletes the temporary file unless it was committed).
/// </summary>
public sealed class PendingFile : IDisposable
{
    private readonly long _expectedLength;
    private bool _committed;

    /// <summary>Creates the temporary file in <paramref name="path"/>'s folder, which must exist.</summary>
    /// <param name="expectedLength">
    /// About how many bytes will be written, or 0 if unknown: the file system reserves them at once, in one
    /// piece, and <see cref="Commit"/> cuts the file to what was written. On ext4 this also spares the rename
    /// a flush of the whole file, which ext4 forces when a file with unallocated blocks replaces another.
    /// </param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public PendingFile(string path, long expectedLength = 0)
    {
        _expectedLength = expectedLength;
        FinalPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(FinalPath)!;
        TemporaryPath = Path.Combine(folder, $".{Path.GetFileName(FinalPath)}.{Guid.NewGuid():N}.tmp");
        Stream = new FileStream(TemporaryPath, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 0,
            PreallocationSize = expectedLength,
        });
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
        // Frees what was reserved past the end (the reservation keeps the file's size, not its blocks).
        if (_expectedLength > 0)
            Stream.SetLength(Stream.Position);
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
