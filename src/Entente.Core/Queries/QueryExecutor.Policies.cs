using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Reasoning;

namespace Entente.Core.Queries;

public static partial class QueryExecutor
{
    // Neutrality, eligibility, provisions, policies, partnerships, allies, defenders, invocations, scope and articles.
    private static QueryResult? Policies(Atlas.Atlas atlas, Query query, DateOnly on) => query switch
    {
        StatusQuery q when atlas.FindPartnership(q.Status) is { } partnership => new StatusResult(on, q.State, partnership,
            [.. partnership.Parties.Where(p => p.Actor == q.State)], partnership.Parties.FirstOrDefault(p => p.Actor == q.State && p.Period.Contains(on))),
        NeutralityQuery q => new NeutralityResult(on, q.State,
            [.. atlas.PoliciesOf(q.State).Where(p => p.Kind == PolicyKind.Neutrality && p.Period.Contains(on))], DefenceTreaties(atlas, q.State, on)),
        EligibilityQuery q => new EligibilityResult(on, Eligibility.Evaluate(atlas, q.State, q.Organization, on)),
        ProvisionsQuery q => Provisions(atlas, q, on),
        PoliciesQuery q => new PoliciesResult(on, q.Actor,
            [.. atlas.PoliciesOf(q.Actor).Where(p => (q.Kind is null || p.Kind == q.Kind) && p.Period.Contains(on))],
            [.. atlas.PoliciesOf(q.Actor).Where(p => (q.Kind is null || p.Kind == q.Kind) && !p.Period.Contains(on))]),
        PolicyBasisQuery q => Basis(atlas, q, on),
        ConstitutionQuery q => new PoliciesResult(on, q.State, [.. atlas.PoliciesOf(q.State).Where(p => p.Kind == PolicyKind.Constitutional && p.Period.Contains(on))], []),
        ParticipationsQuery q => new ParticipationsResult(on, q.State, Engagements(atlas, q.State, on)
            .Where(e => (q.Organization is null || e.Partnership.Organization == q.Organization) && (q.Kinds.Count == 0 || q.Kinds.Contains(e.Partnership.Kind))).ToArray()),
        CooperationQuery q => new ParticipationsResult(on, q.State, Engagements(atlas, q.State, on).Where(e => e.Partnership.Organization == q.Organization).ToArray()),
        PeacekeepingQuery q => new PeacekeepingResult(on, q.State,
            [.. atlas.PoliciesOf(q.State).Where(p => p.Kind == PolicyKind.Law && (p.From?.FirstDay ?? DateOnly.MinValue) <= on)],
            [.. atlas.ParticipationsOf(q.State).Select(p => new Engagement(p, atlas.FindPartnership(p.Partnership)!))
                .Where(e => e.Partnership.Kind == PartnershipKind.Deployment && (e.From?.FirstDay ?? DateOnly.MinValue) <= on)]),
        AlliesQuery q => Allies(atlas, q, on),
        DefendersQuery q => new DefendersResult(on, q, Obligations.Attack(atlas, q.State, on, q.Place is { } place ? atlas.FindPlace(place) : null)),
        InvocationsQuery q => new InvocationsResult(on, [.. atlas.Events
            .Where(e => e.Kind == EventKind.Invocation && (q.Article is null || e.Article == q.Article) && (q.Treaty is null || e.Treaty == q.Treaty) && e.Date.FirstDay <= on
                && (q.By is not { } by || e.Actors.Contains(by)))
            .OrderBy(e => e.Date)]),
        HappeningsQuery q => Happenings(atlas, q, on),
        DecisionRuleQuery q => new DecisionRuleResult(on, q, atlas.DecisionRulesOf(q.Organization)),
        FiguresQuery q => new FiguresResult(on, q, [.. atlas.Events
            .Where(e => e.Date.FirstDay <= on && e.Date.Year >= q.Year - 1 && (e.To ?? e.Date).Year <= q.Year + 1)
            .OrderBy(e => Math.Abs(e.Date.Year - q.Year)).ThenBy(e => e.Date)
            .SelectMany(e => e.Figures.Where(f => f.Measure == q.Measure && (q.People is null || f.People == q.People) && (q.Forces is null || f.Forces == q.Forces)).Select(f => new CountedFigure(e, f)))]),
        OfficeHolderQuery q => OfficeHolder(atlas, q, on),
        InScopeQuery q => InScope(atlas, q, on),
        SuspensionQuery q => new SuspensionResult(on, q.State, q.Organization,
            [.. atlas.EventsOf(q.State).Where(e => e.Kind == EventKind.Suspension && e.Actors.Contains(q.Organization) && e.Date.FirstDay <= on).OrderBy(e => e.Date)]),
        ArticleQuery { Treaty: { } t } q => new ArticleResult(on, atlas.Treaty(t), q.Article, atlas.Treaty(t).Provisions.FirstOrDefault(p => SameArticle(p.Article, q.Article))),
        _ => null,
    };

    private static HappeningsResult Happenings(Atlas.Atlas atlas, HappeningsQuery q, DateOnly on)
    {
        var (from, to) = q.When.Kind switch
        {
            TimeKind.InYear or TimeKind.Between or TimeKind.On => (q.When.From!.Value, q.When.To!.Value),
            TimeKind.Before => (DateOnly.MinValue, q.When.From!.Value.AddDays(-1)),
            TimeKind.After => (q.When.From!.Value.AddDays(1), on),
            TimeKind.Since => (q.When.From!.Value, on),
            _ => (DateOnly.MinValue, on),
        };
        var treaties = q.About is { } about ? Bodies(atlas, about) : [];
        var candidates = atlas.Events
            .Where(e => q.Kinds.Contains(e.Kind) && e.Date.LastDay >= from && e.Date.FirstDay <= to && e.Date.FirstDay <= on
                && q.Against.All(e.Targets.Contains) && (q.Article is null || e.Article == q.Article)
                && (q.About is null || e.Actors.Any(a => a.Value == q.About.Id) || e.Treaty is { } t && treaties.Contains(t)))
            .OrderBy(e => e.Date).ToArray();
        bool ActedBy(Event e, ActorId actor) => e.Actors.Contains(actor)
            || e.Treaty is { } t && atlas.TreatiesOf(actor).Any(x => x.Id == t);
        var events = candidates.Where(e => q.By.All(a => ActedBy(e, a)) && (q.Announces is null || e.Announces == q.Announces)).ToArray();
        return new HappeningsResult(on, q, events, [.. candidates.Except(events)]);
    }

    /// <summary>The treaties an organization or a treaty stands for.</summary>
    private static TreatyId[] Bodies(Atlas.Atlas atlas, EntityRef body) => body.Kind switch
    {
        EntityKind.Actor => [.. atlas.TreatiesOf(new ActorId(body.Id)).Select(t => t.Id)],
        EntityKind.Treaty => [new TreatyId(body.Id)],
        _ => [],
    };

    /// <summary>The defence treaties a state is party to on a day (in force, with a defence clause), oldest first.</summary>
    public static IReadOnlyList<Treaty> DefenceTreaties(Atlas.Atlas atlas, ActorId state, DateOnly on) =>
        atlas.PartiesOf(state).Where(p => p.Period.Contains(on)).Select(p => atlas.Treaty(p.Treaty))
            .Where(t => t.InForcePeriod.Contains(on) && t.Provisions.Any(p => p.Kind == ProvisionKind.Defence))
            .Distinct().OrderBy(t => t.InForce ?? t.Signed).ToArray();

    private static ProvisionsResult Provisions(Atlas.Atlas atlas, ProvisionsQuery q, DateOnly on)
    {
        var treaty = atlas.Treaty(q.Treaty);
        var parties = treaty.Parties.Select(p => p.Actor).Distinct().Select(atlas.Actor).ToArray();
        var reach = new List<ProvisionReach>();
        foreach (var provision in treaty.Provisions.Where(p => p.Kind == q.Kind))
        {
            if (provision.Direction == Direction.OneWay)
            {
                reach.Add(new ProvisionReach(provision, provision.Beneficiaries, [.. parties.Select(a => a.Id).Where(a => !provision.Beneficiaries.Contains(a))]));
                continue;
            }
            var zones = provision.Kind == ProvisionKind.Defence ? Obligations.ZonesOf(treaty, provision) : provision.Zones;
            if (zones.Count == 0)
            {
                reach.Add(new ProvisionReach(provision, [.. parties.Select(a => a.Id)], []));
                continue;
            }
            var outside = parties.Where(a => !Obligations.HomeZones(a, atlas.HomeZones).Intersect(zones).Any()).Select(a => a.Id).ToArray();
            // An area that none of the parties' own territory lies in says nothing about who is protected.
            reach.Add(outside.Length == parties.Length
                ? new ProvisionReach(provision, [.. parties.Select(a => a.Id)], [])
                : new ProvisionReach(provision, [.. parties.Select(a => a.Id).Except(outside)], outside));
        }
        _ = on;
        return new ProvisionsResult(on, treaty, q.Kind, reach);
    }

    private static Engagement[] Engagements(Atlas.Atlas atlas, ActorId state, DateOnly on) =>
        atlas.ParticipationsOf(state).Select(p => new Engagement(p, atlas.FindPartnership(p.Partnership)!))
            .Where(e => new Interval(e.From, e.Participation.Left ?? e.Partnership.To).Contains(on)).ToArray();

    private static AlliesResult Allies(Atlas.Atlas atlas, AlliesQuery q, DateOnly on)
    {
        var treaties = DefenceTreaties(atlas, q.State, on);
        var with = q.Other is { } other ? treaties.Where(t => atlas.IsParty(other, t.Id, on)).ToArray() : [];
        return new AlliesResult(on, q.State, treaties, with);
    }

    private static InScopeResult InScope(Atlas.Atlas atlas, InScopeQuery q, DateOnly on)
    {
        var treaty = TreatyOf(atlas, q.Body);
        var scope = treaty?.Provisions.FirstOrDefault(p => p.Kind == ProvisionKind.Scope);
        if (treaty is null || scope is null)
            return new InScopeResult(on, q.State, treaty, null, null);
        // Every state has a metropolitan territory; only the named regions tell one area from another.
        var home = Obligations.HomeZones(atlas.Actor(q.State), atlas.HomeZones).Where(z => z != "metropolitan-territory");
        return new InScopeResult(on, q.State, treaty, scope, scope.Zones.Intersect(home).Any());
    }

    /// <summary>Whether two article numbers name the same article ("5" and "V", "4" and "IV").</summary>
    public static bool SameArticle(string a, string b) => string.Equals(Arabic(a), Arabic(b), StringComparison.OrdinalIgnoreCase);

    private static string Arabic(string article)
    {
        var roman = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50 };
        var upper = article.ToUpperInvariant();
        if (upper.Length == 0 || !upper.All(roman.ContainsKey))
            return article;
        var total = 0;
        for (var i = 0; i < upper.Length; i++)
        {
            var v = roman[upper[i]];
            total += i + 1 < upper.Length && roman[upper[i + 1]] > v ? -v : v;
        }
        return total.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // The person's spells; those in the office named (by state or organization and title, either may be left open);
    // and who held that office on the day, where one office is named and its holders cover the day.
    private static OfficeHolderResult OfficeHolder(Atlas.Atlas atlas, OfficeHolderQuery q, DateOnly on)
    {
        var spells = atlas.People.Spells(q.Person);
        bool Fits(Office o) => (q.Organization is not { } org || o.Organization == org) && (q.Title is not { } title || o.Title == title);
        var named = spells.Where(s => Fits(s.Office)).ToArray();
        var offices = (q.Organization is { } of ? atlas.OfficesOf(of) : spells.Select(s => s.Office).Distinct()).Where(Fits).ToArray();
        PersonSpell? onTheDay = null;
        if (offices.Length == 1 && offices[0].Holders.FirstOrDefault(h => h.Period.Contains(on)) is { } holder)
            onTheDay = new PersonSpell(offices[0], holder);
        return new OfficeHolderResult(on, q, spells, named, onTheDay);
    }
}

