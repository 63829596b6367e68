using Entente.Core.Model;
using Entente.Core.Reasoning;

namespace Entente.Core.Queries;

/// <summary>One of the others of a <see cref="PactsWithQuery"/>, the defence treaties the state shares with it on the day, and
/// the treaties they share then that hold no defence pledge (consultation, neutrality, non-aggression).</summary>
public sealed record PactPair(ActorId Other, IReadOnlyList<Treaty> Treaties, IReadOnlyList<Treaty> Lesser);

/// <summary>The defence treaties a state shares with each other state asked of, on <see cref="Day"/>.</summary>
/// <param name="Day">The day the treaties are looked at: the query's, or the day before a body's founding.</param>
/// <param name="Coverage">Whether the data holds every alliance on that day, so that a pair with none is a "no".</param>
public sealed record PactsWithResult(DateOnly On, PactsWithQuery Query, DateOnly Day, IReadOnlyList<PactPair> Pairs, DataCoverageCheck Coverage) : QueryResult(On)
{
    public int WithPacts => Pairs.Count(p => p.Treaties.Count > 0);
}

public static partial class QueryExecutor
{
    private static PactsWithResult PactsWith(Atlas.Atlas atlas, PactsWithQuery q, DateOnly on)
    {
        var day = on;
        var others = q.Others;
        if (q.MembersOf is { } body)
        {
            var spells = Spells(atlas, body);
            var founded = TreatyOf(atlas, body) is { } founding ? founding.Signed ?? founding.InForce : null;
            var existed = Existence(atlas, body).Contains(on);
            if (q.BeforeFounding && founded is { } f)
                day = f.FirstDay.AddDays(-1);
            else if (!existed && founded is { } f2)
                day = f2.FirstDay;
            var founders = q.BeforeFounding || !existed;
            others = [.. spells.Where(p => founders ? p.How == JoinHow.Founding : p.Period.Contains(day)).Select(p => p.Actor).Distinct().Where(a => a != q.State)];
        }
        var treaties = DefenceTreaties(atlas, q.State, day).Where(t => !q.Bilateral || t.Parties.Select(p => p.Actor).Distinct().Count() == 2).ToArray();
        var lesser = atlas.PartiesOf(q.State).Where(p => p.Period.Contains(day)).Select(p => atlas.Treaty(p.Treaty)).Distinct()
            .Where(t => t.InForcePeriod.Contains(day) && !treaties.Contains(t) && (!q.Bilateral || t.Parties.Select(p => p.Actor).Distinct().Count() == 2)).ToArray();
        var pairs = others.Select(o => new PactPair(o, [.. treaties.Where(t => atlas.IsParty(o, t.Id, day))], [.. lesser.Where(t => atlas.IsParty(o, t.Id, day))])).ToArray();
        return new PactsWithResult(on, q, day, pairs, DataCoverageCheck.Of(atlas.Dataset, day));
    }
}
