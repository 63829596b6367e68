using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Questions;

internal sealed partial class Asker
{
    /// <summary>"What did NATO decide at the 2022 Madrid summit?", "When was the Wales summit?": each event named, its days and what it decided.</summary>
    private Answer NamedEvents(ParsedQuestion q, NamedEventsQuery query)
    {
        var b = Builder(q, "named-events");
        var result = (NamedEventsResult)QueryExecutor.Execute(atlas, query, b.On)!;
        if (result.Events.Count == 0)
        {
            b.Say("Entente's data records no such event up to the day asked of.");
            return b.Build() with { Answered = false };
        }
        foreach (var e in result.Events)
        {
            var name = Naming.Capitalise(e.Names.FirstOrDefault() ?? e.Id.Value);
            var days = e.To is not { } to || to == e.Date ? AnswerBuilder.OnDate(e.Date)
                : e.Date.Day != 0 && to.Day != 0 && e.Date.Year == to.Year && e.Date.Month == to.Month ? $"from {e.Date.Day} to {AnswerBuilder.Date(to)}"
                : $"from {AnswerBuilder.Date(e.Date)} to {AnswerBuilder.Date(to)}";
            b.Say($"{name} took place {days}. {e.Summary.Trim()}");
            b.Fact($"{e.Date}: {e.Summary.Trim()}", e.Sources);
        }
        return b.Build();
    }

    /// <summary>"How many Hungarians were killed in 1956?": the sourced range of each event of the year that counts them.</summary>
    private Answer Figures(ParsedQuestion q, FiguresQuery query)
    {
        var b = Builder(q, "figures");
        var result = (FiguresResult)QueryExecutor.Execute(atlas, query, today)!;
        var who = query.People is { } id ? Demonyms.Plural(atlas.Actor(id), query.Forces == true) : "people";
        var verb = Demonyms.Verb(query.Measure);
        if (result.Figures.Count == 0)
        {
            b.Say($"Entente's data records no count of the {who} who {verb} in or around {query.Year}; its record of such figures is far from complete.");
            return b.Build() with { Answered = false };
        }
        foreach (var (e, f) in result.Figures.Select(x => (x.Event, x.Figure)))
        {
            // People at large asked: soldiers are said to be soldiers; others stay "people", whose the note says (9/11's
            // victims are filed under the United States but came from more than 90 countries).
            var counted = query.People is null && f.Forces ? Demonyms.Plural(atlas.Actor(f.People), true) : who;
            var range = f.Low == f.High ? N(f.Low) : $"{N(f.Low)} to {N(f.High)}";
            var name = Naming.Capitalise(e.Names.FirstOrDefault() ?? e.Summary);
            b.Say($"{name} ({AnswerBuilder.Date(e.Date)}{(e.To is { } to ? $" to {AnswerBuilder.Date(to)}" : "")}): sources say {range} {counted} {verb}{(f.Note is { } note ? $" ({note.TrimEnd('.')})" : "")}.");
            b.Fact($"{Naming.Capitalise(e.Names.FirstOrDefault() ?? e.Id.Value)}: {range} {counted} {verb}.", f.Sources);
        }
        if (query.People is null)
            b.Say($"These are the counts Entente records for events of {query.Year}; its record of such figures does not cover every event.");
        return b.Build();
    }

    private static string N(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

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
        var yesNo = q.IsYesNo;
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
