using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Atop;

/// <summary>
/// Dyad pledges drawn from Entente's curated data set, to extend an ATOP table past ATOP's last year:
/// treaties with defence, offence, neutrality, non-aggression or consultation provisions, their parties
/// mapped to COW codes through each actor's COW spells.
/// </summary>
/// <remarks>
/// A mutual provision binds every party towards every other; a one-way one binds its obliged parties
/// towards its beneficiaries (the 1960 U.S.–Japan treaty's Article V). A suspension (the United States
/// towards New Zealand under ANZUS from 1986) removes its days. An actor's COW spell without an end is
/// taken to go on past the COW data's last day, as the table takes states still in the system then. The
/// data set covers the years up to the last whole year of its review date: a later year is unknown, not 0.
/// </remarks>
public sealed class CuratedPledges
{
    /// <summary>How rows drawn from the curated data name their source.</summary>
    public const string SourceName = "entente";

    public CuratedPledges(IReadOnlyList<CuratedPledge> pledges, int treaties, int lastYear) =>
        (Pledges, Treaties, LastYear) = (pledges, treaties, lastYear);

    public IReadOnlyList<CuratedPledge> Pledges { get; }

    /// <summary>How many treaties have at least one provision of the five kinds.</summary>
    public int Treaties { get; }

    /// <summary>The last year the data set covers whole: the review date's year, or the one before if the review ended before 31 December.</summary>
    public int LastYear { get; }

    public static CuratedPledges From(Atlas atlas)
    {
        var reviewed = atlas.Dataset.Reviewed.LastDay;
        var lastYear = reviewed.Month == 12 && reviewed.Day == 31 ? reviewed.Year : reviewed.Year - 1;
        var pledges = new List<CuratedPledge>();
        var treaties = 0;
        foreach (var treaty in atlas.Treaties.OrderBy(t => t.Id.Value, StringComparer.Ordinal))
        {
            // An alliance ATOP shows in force at its end that Entente has not confirmed since is no pledge after ATOP's end.
            if (treaty.AfterAtop is { Status: AfterAtopStatus.NotConfirmed })
                continue;
            var provisions = treaty.Provisions.Where(p => Bit(p.Kind) != Atop.Pledges.None).ToArray();
            if (provisions.Length == 0)
                continue;
            treaties++;
            var inForce = Days(treaty.InForcePeriod);
            foreach (var a in treaty.Parties)
            {
                foreach (var b in treaty.Parties)
                {
                    if (a.Actor == b.Actor)
                        continue;
                    var promised = provisions.Aggregate(Atop.Pledges.None, (all, p) => Binds(p, a.Actor, b.Actor) ? all | Bit(p.Kind) : all);
                    if (promised == Atop.Pledges.None || inForce.Intersect(Days(a.Period))?.Intersect(Days(b.Period)) is not { } both)
                        continue;
                    var suspended = treaty.Suspensions.Where(s => s.Actor == a.Actor && (s.Towards is null || s.Towards == b.Actor)).Select(s => Days(s.Period));
                    foreach (var held in Subtract(both, suspended))
                        AddByCode(pledges, atlas.Actor(a.Actor), atlas.Actor(b.Actor), held, treaty.Id.Value, promised);
                }
            }
        }
        return new CuratedPledges(pledges, treaties, lastYear);
    }

    private static bool Binds(Provision provision, ActorId from, ActorId to) =>
        provision.Direction != Direction.OneWay || (provision.Obliged.Contains(from) && provision.Beneficiaries.Contains(to));

    private static Pledges Bit(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Defence => Atop.Pledges.Defence,
        ProvisionKind.Offence => Atop.Pledges.Offence,
        ProvisionKind.Neutrality => Atop.Pledges.Neutrality,
        ProvisionKind.NonAggression => Atop.Pledges.NonAggression,
        ProvisionKind.Consultation => Atop.Pledges.Consultation,
        _ => Atop.Pledges.None,
    };

    // A state's COW code may change during a pledge (Germany: 260 until 1990-10-02, then 255).
    private static void AddByCode(List<CuratedPledge> pledges, Actor from, Actor to, DaySpan held, string treaty, Pledges promised)
    {
        foreach (var fromSpell in from.Cow)
        {
            foreach (var toSpell in to.Cow)
            {
                if (held.Intersect(Days(fromSpell.Period))?.Intersect(Days(toSpell.Period)) is { } days)
                    pledges.Add(new CuratedPledge(fromSpell.Code, toSpell.Code, days, treaty, promised));
            }
        }
    }

    /// <summary>The days of a model interval (from inclusive, to exclusive; open ends unbounded) as an inclusive span.</summary>
    internal static DaySpan Days(Interval interval) => new(
        interval.From?.FirstDay ?? DateOnly.MinValue,
        interval.To is { } to ? to.FirstDay.AddDays(-1) : DateOnly.MaxValue);

    /// <summary>The parts of <paramref name="span"/> outside every one of <paramref name="holes"/>, in order.</summary>
    internal static List<DaySpan> Subtract(DaySpan span, IEnumerable<DaySpan> holes)
    {
        var parts = new List<DaySpan> { span };
        foreach (var hole in holes)
        {
            var next = new List<DaySpan>();
            foreach (var part in parts)
            {
                if (part.Intersect(hole) is null)
                {
                    next.Add(part);
                    continue;
                }
                if (part.First < hole.First)
                    next.Add(new DaySpan(part.First, hole.First.AddDays(-1)));
                if (hole.Last < part.Last)
                    next.Add(new DaySpan(hole.Last.AddDays(1), part.Last));
            }
            parts = next;
        }
        return parts;
    }
}
