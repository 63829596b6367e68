using System.Text;
using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language;

/// <summary>Collects the sentences of an answer and the facts behind them, then builds the <see cref="Answer"/>.</summary>
internal sealed class AnswerBuilder(Atlas atlas, string question, string intent, DateOnly on)
{
    private readonly StringBuilder _text = new();
    private readonly List<AnswerFact> _facts = [];

    public Atlas Atlas { get; } = atlas;
    public DateOnly On { get; } = on;

    private readonly HashSet<string> _said = new(StringComparer.Ordinal);

    public AnswerBuilder Say(string sentence)
    {
        // A sentence said already (the same ATOP pledge of two treaties, the same limit of two answers) is said once.
        if (sentence.Length == 0 || !_said.Add(sentence))
            return this;
        if (_text.Length > 0)
            _text.Append(' ');
        _text.Append(sentence);
        return this;
    }

    public AnswerBuilder Fact(string statement, IEnumerable<SourceId> sources)
    {
        var ids = sources.Distinct().ToArray();
        if (!_facts.Any(f => f.Statement == statement))
            _facts.Add(new AnswerFact(statement, ids));
        return this;
    }

    /// <summary>How many sources an answer shows when its facts need no more (every fact keeps one source shown).</summary>
    public const int ShownSources = 6;

    public Answer Build()
    {
        var (sources, shown) = RankSources();
        return new Answer
        {
            Question = question,
            Intent = intent,
            On = On,
            Text = _text.ToString(),
            Facts = _facts,
            Sources = sources,
            SourcesShown = shown,
            Caveat = Atlas.IsAfterReview(On) ? $"The data was reviewed up to {Atlas.Dataset.Reviewed}; events after that date may be missing." : null,
        };
    }

    /// <summary>
    /// Every source the facts cite, the shown ones first: each fact's strongest source (so no fact is left
    /// without one), then the strongest of the rest up to <see cref="ShownSources"/>; each part in
    /// <see cref="SourceRanking"/> order (primary first).
    /// </summary>
    private (Source[] Sources, int Shown) RankSources() => Rank(Atlas, _facts);

    /// <summary>An answer with more facts after it was built: its sources ranked again over all of them.</summary>
    internal static Answer WithFacts(Atlas atlas, Answer answer, IEnumerable<AnswerFact> more)
    {
        List<AnswerFact> facts = [.. answer.Facts, .. more.Where(f => !answer.Facts.Any(x => x.Statement == f.Statement))];
        var (sources, shown) = Rank(atlas, facts);
        return answer with { Facts = facts, Sources = sources, SourcesShown = shown };
    }

    private static (Source[] Sources, int Shown) Rank(Atlas atlas, IReadOnlyList<AnswerFact> facts)
    {
        var ranked = SourceRanking.Rank(facts.SelectMany(f => f.Sources), atlas, int.MaxValue);
        var rank = ranked.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var shown = new HashSet<SourceId>();
        foreach (var fact in facts.Where(f => f.Sources.Count > 0 && !f.Sources.Any(shown.Contains)))
            shown.Add(fact.Sources.MinBy(id => rank[id]));
        foreach (var id in ranked.Where(id => !shown.Contains(id)).Take(Math.Max(0, ShownSources - shown.Count)))
            shown.Add(id);
        var ordered = ranked.Where(shown.Contains).Concat(ranked.Where(id => !shown.Contains(id)));
        return ([.. ordered.Select(atlas.Source)], shown.Count);
    }

    /// <summary>The actor's name as it stands inside a sentence ("the United States", "NATO").</summary>
    public string Name(ActorId id) => Naming.Of(Atlas.Actor(id));

    /// <summary>A state by the name it went by on a day ("the Ottoman Empire" as a member of the Central Powers).</summary>
    public string NameOn(ActorId id, DateOnly day) => Naming.Of(Atlas.Actor(id), day);

    /// <summary>"A, B and C".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToArray();
        return list.Length switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list[..^1]) + " and " + list[^1],
        };
    }

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"from 14 May 1955 to 1 July 1991", "from 1949", "until 1991".</summary>
    public static string Period(Interval period) => (period.From, period.To) switch
    {
        ({ } from, { } to) => $"from {Date(from)} to {Date(to)}",
        ({ } from, null) => $"from {Date(from)}",
        (null, { } to) => $"until {Date(to)}",
        _ => "at all times",
    };

    /// <summary>"on 5 June 1955", "in December 2021", "in 1955": a date with the preposition its precision takes.</summary>
    public static string OnDate(PartialDate date) => date.Day != 0 ? $"on {Date(date)}" : $"in {Date(date)}";

    public static string OnDate(DateOnly day) => $"on {Date(day)}";

    public static string Date(PartialDate date) =>
        date.Day != 0 ? Date(date.FirstDay)
        : date.Month != 0 ? date.FirstDay.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
        : date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
