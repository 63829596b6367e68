using System.Globalization;
using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Reasoning;
using Entente.Data.Atop;

namespace Entente.Data.Tests.Atop;

/// <summary>
/// ATOP 4.01's directed defence pledges, read straight from the member-level file, set against what
/// <see cref="Obligations.Attack"/> names on the same date: the oracle the ATOP import is checked with.
/// </summary>
/// <remarks>
/// A directed defence pledge a→s on day d: a and s are members of one alliance on d, and a's own row for it codes
/// defence (ATOP's member-level flag is what that member promises). Entente's side: the guarantors of every defence
/// obligation <c>Obligations.Attack(s, d)</c> returns whose scope may cover s's territory, mapped back to COW codes
/// through the actors' COW spells.
/// </remarks>
internal sealed class AtopOracle(Atlas atlas, AtopMemberFile atop)
{
    /// <summary>Why a pledge is on one side only.</summary>
    public enum Difference
    {
        /// <summary>ATOP codes the alliance but a curated treaty stands in for it, with the treaty's own parties and dates.</summary>
        CuratedTreaty,

        /// <summary>A curated treaty ATOP does not code (no atop id), or codes without a defence pledge on the date.</summary>
        CuratedOnly,

        /// <summary>The state was not in the COW system (or did not exist, as the data says) on the day, so the import cut the membership.</summary>
        StateNotInData,

        /// <summary>Anything else: a fault in the import or the reasoning.</summary>
        Unexplained,
    }

    private readonly ILookup<int, AtopMember> _byAlliance = atop.Members.ToLookup(m => m.AtopId);
    private readonly ILookup<int, AtopMember> _byState = atop.Members.ToLookup(m => m.State);
    private readonly HashSet<int> _claimed = [.. atlas.Treaties.Where(t => !DataSetLoader.IsAtopLevel(t)).SelectMany(t => t.Atop)];
    private readonly ILookup<int, (ActorId Actor, Interval Period)> _actorsByCode =
        atlas.Actors.SelectMany(a => a.Cow.Select(c => (c.Code, Actor: a.Id, c.Period))).ToLookup(x => x.Code, x => (x.Actor, x.Period));

    /// <summary>ATOP's directed defence pledges towards <paramref name="state"/> on <paramref name="day"/>: defender → the alliances.</summary>
    public Dictionary<int, List<int>> AtopDefenders(int state, DateOnly day)
    {
        var defenders = new Dictionary<int, List<int>>();
        foreach (var own in _byState[state].Where(m => m.Spell.Contains(day)))
        {
            foreach (var other in _byAlliance[own.AtopId].Where(m => m.State != state && m.Spell.Contains(day) && (m.Pledges & Pledges.Defence) != 0))
            {
                if (!defenders.TryGetValue(other.State, out var list))
                    defenders[other.State] = list = [];
                list.Add(own.AtopId);
            }
        }
        return defenders;
    }

    /// <summary>The actor standing for a COW code on a day, as the data's COW spells say (null where none does).</summary>
    public ActorId? ActorOf(int code, DateOnly day) =>
        _actorsByCode[code].Where(x => x.Period.Contains(day)).Select(x => (ActorId?)x.Actor).FirstOrDefault()
        ?? (_actorsByCode[code].Select(x => x.Actor).Distinct().Count() == 1 ? _actorsByCode[code].First().Actor : null);

    private int? CodeOf(ActorId actor, DateOnly day)
    {
        var cow = atlas.Actor(actor).Cow;
        return cow.Where(c => c.Period.Contains(day)).Select(c => (int?)c.Code).FirstOrDefault()
            ?? (cow.Select(c => c.Code).Distinct().Count() == 1 ? cow[0].Code : null);
    }

    /// <summary>Entente's defenders of the state on the day, by COW code, with the treaties.</summary>
    public Dictionary<int, List<Treaty>> EntenteDefenders(int state, DateOnly day)
    {
        var defenders = new Dictionary<int, List<Treaty>>();
        if (ActorOf(state, day) is not { } target)
            return defenders;
        foreach (var o in Obligations.Attack(atlas, target, day).Obligations.Where(o => o.IsDefence && o.Coverage != Coverage.NotCovered))
        {
            foreach (var guarantor in o.Guarantors)
            {
                if (CodeOf(guarantor, day) is not { } code || code == state)
                    continue;
                if (!defenders.TryGetValue(code, out var list))
                    defenders[code] = list = [];
                list.Add(o.Treaty);
            }
        }
        return defenders;
    }

    /// <summary>Compares the two sides for one (state, day): the pledges both name, and each one-sided pledge with its kind.</summary>
    public (int Both, List<(int Defender, int State, DateOnly Day, bool InAtop, Difference Why, string Where)> Differences) Compare(int state, DateOnly day)
    {
        var atopSide = AtopDefenders(state, day);
        var entente = EntenteDefenders(state, day);
        var both = atopSide.Keys.Count(entente.ContainsKey);
        var differences = new List<(int, int, DateOnly, bool, Difference, string)>();
        foreach (var (defender, alliances) in atopSide.Where(kv => !entente.ContainsKey(kv.Key)))
        {
            var why = alliances.Any(_claimed.Contains) ? Difference.CuratedTreaty
                : ActorOf(state, day) is null || ActorOf(defender, day) is null || !Exists(state, day) || !Exists(defender, day) ? Difference.StateNotInData
                : Difference.Unexplained;
            differences.Add((defender, state, day, true, why, $"atopid {string.Join("/", alliances.Distinct())}"));
        }
        foreach (var (defender, treaties) in entente.Where(kv => !atopSide.ContainsKey(kv.Key)))
        {
            var why = treaties.Any(t => !DataSetLoader.IsAtopLevel(t)) ? (treaties.Any(t => t.Atop.Count > 0) ? Difference.CuratedTreaty : Difference.CuratedOnly) : Difference.Unexplained;
            differences.Add((defender, state, day, false, why, string.Join("/", treaties.Select(t => t.Id.Value).Distinct())));
        }
        return (both, differences);
    }

    /// <summary>How a curated party's membership differs from ATOP's rows for the alliance it names.</summary>
    public enum MembershipKind
    {
        /// <summary>ATOP dates the membership from a signature (the treaty's or the party's) where the curated treaty dates it from entry into force or the party's deposit.</summary>
        Signature,

        /// <summary>The first day differs otherwise.</summary>
        Entry,

        /// <summary>The last day differs (or one side has the membership open at ATOP's end and the other does not).</summary>
        Exit,

        /// <summary>ATOP codes the state as a member; the curated treaty does not have it as a party.</summary>
        NotCurated,

        /// <summary>The curated treaty has the state as a party; ATOP does not code it as a member.</summary>
        NotInAtop,
    }

    /// <summary>One membership difference, with the days on which the two sides disagree (<c>To</c> exclusive; null: open).</summary>
    public sealed record MembershipDifference(int AtopId, string Actor, MembershipKind Kind, DateOnly From, DateOnly? To, string Detail)
    {
        public bool Covers(DateOnly day) => From <= day && (To is not { } to || day < to);
    }

    /// <summary>
    /// The curated treaties' parties against ATOP's members of the alliance they name (treaties naming one atopid taken
    /// together: the EU's two treaties are ATOP 4175), by actor (Germany's rows are 260 until 1990-10-02 and 255 after),
    /// each actor's first and last day.
    /// </summary>
    public IReadOnlyList<MembershipDifference> MembershipDifferences()
    {
        var atopEnd = new DateOnly(2016, 12, 31);
        var result = new List<MembershipDifference>();
        foreach (var group in atlas.Treaties.Where(t => !DataSetLoader.IsAtopLevel(t)).SelectMany(t => t.Atop.Select(a => (AtopId: a, Treaty: t))).GroupBy(x => x.AtopId).OrderBy(g => g.Key))
        {
            var parties = group.SelectMany(x => x.Treaty.Parties.Select(p => (Party: p, x.Treaty))).ToArray();
            var rowsByActor = _byAlliance[group.Key].GroupBy(m => ActorOf(m.State, m.Spell.First)?.Value ?? $"COW {m.State}").ToDictionary(g => g.Key, g => g.ToArray());
            foreach (var (actor, rows) in rowsByActor)
            {
                var atopFirst = rows.Min(r => r.Spell.First);
                var atopLast = rows.Max(r => r.Spell.Last);
                var spells = parties.Where(p => p.Party.Actor.Value == actor).ToArray();
                if (spells.Length == 0)
                {
                    result.Add(new(group.Key, actor, MembershipKind.NotCurated, atopFirst, atopLast.AddDays(1), $"not a party; ATOP {atopFirst:yyyy-MM-dd}..{atopLast:yyyy-MM-dd}"));
                    continue;
                }
                var first = spells.MinBy(p => p.Party.Joined.FirstDay);
                var joined = first.Party.Joined.FirstDay;
                var left = spells.Any(p => p.Party.Left is null) ? (DateOnly?)null : spells.Max(p => p.Party.Left!.Value.FirstDay);
                var atopOpen = atopLast == atopEnd;
                if (joined != atopFirst)
                {
                    var fromSignature = atopFirst < joined
                        && (atopFirst == first.Treaty.Signed?.FirstDay || atopFirst == first.Party.Signed?.FirstDay || joined == first.Treaty.InForce?.FirstDay
                            || joined.DayNumber - atopFirst.DayNumber <= 730);
                    result.Add(new(group.Key, actor, fromSignature ? MembershipKind.Signature : MembershipKind.Entry,
                        atopFirst < joined ? atopFirst : joined, atopFirst < joined ? joined : atopFirst, $"entry: ATOP {atopFirst:yyyy-MM-dd}, Entente {joined:yyyy-MM-dd}"));
                }
                if ((left is null) != atopOpen || (left is { } l && !atopOpen && Math.Abs(l.DayNumber - atopLast.DayNumber) > 1))
                {
                    var atopExit = atopLast.AddDays(1);
                    DateOnly from = left is { } x ? (atopOpen ? x : (x < atopExit ? x : atopExit)) : atopExit;
                    DateOnly? to = left is { } y && !atopOpen ? (y < atopExit ? atopExit : y) : null;
                    result.Add(new(group.Key, actor, MembershipKind.Exit, from, to,
                        $"exit: ATOP {(atopOpen ? "in force at 2016-12-31" : atopLast.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}, Entente {(left is { } z ? $"left {z:yyyy-MM-dd}" : "still a party")}"));
                }
            }
            foreach (var extra in parties.Where(p => !rowsByActor.ContainsKey(p.Party.Actor.Value)).GroupBy(p => p.Party.Actor.Value))
            {
                var joined = extra.Min(p => p.Party.Joined.FirstDay);
                DateOnly? left = extra.Any(p => p.Party.Left is null) ? null : extra.Max(p => p.Party.Left!.Value.FirstDay);
                result.Add(new(group.Key, extra.Key, MembershipKind.NotInAtop, joined, left, $"not an ATOP member; Entente from {joined:yyyy-MM-dd}"));
            }
        }
        return result;
    }

    private bool Exists(int code, DateOnly day) => ActorOf(code, day) is { } actor && atlas.Actor(actor).Existed.Contains(day);

    /// <summary>Every (defender, state) pair with an ATOP directed defence pledge on the day.</summary>
    public IEnumerable<(int Defender, int State)> AtopPledgesOn(DateOnly day) =>
        atop.Members.Where(m => m.Spell.Contains(day)).Select(m => m.State).Distinct()
            .SelectMany(s => AtopDefenders(s, day).Keys.Select(d => (d, s)));

    /// <summary>The share of ATOP's directed defence pledges in force on the day that Entente lists too.</summary>
    public (int Listed, int Total) Share(DateOnly day)
    {
        var listed = 0;
        var total = 0;
        foreach (var group in AtopPledgesOn(day).GroupBy(p => p.State))
        {
            var entente = EntenteDefenders(group.Key, day);
            foreach (var (defender, _) in group)
            {
                total++;
                if (entente.ContainsKey(defender))
                    listed++;
            }
        }
        return (listed, total);
    }
}
