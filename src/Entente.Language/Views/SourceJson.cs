using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Views;

/// <summary>
/// A source as every JSON answer gives it (answers, claim checks, views, members, backers): the one shape for a source.
/// </summary>
/// <param name="Read">The date the source was read, <c>YYYY[-MM[-DD]]</c>.</param>
/// <param name="Kind"><c>primary</c>, <c>reference</c>, <c>copy</c> or <c>weak</c> (data/README.md); null when the data set does not say.</param>
public sealed record SourceJson(string Id, string Title, string Publisher, string Url, string Read, string? Kind)
{
    public static SourceJson Of(Source source) =>
        new(source.Id.Value, source.Title, source.Publisher, source.Url, source.Read.ToString(), source.Kind?.ToString().ToLowerInvariant());

    /// <summary>The sources behind these ids, each once, in order of first use.</summary>
    public static IReadOnlyList<SourceJson> Of(Atlas atlas, IEnumerable<SourceId> ids) => [.. ids.Distinct().Select(id => Of(atlas.Source(id)))];

    /// <summary>A day as JSON writes it: <c>yyyy-MM-dd</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A fact in a sentence and the ids of the sources it comes from (each id is in the answer's <c>sources</c>): the one shape for a fact.</summary>
public sealed record FactJson(string Statement, IReadOnlyList<string> Sources)
{
    public static FactJson Of(AnswerFact fact) => new(fact.Statement, [.. fact.Sources.Select(s => s.Value)]);
}
