using Entente.Core.Model;

namespace Entente.Core.Queries;

/// <summary>
/// The sourced reasons for a change in a body (its founding, a state's joining or leaving) or the objections to it:
/// those of the change asked about, or, asked of one state whose reasons fit no such change, all of that state's.
/// </summary>
/// <param name="Reasons">The reasons to give, oldest first.</param>
/// <param name="Fitting">Whether <paramref name="Reasons"/> are of the change asked about (false when they are all the state's reasons instead).</param>
public sealed record WhyResult(DateOnly On, WhyQuery Query, IReadOnlyList<Reason> Reasons, bool Fitting) : QueryResult(On)
{
    /// <summary>Every statement of the reasons, the actors' own first, then others' (historians, officials, reference works).</summary>
    public IEnumerable<Statement> Statements => Reasons.SelectMany(r => r.Stated.Concat(r.Context));
}

public static partial class QueryExecutor
{
    private static WhyResult Why(Atlas.Atlas atlas, WhyQuery query, DateOnly on)
    {
        var all = (query.Actor is { } actor ? atlas.ReasonsFor(actor, query.Subject) : atlas.ReasonsAbout(query.Subject)).OrderBy(r => r.Date).ToArray();
        var fitting = all.Where(r => query.Objection ? r.Change == Change.Objection : Fits(r.Change, query.Change)).ToArray();
        // "Why did the US suspend ANZUS obligations to New Zealand?": the change is recorded under the state it concerned
        // (New Zealand), and the asker's state gave its reasons in it: those, where it is the one speaking.
        if (fitting.Length == 0 && query.Actor is { } speaker && !query.Objection)
        {
            fitting = [.. atlas.ReasonsAbout(query.Subject).Where(r => Fits(r.Change, query.Change) && r.Stated.Any(st => st.Speaker == speaker)).OrderBy(r => r.Date)];
            if (fitting.Length > 0)
                return new WhyResult(on, query, fitting, Fitting: true);
        }
        return fitting.Length > 0 || query.Actor is null || query.Objection
            ? new WhyResult(on, query, fitting, Fitting: true)
            : new WhyResult(on, query, all, Fitting: false);
    }

    /// <summary>Whether a recorded change is the one a question about that kind of date asks why of.</summary>
    public static bool Fits(Change change, DateKind asked) => asked switch
    {
        DateKind.Founded => change is Change.Founding,
        DateKind.Ended => change is Change.Dissolution,
        // A return ends the story of a leaving (France's integrated command, 1966–2009).
        DateKind.Left => change is Change.Withdrawal or Change.PartialWithdrawal or Change.Denunciation or Change.Suspension or Change.Freeze or Change.Expulsion or Change.Return or Change.Readmission,
        DateKind.Joined => change is Change.Accession or Change.DisputedAccession or Change.DelayedAccession or Change.Objection or Change.Readmission or Change.Return,
        _ => true,
    };
}
