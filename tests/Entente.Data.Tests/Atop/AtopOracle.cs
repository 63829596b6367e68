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
