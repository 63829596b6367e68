using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Questions;

internal sealed partial class Asker
{
    /// <summary>
    /// Invasions and other events asked about: who did it, to whom and when, from the executor's result; a state whose
    /// part is asked and that is not among the actors "did not take part"; none on record is said with the record's
    /// limits, never as "never".
    /// </summary>
    private Answer Happenings(ParsedQuestion q, HappeningsQuery query)
    {
        var b = Builder(q, "events");
        if (QueryExecutor.Execute(atlas, query, On(q)) is not HappeningsResult r)
            return Unanswered(q.Original, "Entente could not run this question on its events.");
        var yesNo = q.Words.Count > 0 && Lexicon.Auxiliaries.Contains(q.Words[0]);
        string Names(IEnumerable<ActorId> ids) => AnswerBuilder.List(ids.Select(id => Naming.Of(atlas.Actor(id))));
        var against = query.Against.Count > 0 ? Names(query.Against) : null;
        var all = r.Events.Concat(r.Others).OrderBy(e => e.Date).ToArray();
        if (all.Length == 0)
        {
            b.Say($"{(yesNo ? "Not known. " : "")}Entente's data records no invasion{(against is null ? "" : $" of {against}")}{(query.By.Count > 0 ? $" by {Names(query.By)}" : "")}{ReadingWriter.Period(query.When)}; its record of events may not be complete.");
            return b.Build() with { Answered = false };
        }
        if (query.By.Count > 0 && r.Events.Count == 0)
        {
            var e = all[0];
            b.Say($"{(yesNo ? "No. " : "")}{Naming.Capitalise(Names(query.By))} did not take part in the invasion of {Names(e.Targets)} of {AnswerBuilder.Date(e.Date)}, which {Names(Acting(e))} carried out.");
        }
        foreach (var e in r.Events.Count > 0 ? r.Events : all)
        {
            var lead = yesNo && r.Events.Count > 0 && e == r.Events[0] ? "Yes. " : "";
            b.Say($"{lead}On {AnswerBuilder.Date(e.Date)} {Names(Acting(e))} {(e.Kind == EventKind.Attack ? "attacked" : "invaded")} {Names(e.Targets)}. {Sentence(e.Summary)}");
        }
        foreach (var e in all)
            b.Fact($"{e.Date}: {e.Summary}", e.Sources);
        return b.Build();
    }

    // The states that acted (an organization listed beside them is their alliance, not one more invader).
    private IEnumerable<ActorId> Acting(Event e)
    {
        var states = e.Actors.Where(a => atlas.FindActor(a) is { IsState: true }).ToArray();
        return states.Length > 0 ? states : e.Actors;
    }
}
