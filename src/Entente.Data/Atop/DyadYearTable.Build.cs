using System.Globalization;
using System.Runtime.CompilerServices;

namespace Entente.Data.Atop;

public sealed partial class DyadYearTable
{
    /// <summary>
    /// Indexes the states and pledges for the years in <paramref name="options"/>. Takes time and memory in
    /// proportion to the number of states squared and of ATOP row pairs, not to the number of rows.
    /// </summary>
    /// <param name="curated">Pledges for the years after ATOP's last one, or null to leave those years NA.</param>
    public static DyadYearTable Build(CowStateSystem system, AtopMemberFile atop, DyadYearOptions options, CuratedPledges? curated = null)
    {
        var states = system.States.OrderBy(s => s.Code).ToArray();
        var n = states.Length;
        var codes = states.Select(s => s.Code).ToArray();
        var index = new Dictionary<int, int>(n);
        for (var i = 0; i < n; i++)
            index.Add(codes[i], i);

        // The pairs' years need only the states, the pledges only the alliances: one on each core.
        var ranges = Task.Run(() => YearRanges(system, states, options));

        var atopIds = atop.Members.Where(m => index.ContainsKey(m.State)).Select(m => m.AtopId).Distinct().Order().ToArray();
        var curatedIds = curated?.Pledges.Select(p => p.Treaty).Distinct().Order(StringComparer.Ordinal).ToArray() ?? [];
        var treaties = atopIds.Select(id => id.ToString(CultureInfo.InvariantCulture)).Concat(curatedIds).ToArray();
        var atopTreaty = atopIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var curatedTreaty = curatedIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => atopIds.Length + x.i, StringComparer.Ordinal);

        var pledges = new List<(int Slot, Pledge Pledge)>();
        foreach (var alliance in atop.Members.Where(m => index.ContainsKey(m.State)).GroupBy(m => m.AtopId))
            AddAlliance(pledges, [.. alliance], atopTreaty[alliance.Key], index, n, Math.Max(atop.FirstYear, options.From), Math.Min(atop.LastYear, options.To));
        foreach (var p in curated?.Pledges ?? [])
        {
            if (!index.TryGetValue(p.From, out var from) || !index.TryGetValue(p.To, out var to) || from == to)
                continue;
            var first = Math.Max(Math.Max(p.Days.First.Year, atop.LastYear + 1), options.From);
            var last = Math.Min(Math.Min(p.Days.Last.Year, curated!.LastYear), options.To);
            if (first <= last)
                pledges.Add(((from * n) + to, new Pledge(first, last, curatedTreaty[p.Treaty], p.Pledges)));
        }
        var (pledgeIndex, sorted) = BySlot(pledges, n * n);
        var (rangeIndex, rangeFirst, rangeLast) = ranges.GetAwaiter().GetResult();

        var sourceByYear = new DyadSource[options.To - options.From + 1];
        for (var year = options.From; year <= options.To; year++)
        {
            sourceByYear[year - options.From] =
                year >= atop.FirstYear && year <= atop.LastYear ? DyadSource.Atop
                : curated is not null && year > atop.LastYear && year <= curated.LastYear ? DyadSource.Curated
                : DyadSource.None;
        }
        string[] sourceNames = ["", atop.SourceName, CuratedPledges.SourceName];
        return new DyadYearTable(options, codes, rangeIndex, rangeFirst, rangeLast,
            pledgeIndex, sorted, treaties, sourceByYear, sourceNames);
    }

    // Every pair of rows of one alliance that overlap: the first state's row promises the second what it carries.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddAlliance(List<(int Slot, Pledge Pledge)> pledges, AtopMember[] rows, int treaty, Dictionary<int, int> index, int n, int firstYear, int lastYear)
    {
        foreach (var a in rows)
        {
            if (a.Pledges == Pledges.None)
                continue;
            var slot = index[a.State] * n;
            foreach (var b in rows)
            {
                if (a.State == b.State || a.Spell.Intersect(b.Spell) is not { } both)
                    continue;
                var first = Math.Max(both.First.Year, firstYear);
                var last = Math.Min(both.Last.Year, lastYear);
                if (first <= last)
                    pledges.Add((slot + index[b.State], new Pledge(first, last, treaty, a.Pledges)));
            }
        }
    }

    // Groups pledges by pair slot (a counting sort: slots are dense) and orders each group by first year.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Index, Pledge[] Pledges) BySlot(List<(int Slot, Pledge Pledge)> pledges, int slots)
    {
        var index = new int[slots + 1];
        foreach (var (slot, _) in pledges)
            index[slot + 1]++;
        for (var slot = 0; slot < slots; slot++)
            index[slot + 1] += index[slot];
        var sorted = new Pledge[pledges.Count];
        var next = index[..^1];
        foreach (var (slot, pledge) in pledges)
            sorted[next[slot]++] = pledge;
        for (var slot = 0; slot < slots; slot++)
        {
            // Insertion sort: a pair has a handful of pledges.
            for (var i = index[slot] + 1; i < index[slot + 1]; i++)
            {
                var pledge = sorted[i];
                var j = i - 1;
                for (; j >= index[slot] && sorted[j].FirstYear > pledge.FirstYear; j--)
                    sorted[j + 1] = sorted[j];
                sorted[j + 1] = pledge;
            }
        }
        return (index, sorted);
    }

    // The years each pair of states shares at least one day in the system, clipped to the table's years.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Index, int[] First, int[] Last) YearRanges(CowStateSystem system, CowState[] states, DyadYearOptions options)
    {
        var n = states.Length;
        var spells = states.Select(s => s.Spells.Select(spell => spell.Last == system.LastDay ? new DaySpan(spell.First, DateOnly.MaxValue) : spell).ToArray()).ToArray();
        var index = new int[(n * n) + 1];
        var first = new List<int>();
        var last = new List<int>();
        var ranges = new List<(int First, int Last)>();
        for (var slot = 0; slot < n * n; slot++)
        {
            index[slot] = first.Count;
            var (i, j) = (slot / n, slot % n);
            if (i >= j)
                continue;
            if (spells[i].Length == 1 && spells[j].Length == 1)
            {
                // Most pairs: one spell each, one range at most.
                if (spells[i][0].Intersect(spells[j][0]) is { } only && Math.Max(only.First.Year, options.From) <= Math.Min(only.Last.Year, options.To))
                {
                    first.Add(Math.Max(only.First.Year, options.From));
                    last.Add(Math.Min(only.Last.Year, options.To));
                }
                continue;
            }
            ranges.Clear();
            foreach (var a in spells[i])
            {
                foreach (var b in spells[j])
                {
                    if (a.Intersect(b) is not { } both)
                        continue;
                    var (from, to) = (Math.Max(both.First.Year, options.From), Math.Min(both.Last.Year, options.To));
                    if (from <= to)
                        ranges.Add((from, to));
                }
            }
            ranges.Sort();
            foreach (var (from, to) in ranges)
            {
                if (first.Count > index[slot] && from <= last[^1] + 1)
                {
                    last[^1] = Math.Max(last[^1], to);
                    continue;
                }
                first.Add(from);
                last.Add(to);
            }
        }
        index[n * n] = first.Count;
        return (index, [.. first], [.. last]);
    }
}
