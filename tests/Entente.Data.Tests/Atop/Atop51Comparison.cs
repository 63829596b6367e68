using System.Globalization;
using Entente.Data.Atop;

namespace Entente.Data.Tests.Atop;

/// <summary>How a table built from ATOP 4.01 compares with the ATOP 5.1 dyad-year table (as peacesciencer ships it).</summary>
/// <param name="Flagged">COW dyad-years up to the last compared year with a flag in either table.</param>
/// <param name="Agree">Of those, the ones whose five flags are all equal.</param>
/// <param name="Asymmetric">Differences in a year the pair shares an alliance ATOP codes <c>asymm</c> or <c>obvary</c>.</param>
/// <param name="NewPair">5.1 flags a pair that no 4.01 alliance ever joins: an alliance 5.x added.</param>
/// <param name="NewYears">5.1 flags a pair in a year no 4.01 alliance covers, the pair being allied in other years.</param>
/// <param name="Recoded">Both flag the dyad-year but with different obligations, no asymmetric alliance involved.</param>
/// <param name="OnlyIn401">4.01 flags a dyad-year 5.1 does not, no asymmetric alliance involved.</param>
/// <param name="NotInCow">Rows of the 5.1 table whose dyad-year is not in the COW system (Monaco, West Germany before 1955…).</param>
internal sealed record Agreement(long Flagged, long Agree, long Asymmetric, long NewPair, long NewYears, long Recoded, long OnlyIn401, long NotInCow)
{
    public double Share => (double)Agree / Flagged;

    public long Differences => Flagged - Agree;

    public long Unexplained => Differences - Asymmetric - NewPair - NewYears - Recoded - OnlyIn401;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"flagged {Flagged:N0}, agree {Agree:N0} ({Share:P2}); differences {Differences:N0}: asymmetric {Asymmetric:N0}, 5.x pair {NewPair:N0}, 5.x years {NewYears:N0}, recoded {Recoded:N0}, only in 4.01 {OnlyIn401:N0}; 5.1 rows not in COW {NotInCow:N0}");
}

/// <summary>Streams a table past the ATOP 5.1 rows and sorts every difference into a kind.</summary>
internal sealed class Atop51Comparison : IDyadYearSink
{
    private readonly Dictionary<long, Pledges> _reference;
    private readonly HashSet<long> _seen = [];
    private readonly HashSet<long> _asymmetric;
    private readonly HashSet<long> _alliedPairs;
    private readonly int _lastYear;
    private readonly bool _directed;
    private long _flagged, _agree, _asymmetricCount, _newPair, _newYears, _recoded, _onlyIn401;

    private Atop51Comparison(Dictionary<long, Pledges> reference, AtopMemberFile members, bool directed, int lastYear)
    {
        (_reference, _directed, _lastYear) = (reference, directed, lastYear);
        _asymmetric = [];
        _alliedPairs = [];
        foreach (var alliance in members.Members.GroupBy(m => m.AtopId))
        {
            foreach (var a in alliance)
            {
                foreach (var b in alliance)
                {
                    if (a.State == b.State || a.Spell.Intersect(b.Spell) is not { } both)
                        continue;
                    _alliedPairs.Add(Pair(a.State, b.State));
                    if (!a.Asymmetric)
                        continue;
                    for (var year = both.First.Year; year <= Math.Min(both.Last.Year, lastYear); year++)
                        _asymmetric.Add(Key(Math.Min(a.State, b.State), Math.Max(a.State, b.State), year));
                }
            }
        }
    }

    /// <summary>Builds the table from the shared files and compares it with ATOP 5.1 for 1816–<paramref name="lastYear"/>.</summary>
    public static Agreement Run(bool directed, int lastYear)
    {
        var members = AtopMemberFile.Read(SharedData.AtopMembers);
        var table = DyadYearTable.Build(CowStateSystem.Read(SharedData.States), members, new DyadYearOptions(directed, 1816, lastYear));
        var comparison = new Atop51Comparison(Reference(directed, lastYear), members, directed, lastYear);
        table.Write(comparison);
        return new Agreement(comparison._flagged, comparison._agree, comparison._asymmetricCount, comparison._newPair, comparison._newYears,
            comparison._recoded, comparison._onlyIn401, comparison._reference.Keys.Count(k => !comparison._seen.Contains(k)));
    }

    // Undirected: peacesciencer's ndir = TRUE, the higher value of either direction.
    private static Dictionary<long, Pledges> Reference(bool directed, int lastYear)
    {
        var rows = new Dictionary<long, Pledges>();
        foreach (var line in File.ReadLines(SharedData.Atop51Dyads).Skip(1))
        {
            var f = line.Split(',');
            var (a, b, year) = (int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture));
            if (year > lastYear)
                continue;
            var pledges = Pledges.None;
            for (var bit = 0; bit < 5; bit++)
                pledges |= f[3 + bit] == "1" ? (Pledges)(1 << bit) : Pledges.None;
            var key = directed ? Key(a, b, year) : Key(Math.Min(a, b), Math.Max(a, b), year);
            rows[key] = rows.GetValueOrDefault(key) | pledges;
        }
        return rows;
    }

    private static long Key(int a, int b, int year) => (((long)a * 10_000) + b) * 10_000 + year;

    private static long Pair(int a, int b) => ((long)a * 10_000) + b;

    public void Write(in DyadYear row)
    {
        if (row.Year > _lastYear)
            return;
        var key = Key(row.Ccode1, row.Ccode2, row.Year);
        _seen.Add(key);
        var ours = row.Pledges ?? throw new InvalidOperationException($"{row.Ccode1},{row.Ccode2},{row.Year} is NA inside ATOP's years.");
        var theirs = _reference.GetValueOrDefault(key);
        if (ours == Pledges.None && theirs == Pledges.None)
            return;
        _flagged++;
        if (ours == theirs)
        {
            _agree++;
            return;
        }
        var allied = _alliedPairs.Contains(Pair(row.Ccode1, row.Ccode2)) || (!_directed && _alliedPairs.Contains(Pair(row.Ccode2, row.Ccode1)));
        if (_asymmetric.Contains(Key(Math.Min(row.Ccode1, row.Ccode2), Math.Max(row.Ccode1, row.Ccode2), row.Year)))
            _asymmetricCount++;
        else if (ours == Pledges.None)
            _ = allied ? _newYears++ : _newPair++;
        else if (theirs == Pledges.None)
            _onlyIn401++;
        else
            _recoded++;
    }
}
