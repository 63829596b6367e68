using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Language.Claims;

internal static partial class ClaimJudge
{
    /// <summary>
    /// An invasion or an announcement asserted: on record with those actors and on that date (a day either side, for a
    /// night or a time zone) is supported; on record on another date, or by others, is contradicted with what the record
    /// says; an announcement of another change (a freeze said to be a leaving) is partly so; none on record is not a "no",
    /// since the record of events may be incomplete.
    /// </summary>
    private static Outcome? Happenings(Atlas atlas, HappeningsResult r)
    {
        var q = r.Query;
        var said = q.Asserted?.Date;
        var events = r.Events.Count > 0 ? r.Events : r.Others;
        if (events.Count == 0)
            return Outcome.NotCheckable($"the data records no {What(q)}{Whom(atlas, q)} and may not list every one");
        // The event the claim speaks of: the one nearest the date it gives (or the first).
        var e = said is { } d ? events.OrderBy(x => Math.Abs(x.Date.FirstDay.DayNumber - d.FirstDay.DayNumber)).First() : events[0];
        var fact = Fact($"{e.Date}: {e.Summary}", e.Sources);
        if (r.Events.Count == 0)
        {
            var others = Names(atlas, e.Actors);
            if (q.Announces is { } announced && e.Announces is { } actual && actual != announced)
                return Outcome.Partly($"On {AnswerBuilder.Date(e.Date)} {others} announced {Change(actual)}, not {Change(announced)}.", fact);
            // "Poland and Czechoslovakia announced plans to withdraw from the pact as well" (of 1990): the record holds only
            // Hungary's of 1956. Another's event is the same event only when the claim dates it so; else the record, which
            // may not list every one, cannot say.
            if (said is not { } when || !SameDate(when, e))
                return Outcome.NotCheckable($"the data records no {What(q)}{Whom(atlas, q)}{(said is { } d2 ? $" in {AnswerBuilder.Date(d2)}" : "")} and may not list every one");
            return Outcome.Contradicted($"{Naming.Capitalise(others)} {(e.Kind == EventKind.Announcement ? "made the announcement" : "did it")}, not {Names(atlas, q.By)}: {e.Summary}", fact);
        }
        if (said is not { } date || SameDate(date, e))
            return Outcome.Supported(fact);
        // An announcement dated on the day of another step of the same state towards the same body ("announced it would
        // leave … in February", when in February it froze its part): two steps conflated, so partly so.
        if (q.Kinds.Contains(EventKind.Announcement) && q.By.Count == 1 && atlas.EventsOf(q.By[0]).FirstOrDefault(x => x != e && SameDate(date, x)
                && x.Kind is EventKind.Suspension or EventKind.Withdrawal or EventKind.Announcement && Bodies(atlas, x).Overlaps(Bodies(atlas, e))) is { } step)
            return Outcome.Partly($"On {AnswerBuilder.Date(step.Date)}: {step.Summary.TrimEnd('.')}. The announcement the text describes came {AnswerBuilder.OnDate(e.Date)}: {e.Summary}",
                Fact($"{step.Date}: {step.Summary}", step.Sources), fact);
        // A date within a year of the recorded event misdates that event; one further off may speak of another event
        // the record (a lower bound) does not hold, so it is not a "no".
        if (Math.Abs(date.FirstDay.DayNumber - e.Date.FirstDay.DayNumber) > 366)
            return Outcome.NotCheckable($"the data records {What(q)}{Whom(atlas, q)} {AnswerBuilder.OnDate(e.Date)}, not in {AnswerBuilder.Date(date)}, and may not list every one");
        return Outcome.Contradicted($"It was {AnswerBuilder.OnDate(e.Date)}, not {AnswerBuilder.Date(date)}: {e.Summary}", fact);
    }

    /// <summary>
    /// A count of an event's dead, wounded, refugees, prisoners or executed against the range its sources give: within a
    /// quarter of it is supported; an order of magnitude said ("several thousand") below it understates it, so is partly
    /// so; a count up to twice off is partly so; further off is contradicted. None on record is not a "no".
    /// </summary>
    private static Outcome? Figures(Atlas atlas, FiguresResult r)
    {
        var q = r.Query;
        if (q.Count is not { } said)
            return null;
        var asked = q.People is { } id && atlas.FindActor(id) is { } people ? Reading.Demonyms.Plural(people, q.Forces == true) : "people";
        var what = Verb(q.Measure);
        if (r.Figures.Count == 0)
            return Outcome.NotCheckable($"the data records no count of {asked} {what} in or around {q.Year}");
        // People at large ("killed 2,977 people"): only when one count of the year fits, never a pick among several.
        if (q.People is null && r.Figures.Select(x => (x.Event.Id, x.Figure.People, x.Figure.Forces)).Distinct().Count() > 1)
            return Outcome.NotCheckable($"the data records several counts of people {what} in or around {q.Year}, and the text does not say whose");
        var (e, f) = (r.Figures[0].Event, r.Figures[0].Figure);
        // People at large said: soldiers are said to be soldiers; others stay "people", whose the note says.
        var who = q.People is null && !f.Forces ? "people" : atlas.FindActor(f.People) is { } counted ? Reading.Demonyms.Plural(counted, f.Forces) : f.People.Value;
        var range = f.Low == f.High ? f.Low.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : $"{f.Low.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} to {f.High.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}";
        var eventName = e.Names.FirstOrDefault() ?? e.Summary;
        var fact = Fact($"{Naming.Capitalise(eventName)} ({e.Date}{(e.To is { } to ? $" to {to}" : "")}): {range} {who} {what}{(f.Note is { } note ? $" ({note.TrimEnd('.')})" : "")}.", f.Sources);
        double low = f.Low, high = f.High;
        if (said.High >= low / 1.25 && said.Low <= high * 1.25)
            return Outcome.Supported(fact);
        var correction = $"Sources give {range} {who} {what} in {eventName}.";
        if (said.High < low && (said.Vague || said.High * 2 >= low))
            return Outcome.Partly($"{correction} The text's figure understates it.", fact);
        if (said.Low > high && !said.AtLeast && said.Low <= high * 2)
            return Outcome.Partly($"{correction} The text's figure overstates it.", fact);
        return Outcome.Contradicted(correction, fact);
    }

    private static string Verb(FigureMeasure m) => m switch
    {
        FigureMeasure.Killed => "killed",
        FigureMeasure.Wounded => "wounded",
        FigureMeasure.Fled => "fled",
        FigureMeasure.Imprisoned => "imprisoned",
        FigureMeasure.Executed => "executed",
        _ => "counted",
    };

    /// <summary>
    /// "Hungary ratified Sweden's accession on 26 February 2024": on record on that date (a day either side) is supported,
    /// on another date contradicted with the day; "Hungary was the last to ratify": the last on record, when every member's
    /// is recorded. A ratification not on record is contradicted only where every member's is.
    /// </summary>
    private static Outcome? Ratifications(Atlas atlas, RatificationsResult r)
    {
        var q = r.Query;
        var said = q.Asserted;
        var what = $"{atlas.Actor(q.Admitted).Name}'s accession to {Naming.Of(atlas.Treaty(q.Treaty))}";
        if (q.Aggregate is { } aggregate)
        {
            if (!r.Complete || r.Chosen.Count == 0)
                return Outcome.NotCheckable($"the data records {r.Ratifications.Count} ratifications of {what}, not every member's");
            var facts = r.Chosen.Select(e => Fact($"{e.Date}: {e.Summary}", e.Sources)).ToArray();
            var actual = r.Chosen.SelectMany(e => e.Actors).ToHashSet();
            return said?.Actors is { Count: > 0 } claimed && claimed.All(actual.Contains)
                ? Outcome.Supported(facts)
                : Outcome.Contradicted($"The {(aggregate == MemberAggregate.First ? "first" : "last")} to ratify {what} was {Names(atlas, [.. actual])}, on {AnswerBuilder.Date(r.Chosen[0].Date)}.", facts);
        }
        if (r.Chosen.Count == 0)
        {
            return r.Complete
                ? Outcome.Contradicted($"{Names(atlas, q.By is { } b ? [b] : [])} is not one of the members that ratified {what}.")
                : Outcome.NotCheckable($"the data records no ratification of {what} by {Names(atlas, q.By is { } b2 ? [b2] : [])}");
        }
        var e = r.Chosen[0];
        var fact = Fact($"{e.Date}: {e.Summary}", e.Sources);
        return said?.Date is not { } date || SameDate(date, e)
            ? Outcome.Supported(fact)
            : Outcome.Contradicted($"{Names(atlas, e.Actors)} ratified {what} on {AnswerBuilder.Date(e.Date)}.", fact);
    }

    /// <summary>The said date agrees with the event's at the said precision; a day either side counts (a night, a time zone).</summary>
    private static bool SameDate(PartialDate said, Event e)
    {
        var from = e.Date.FirstDay;
        var to = (e.To ?? e.Date).LastDay;
        return said.Day != 0
            ? said.FirstDay >= from.AddDays(-1) && said.FirstDay <= (e.Date.Day == 0 ? to : from.AddDays(1))
            : said.LastDay >= from && said.FirstDay <= (e.Date.Day == 0 ? to : from);
    }

    // The organizations and treaty an event concerns: its treaty, the treaty's organization, the organizations among its actors.
    private static HashSet<string> Bodies(Atlas atlas, Event e)
    {
        var bodies = e.Actors.Where(a => atlas.FindActor(a) is { IsState: false }).Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
        if (e.Treaty is { } t)
        {
            bodies.Add(t.Value);
            if (atlas.Treaty(t).Organization is { } org)
                bodies.Add(org.Value);
        }
        return bodies;
    }

    private static string What(HappeningsQuery q) => q.Kinds[0] switch
    {
        EventKind.Announcement => $"announcement of {Change(q.Announces ?? EventKind.Other)}",
        EventKind.Invasion => "invasion",
        EventKind.Attack => "attack",
        var k => k.ToString().ToLowerInvariant(),
    };

    private static string Whom(Atlas atlas, HappeningsQuery q) =>
        (q.Against.Count > 0 ? $" of {Names(atlas, q.Against)}" : "")
        + (q.By.Count > 0 ? $" by {Names(atlas, q.By)}" : "")
        + (q.About is { } about ? $" about {about.Name}" : "");

    private static string Change(EventKind kind) => kind switch
    {
        EventKind.Withdrawal => "a withdrawal",
        EventKind.Suspension => "a freeze or suspension of its part",
        EventKind.Accession => "an accession",
        EventKind.Return => "a return",
        _ => "a change",
    };

    private static string Names(Atlas atlas, IEnumerable<ActorId> actors) =>
        AnswerBuilder.List(actors.Select(a => atlas.FindActor(a) is { } x ? Naming.Of(x) : a.Value));
}
