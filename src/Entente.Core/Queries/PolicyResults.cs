using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Reasoning;

namespace Entente.Core.Queries;

/// <summary>
/// Whether a state takes part in a partnership or holds a status on a day: its spells in the data (none when the data
/// does not list it, which settles nothing) and the one holding then, if any.
/// </summary>
public sealed record StatusResult(DateOnly On, ActorId State, Partnership Partnership, IReadOnlyList<Participation> Spells, Participation? Holding) : QueryResult(On);

/// <summary>A state's neutrality policies in force on a day and the defence treaties it is party to then.</summary>
public sealed record NeutralityResult(DateOnly On, ActorId State, IReadOnlyList<Policy> Neutrality, IReadOnlyList<Treaty> DefenceTreaties) : QueryResult(On)
{
    /// <summary>Whether the data can say anything: a neutrality policy or a defence treaty.</summary>
    public bool Known => Neutrality.Count > 0 || DefenceTreaties.Count > 0;

    public bool IsNeutral => Neutrality.Count > 0;
}

/// <summary>Why a state is (not) in an organization and whether it could join, as <see cref="Eligibility"/> reports it.</summary>
public sealed record EligibilityResult(DateOnly On, EligibilityReport Report) : QueryResult(On);

/// <summary>How far a provision reaches: for a mutual one limited to an area, the parties whose own territory lies outside it.</summary>
/// <param name="Outside">Parties none of whose home zones the provision's area covers (empty when it covers all, or names no area).</param>
/// <param name="Inside">The other parties.</param>
public sealed record ProvisionReach(Provision Provision, IReadOnlyList<ActorId> Inside, IReadOnlyList<ActorId> Outside)
{
    /// <summary>Whether the provision protects some parties only: one-way, or mutual in an area outside some parties' territory.</summary>
    public bool Asymmetric => Provision.Direction == Direction.OneWay || (Outside.Count > 0 && Inside.Count > 0);
}

/// <summary>A treaty's provisions of the kind asked, each with its reach.</summary>
public sealed record ProvisionsResult(DateOnly On, Treaty Treaty, ProvisionKind Kind, IReadOnlyList<ProvisionReach> Provisions) : QueryResult(On);

/// <summary>The policies asked for: those in force on the day, and those of the kind that are not (any longer).</summary>
public sealed record PoliciesResult(DateOnly On, ActorId Actor, IReadOnlyList<Policy> InForce, IReadOnlyList<Policy> Other) : QueryResult(On);

/// <summary>A state's part in one partnership.</summary>
public sealed record Engagement(Participation Participation, Partnership Partnership)
{
    /// <summary>When the state's part began, as far as the data knows.</summary>
    public PartialDate? From => Participation.Joined ?? Participation.KnownFrom ?? Partnership.From;
}

/// <summary>The partnerships a state takes part in on a day, of the kinds asked.</summary>
public sealed record ParticipationsResult(DateOnly On, ActorId State, IReadOnlyList<Engagement> Engagements) : QueryResult(On);

/// <summary>A state's defence treaties in force on a day, and those of them shared with another state.</summary>
public sealed record AlliesResult(DateOnly On, ActorId State, IReadOnlyList<Treaty> DefenceTreaties, IReadOnlyList<Treaty> With) : QueryResult(On);

/// <summary>Who must respond to an armed attack on a state, as <see cref="Obligations.Attack"/> finds it.</summary>
public sealed record DefendersResult(DateOnly On, DefendersQuery Query, AttackAnalysis Analysis) : QueryResult(On);

/// <summary>The invocations of an article (or a treaty) on record up to the day; <see cref="Count"/> counts distinct days.</summary>
public sealed record InvocationsResult(DateOnly On, IReadOnlyList<Event> Invocations) : QueryResult(On)
{
    public int Count => Invocations.Select(e => e.Date).Distinct().Count();
}

/// <summary>The rules an organization decides by, as the data records them (empty when it does not).</summary>
public sealed record DecisionRuleResult(DateOnly On, DecisionRuleQuery Query, IReadOnlyList<DecisionRule> Rules) : QueryResult(On);

/// <summary>The figures a <see cref="FiguresQuery"/> asks for, nearest the year first; empty when none is on record.</summary>
public sealed record FiguresResult(DateOnly On, FiguresQuery Query, IReadOnlyList<CountedFigure> Figures) : QueryResult(On);

/// <summary>A figure of an event, with the event it counts.</summary>
public sealed record CountedFigure(Event Event, EventFigure Figure);

/// <summary>
/// The events a <see cref="HappeningsQuery"/> asks for, oldest first: <see cref="Events"/> those whose actors include
/// everyone the query names as acting (and that announce the change asked); <see cref="Others"/> those of the same
/// kind, target and body that do not (so "Romania invaded Czechoslovakia" can be answered with who did, and "announced
/// it would leave" with the freeze that was announced).
/// </summary>
public sealed record HappeningsResult(DateOnly On, HappeningsQuery Query, IReadOnlyList<Event> Events, IReadOnlyList<Event> Others) : QueryResult(On);

/// <summary>A state's part in peacekeeping: its laws in force and the deployments it took part in.</summary>
public sealed record PeacekeepingResult(DateOnly On, ActorId State, IReadOnlyList<Policy> Laws, IReadOnlyList<Engagement> Deployments) : QueryResult(On);

/// <summary>The scope article of a body's treaty and whether a state's territory lies inside it (null when the treaty has none).</summary>
public sealed record InScopeResult(DateOnly On, ActorId State, Treaty? Treaty, Provision? Scope, bool? Inside) : QueryResult(On);

/// <summary>An article of a treaty: its provision as the data records it, or null when the data has none by that number.</summary>
public sealed record ArticleResult(DateOnly On, Treaty? Treaty, string Article, Provision? Provision) : QueryResult(On);

/// <summary>A state's suspensions of its part in an organization up to the day (a freeze, a suspended membership), oldest first.</summary>
public sealed record SuspensionResult(DateOnly On, ActorId State, ActorId Organization, IReadOnlyList<Event> Suspensions) : QueryResult(On);

/// <summary>A term of the glossary, with the things in the data it names as examples.</summary>
public sealed record TermResult(DateOnly On, Term Term, TermAspect Aspect, IReadOnlyList<EntityRef> Examples) : QueryResult(On);

/// <summary>
/// A person's spells in office: all the data records (<see cref="Spells"/>), those in the office the query names
/// (<see cref="Named"/>), and who held that office on the day (<see cref="OnTheDay"/>, null when the data does not
/// cover the day). <see cref="Named"/> is empty when the person never held the office in the data.
/// </summary>
public sealed record OfficeHolderResult(DateOnly On, OfficeHolderQuery Query, IReadOnlyList<Atlas.PersonSpell> Spells, IReadOnlyList<Atlas.PersonSpell> Named, Atlas.PersonSpell? OnTheDay) : QueryResult(On);
