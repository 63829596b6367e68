using System.Diagnostics;
using System.Globalization;

namespace Entente.Cli.Rendering;

/// <summary>
/// A one-line progress bar on standard error, redrawn at most ten times a second; only on a terminal,
/// so a redirected or captured run stays quiet.
/// </summary>
internal sealed class ProgressBar
{
    private const int Width = 30;
    private readonly TextWriter _error;
    private readonly long _total;
    private readonly string _unit;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _drawnAt = -1000;

    /// <summary>A bar on any writer (tests); the command uses <see cref="OnTerminal"/>.</summary>
    internal ProgressBar(TextWriter error, long total, string unit) => (_error, _total, _unit) = (error, total, unit);

    /// <summary>A bar when <paramref name="error"/> is the console's standard error and that is a terminal; null otherwise.</summary>
    public static ProgressBar? OnTerminal(TextWriter error, long total, string unit) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new ProgressBar(error, total, unit) : null;

    public void Report(long done)
    {
        var now = _clock.ElapsedMilliseconds;
        if (now - _drawnAt < 100 && done < _total)
            return;
        _drawnAt = now;
        var filled = _total == 0 ? Width : (int)(Width * done / _total);
        var percent = _total == 0 ? 100 : 100 * done / _total;
        _error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}%  {done:N0} / {_total:N0} {_unit}"));
    }

    /// <summary>Draws the full bar and ends its line.</summary>
    public void Done()
    {
        Report(_total);
        _error.WriteLine();
    }

    /// <summary>Clears the bar's line (after an error or a cancellation).</summary>
    public void Clear() => _error.Write("\r" + new string(' ', Width + 50) + "\r");
}
