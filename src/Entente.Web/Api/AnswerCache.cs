using System.Collections.Concurrent;

namespace Entente.Web.Api;

/// <summary>
/// Answers (the response records), by (endpoint, request, day). Answers are deterministic — the same question on the same
/// data and date gives the same answer — so a hit skips the reasoning. Bounded: when it holds
/// <see cref="Capacity"/> entries it starts again empty, so memory stays bounded whatever is asked.
/// </summary>
internal sealed class AnswerCache(int capacity)
{
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<(string Endpoint, string Request, DateOnly On), object> _entries = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A cache holds at least one entry.");

    public int Count => _entries.Count;

    public T GetOrAdd<T>(string endpoint, string request, DateOnly on, Func<T> make)
        where T : class
    {
        var key = (endpoint, request, on);
        if (_entries.TryGetValue(key, out var found) && found is T hit)
            return hit;
        var made = make();
        if (_entries.Count >= Capacity)
            _entries.Clear();
        _entries.TryAdd(key, made);
        return made;
    }
}
