using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Entente.Data;

/// <summary>
/// Opens and reads the files a person names, with a limit whatever <c>stat</c> says: a device
/// (<c>/dev/zero</c>, or a link to it) reports 0 bytes and never ends, and a named pipe (FIFO) blocks the
/// open until someone writes to it. Only files that can be read to an end in bounded time are read:
/// a FIFO, a socket or a terminal is refused at once, and more than the limit is refused after reading
/// one byte past it.
/// </summary>
public static partial class BoundedFile
{
    /// <summary>
    /// Opens <paramref name="path"/> for reading without blocking (a FIFO with no writer would wait forever) and
    /// refuses anything that is not a file with an end: a folder, a pipe, a socket, a terminal.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The path is not a readable file; the message says what it is and what to do.</exception>
    public static FileStream OpenRead(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new FileNotFoundException("The file name is empty; give the path of a file.", path);
        if (Directory.Exists(path))
            throw new IOException($"'{path}' is a folder, not a file.");
        if (!File.Exists(path))
            throw new FileNotFoundException($"No file '{path}'.", path);
        FileStream stream;
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            var flags = OperatingSystem.IsLinux() ? LinuxReadOnlyNonBlocking : MacReadOnlyNonBlocking;
            var fd = Open(path, flags);
            if (fd < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                throw new IOException($"'{path}' cannot be opened: {Marshal.GetPInvokeErrorMessage(errno)}.");
            }
            stream = new FileStream(new SafeFileHandle((IntPtr)fd, ownsHandle: true), FileAccess.Read, bufferSize: 0);
        }
        else
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }
        // Regular files and devices seek; pipes, sockets and terminals do not, and may never end.
        if (!stream.CanSeek)
        {
            stream.Dispose();
            throw new IOException($"'{path}' is a pipe, a socket or a terminal, not a file: it may never end. Save the data to a file and give its path.");
        }
        return stream;
    }

    /// <summary>
    /// As <see cref="OpenRead(string)"/>, as a stream that throws <see cref="IOException"/> once it has given more than
    /// <paramref name="limit"/> bytes (a device that never ends, a file far larger than any such input).
    /// </summary>
    public static Stream OpenRead(string path, long limit) => new LimitedStream(OpenRead(path), path, limit);

    /// <summary>Reads all of a file of at most <paramref name="limit"/> bytes; more is refused after reading <paramref name="limit"/> + 1 bytes.</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The path is not a readable file, or holds more than <paramref name="limit"/> bytes.</exception>
    public static byte[] ReadAllBytes(string path, int limit)
    {
        using var stream = OpenRead(path);
        return ReadAtMost(stream, limit) ?? throw new IOException($"'{path}' holds more than {limit:N0} bytes, the most Entente reads from such a file.");
    }

    /// <summary>Reads a stream to its end, or returns null once it has given more than <paramref name="limit"/> bytes.</summary>
    public static byte[]? ReadAtMost(Stream stream, int limit)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var buffer = new byte[Math.Min(limit + 1, 64 * 1024)];
        var used = 0;
        while (true)
        {
            if (used == buffer.Length)
            {
                if (used > limit)
                    return null;
                Array.Resize(ref buffer, (int)Math.Min((long)limit + 1, (long)buffer.Length * 2));
            }
            var read = stream.Read(buffer, used, buffer.Length - used);
            if (read == 0)
                break;
            used += read;
        }
        if (used > limit)
            return null;
        return used == buffer.Length ? buffer : buffer[..used];
    }

    // O_RDONLY | O_NONBLOCK | O_CLOEXEC: O_NONBLOCK makes opening a FIFO return at once; it changes nothing for a regular file.
    private const int LinuxReadOnlyNonBlocking = 0x800 | 0x80000;
    private const int MacReadOnlyNonBlocking = 0x4 | 0x1000000;

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    private sealed class LimitedStream(Stream inner, string path, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            _read += read;
            if (_read > limit)
                throw new IOException($"'{path}' holds more than {limit:N0} bytes, the most Entente reads from such a file.");
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
