namespace Entente.Core.Model;

/// <summary>The id of a glossary term (<c>mutual-defence-pact</c>).</summary>
public readonly record struct TermId(string Value)
{
    public override string ToString() => Value;
}

/// <summary>
/// A term of the field, as a glossary defines it: "mutual defence pact", "collective defence", "casus foederis".
/// People ask what such a thing is, what engages it and what it is for, without naming any one treaty;
/// <see cref="See"/> names the treaties and organizations in the data that are examples of it.
/// </summary>
/// <remarks>Nothing here is written by code: every sentence comes from the data, resting on <see cref="Sources"/>.</remarks>
public sealed record Term
{
    /// <summary>A term needs an id, a name, what it is and a source; its aliases and examples are never blank.</summary>
    /// <exception cref="ArgumentException">A required part is blank, or an alias or example is.</exception>
    public Term(TermId id, string name, string what, IReadOnlyList<SourceId> sources)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id.Value, nameof(id));
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
            throw new ArgumentException($"Term '{id}' names no source: every term rests on one.", nameof(sources));
        (Id, Name, What, Sources) = (id, name, what, sources);
    }

    public TermId Id { get; }

    /// <summary>The term as an answer names it ("mutual defence pact").</summary>
    public string Name { get; }

    /// <summary>Other phrasings a person may type, in British and American spelling ("mutual defense pact", "defence treaty").</summary>
    public IReadOnlyList<string> Aliases
    {
        get;
        init => field = NoneBlank(value, nameof(Aliases));
    } = [];

    /// <summary>What it is: one or two sentences.</summary>
    public string What { get; }

    /// <summary>What engages it (an armed attack on a party), where the source says so.</summary>
    public string? Trigger { get; init; }

    /// <summary>What it is for, where the source says so.</summary>
    public string? Purpose { get; init; }

    /// <summary>The ids of treaties, organizations, partnerships or policies in the data that are examples of it.</summary>
    public IReadOnlyList<string> See
    {
        get;
        init => field = NoneBlank(value, nameof(See));
    } = [];

    public IReadOnlyList<SourceId> Sources { get; }

    /// <summary>The name followed by the aliases: every phrasing the term answers to.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    private static IReadOnlyList<string> NoneBlank(IReadOnlyList<string> values, string what)
    {
        ArgumentNullException.ThrowIfNull(values, what);
        if (values.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException($"{what} holds a blank entry.", what);
        return values;
    }
}
