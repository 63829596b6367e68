using Entente.Core.Model;

namespace Entente.Core.Reasoning;

/// <summary>
/// Works out who must respond to an armed attack on a state on a date: the directed reading of every
/// defence and consultation provision in force, with suspensions and geographic scope applied.
/// </summary>
public static class Obligations
{
    /// <summary>Analyses an attack on <paramref name="target"/> on <paramref name="on"/>, at <paramref name="where"/> if given.</summary>
    public static AttackAnalysis Attack(Atlas.Atlas atlas, ActorId target, DateOnly on, Place? where = null)
    {
        var actor = atlas.Actor(target);
        var obligations = new List<Obligation>();
        var notBeneficiary = new List<(Treaty, Provision)>();
        var coverage = DataCoverageCheck.Of(atlas.Dataset, on);
        // The treaties the target is a party to, and those that protect it without making it a party (the
        // SEATO Protocol's designated states): for the latter only the one-way provisions naming it apply.
        var asParty = atlas.PartiesOf(target).Where(p => p.Period.Contains(on)).Select(p => p.Treaty).ToHashSet();
        // A treaty the target is a party to at some other time protects it only while it is a party (Italy in the Triple
        // Alliance before it joined and after it left): the beneficiary path is for states that are never parties.
        var everParty = atlas.PartiesOf(target).Select(p => p.Treaty).ToHashSet();
        var asBeneficiary = atlas.Treaties.Where(t => !everParty.Contains(t.Id)
            && t.Provisions.Any(p => p.Direction == Direction.OneWay && p.Beneficiaries.Contains(target))).Select(t => t.Id);
        foreach (var treatyId in asParty.Concat(asBeneficiary).Distinct())
        {
            var treaty = atlas.Treaty(treatyId);
            if (!treaty.InForcePeriod.Contains(on))
                continue;
            var isParty = asParty.Contains(treatyId);
            var parties = atlas.PartiesOn(treaty.Id, on).Select(p => p.Actor).Distinct().ToArray();
            var unconfirmed = coverage.AfterAtop && treaty.AfterAtop is { Status: AfterAtopStatus.NotConfirmed };
            foreach (var provision in treaty.Provisions.Where(p => p.Kind is ProvisionKind.Defence or ProvisionKind.Consultation && p.Period.Contains(on)
                && (isParty || (p.Direction == Direction.OneWay && p.Beneficiaries.Contains(target)))))
            {
                IEnumerable<ActorId> bound;
                if (provision.Direction == Direction.OneWay)
                {
                    if (!provision.Beneficiaries.Contains(target))
                    {
                        notBeneficiary.Add((treaty, provision));
                        continue;
                    }
                    bound = provision.Obliged.Where(parties.Contains);
                }
                else
                {
                    bound = parties;
                }
                var guarantors = new List<ActorId>();
                var excluded = new List<(ActorId, string, IReadOnlyList<SourceId>)>();
                // A party whose own participation is suspended in whole (Syria in the Arab League 2011-2023) is owed
                // nothing under the treaty while it lasts, as it owes nothing.
                var own = isParty ? atlas.SuspensionsOn(treaty.Id, target, on).FirstOrDefault(s => s.Towards is null) : null;
                foreach (var guarantor in bound.Where(g => g != target))
                {
                    if (own is not null)
                    {
                        excluded.Add((guarantor, $"{actor.Name}'s own participation has been suspended since {own.From}", own.Sources));
                        continue;
                    }
                    var suspension = atlas.SuspensionsOn(treaty.Id, guarantor, on).FirstOrDefault(s => s.Towards is null || s.Towards == target);
                    if (suspension is null)
                        guarantors.Add(guarantor);
                    else
                        excluded.Add((guarantor, $"its obligations{(suspension.Towards is null ? "" : $" towards {actor.Name}")} have been suspended since {suspension.From}", suspension.Sources));
                }
                var (cover, reason) = Cover(atlas, treaty, provision, where, actor, on);
                obligations.Add(new Obligation(treaty, provision, guarantors, excluded, cover, reason, unconfirmed));
            }
        }
        var ordered = obligations.OrderBy(o => o.IsDefence ? 0 : 1).ThenBy(o => o.Coverage).ThenByDescending(o => o.Guarantors.Count).ThenBy(o => o.Treaty.Name, StringComparer.Ordinal).ToArray();
        return new AttackAnalysis(actor, on, where, ordered, notBeneficiary, coverage);
    }

    /// <summary>The zones of a provision's scope: its own, or else those of the treaty's scope article.</summary>
    public static IReadOnlyList<string> ZonesOf(Treaty treaty, Provision provision) =>
        provision.Zones.Count > 0 ? provision.Zones
        : treaty.Provisions.Where(p => p.Kind == ProvisionKind.Scope).SelectMany(p => p.Zones).Distinct().ToArray();

    /// <summary>
    /// The zones a state's own territory lies in: the data set's home zones (a party's metropolitan
    /// territory), its M49 region's zone, and those the data gives the state.
    /// </summary>
    public static IReadOnlyList<string> HomeZones(Actor state, IEnumerable<string> homeZones)
    {
        var zones = new List<string>(state.Zones);
        zones.AddRange(homeZones);
        if (state.Continent == "Europe")
            zones.Add("europe");
        if (state.Region == "Northern America")
            zones.Add("north-america");
        return zones;
    }

    private static (Coverage, string?) Cover(Atlas.Atlas atlas, Treaty treaty, Provision provision, Place? where, Actor target, DateOnly on)
    {
        var homeZones = atlas.HomeZones;
        var zones = ZonesOf(treaty, provision);
        string Words(IEnumerable<string> ids) => string.Join("; ", ids.Select(atlas.ZoneName));
        if (where is null)
        {
            // An attack on the state's own territory: covered unless the scope is broken down into zones
            // and the data places the territory in none of them.
            if (zones.Count == 0)
                return (Coverage.Covered, null);
            var home = HomeZones(target, homeZones).Concat(zones.Where(z => atlas.FindZone(z)?.AdministeredBy == target.Id)).ToArray();
            // Every zone is a territory administered by some other state: the target's own territory lies outside.
            if (!zones.Intersect(home).Any() && zones.All(z => atlas.FindZone(z)?.AdministeredBy is { } by && by != target.Id))
                return (Coverage.NotCovered, $"{Naming.Of(target)}'s own territory lies outside the area defined by {Naming.Article(ScopeArticle(treaty, provision))} ({Words(zones)})");
            if (home.Length == 0)
                return (Coverage.Unknown, $"the data does not say whether {target.Name}'s territory lies in the area of {Naming.Article(ScopeArticle(treaty, provision))} ({Words(zones)})");
            // Outside the zones the data gives its territory is "not known", not "no": the data may simply not
            // place the territory in a zone the treaty uses.
            return zones.Intersect(home).Any()
                ? (Coverage.Covered, null)
                : (Coverage.Unknown, $"the data does not place {Naming.Of(target)}'s own territory in the area of {Naming.Article(ScopeArticle(treaty, provision))} ({Words(zones)})");
        }
        if (zones.Count == 0)
            return (Coverage.Unknown, $"the data does not break down the scope of {Naming.Article(provision.Article)}{(provision.Scope is { } s ? $" ({s})" : "")}, so whether it covers {where.Name} is not known");
        var shared = zones.Intersect(where.ZonesOn(on)).ToArray();
        var unsettled = zones.Intersect(where.Unsettled).ToArray();
        if (shared.Length == 0 && unsettled.Length > 0)
            return (Coverage.Unknown, $"whether {Naming.Of(where)} counts as part of the area of {Naming.Article(ScopeArticle(treaty, provision))} ({Words(unsettled)}) is disputed{(where.Note is { } note ? $": {Reasoning.Eligibility.FirstSentence(note).TrimEnd('.')}" : "")}");
        return shared.Length > 0
            ? (Coverage.Covered, $"{Naming.Of(where)} {Naming.Lies(where)} in the area of {Naming.Article(ScopeArticle(treaty, provision))} ({Words(shared)})")
            : (Coverage.NotCovered, $"{Naming.Of(where)} {Naming.Lies(where)} outside the area defined by {Naming.Article(ScopeArticle(treaty, provision))} ({Words(zones)})");
    }


    // The article that defines the area: a scope article naming the provision's zones (NATO's Article 6 for Article 5), else the provision itself.
    private static string ScopeArticle(Treaty treaty, Provision provision) =>
        treaty.Provisions.FirstOrDefault(p => p.Kind == ProvisionKind.Scope && p.Zones.Count > 0 && (provision.Zones.Count == 0 || provision.Zones.All(p.Zones.Contains)))?.Article
        ?? (provision.Zones.Count > 0 ? provision.Article : treaty.Provisions.First(p => p.Kind == ProvisionKind.Scope && p.Zones.Count > 0).Article);
}
