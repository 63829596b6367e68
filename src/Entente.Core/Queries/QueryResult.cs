using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Core.Queries;

/// <summary>What running a query found, on its date of truth, with the facts' sources inside.</summary>
public abstract record QueryResult(DateOnly On);

/// <summary>Where a state stands towards an organization or treaty on a day.</summary>
public enum MembershipStatus
{
    Member,

    /// <summary>It joined later.</summary>
    NotYet,

    /// <summary>It was a member and left.</summary>
    Former,

    /// <summary>It has never been a member.</summary>
    Never,

    /// <summary>The organization or treaty did not exist (or was not in force) on that day.</summary>
    BodyAbsent,
}

/// <summary>A state's membership on a day, with every spell of it.</summary>
/// <param name="Spell">The spell in force on the day, if any.</param>
public sealed record MembershipResult(DateOnly On, ActorId State, EntityRef Body, MembershipStatus Status, Party? Spell, IReadOnlyList<Party> Spells) : QueryResult(On);

/// <summary>The members a query chose (ordered by the day they joined), and whether the body existed then.</summary>
public sealed record MembersResult(DateOnly On, EntityRef Body, MembersQuery Query, IReadOnlyList<Party> Members, bool BodyExisted) : QueryResult(On)
{
    public int Count => Members.Select(m => m.Actor).Distinct().Count();

    /// <summary>
    /// For <see cref="MemberAggregate.Rank"/>: the ranks the members joined at, in the order of joining (several when they
    /// joined on one day: Greece and Türkiye were NATO's 13th and 14th together), and how many had joined in all.
    /// </summary>
    public (int From, int To, int OfAll)? Ranks { get; init; }
}

/// <summary>A date of a thing, or null where the data has none.</summary>
public sealed record DateResult(DateOnly On, DateQuery Query, PartialDate? Date, IReadOnlyList<SourceId> Sources) : QueryResult(On);

/// <summary>Two organizations' member counts on a day.</summary>
public sealed record CompareMembersResult(DateOnly On, MembersResult Left, MembersResult Right) : QueryResult(On);

/// <summary>The stem's result and, for each option, whether it fits.</summary>
public sealed record ChoiceResult(DateOnly On, QueryResult? Stem, IReadOnlyList<(ChoiceOption Option, bool? Fits)> Options) : QueryResult(On)
{
    /// <summary>The options that fit; empty when none could be judged.</summary>
    public IEnumerable<ChoiceOption> Fitting => Options.Where(o => o.Fits == true).Select(o => o.Option);
}

/// <summary>
/// Who takes part in a partnership (a forum, a programme, an arrangement that is not an alliance) on a day, and everyone
/// who ever has. A partnership carries no defence pledge, so its participants are not members of an alliance.
/// </summary>
public sealed record ParticipantsResult(DateOnly On, Partnership Partnership, IReadOnlyList<Participation> Current, IReadOnlyList<Participation> All) : QueryResult(On);

/// <summary>
/// Whether a thing binds its parties to defend each other: the defence provision that does (with its treaty), or none;
/// and what the data says it is (its description's nature and pledge), where it has one.
/// </summary>
/// <summary>
/// The ratifications of the protocol admitting a state, earliest first; <paramref name="Missing"/> the members of the
/// treaty on the day of the first that have none recorded (the first or last is known only when none is missing);
/// <paramref name="Chosen"/> the one member's asked, or the first or last (several on one day).
/// </summary>
public sealed record RatificationsResult(DateOnly On, RatificationsQuery Query, IReadOnlyList<Event> Ratifications, IReadOnlyList<ActorId> Missing, IReadOnlyList<Event> Chosen) : QueryResult(On)
{
    /// <summary>Every member of the treaty when ratifying began has a recorded ratification.</summary>
    public bool Complete => Ratifications.Count > 0 && Missing.Count == 0;
}

/// <summary>The events a question named, earliest first (those recorded up to the day asked of).</summary>
public sealed record NamedEventsResult(DateOnly On, IReadOnlyList<Event> Events) : QueryResult(On);

/// <summary>
/// Whether a document binds its parties in law: a treaty does (<paramref name="Treaty"/>, the one of the subject); a
/// partnership as its <see cref="Partnership.Binding"/> says; null when the data does not say.
/// </summary>
public sealed record BindingResult(DateOnly On, EntityRef Subject, bool? Binding, Treaty? Treaty, IReadOnlyList<SourceId> Sources) : QueryResult(On);

public sealed record AllianceResult(DateOnly On, EntityRef Subject, Treaty? Treaty, Provision? Pledge, Description? Description) : QueryResult(On)
{
    /// <summary>True when a defence pledge binds it, false when the data says none does, null when the data cannot tell.</summary>
    public bool? IsAlliance => Pledge is not null ? true
        : Subject.Kind == EntityKind.Partnership ? false
        : Description?.DefencePledge is { } pledge ? pledge
        : Description?.Nature switch
        {
            Nature.CollectiveDefenceAlliance or Nature.BilateralDefenceTreaty => true,
            null or Nature.PoliticalUnion or Nature.Other => null,
            _ => false,
        };
}

/// <summary>Whether a treaty is in force (or an organization in being) on a day, as far as the data can say.</summary>
public enum InForceStatus
{
    /// <summary>In force (in being) on the day.</summary>
    InForce,

    /// <summary>Not yet: it entered into force (was founded) later, or was signed and is not known to have entered into force.</summary>
    NotYet,

    /// <summary>Ended (dissolved) on or before the day.</summary>
    Ended,

    /// <summary>
    /// An ATOP-level alliance ATOP shows in force at the end of its coverage, asked of a later day, that no source read since
    /// confirms or ends: neither a yes nor a no.
    /// </summary>
    NotConfirmed,
}

/// <summary>The standing of a treaty and of the organization it founded on a day (either may be absent).</summary>
/// <param name="Confirmed">For an ATOP-level alliance asked of a day after ATOP's end: the day a source read since shows it in force.</param>
public sealed record InForceResult(DateOnly On, EntityRef Subject, Treaty? Treaty, InForceStatus? TreatyStatus, Actor? Organization, InForceStatus? OrganizationStatus,
    PartialDate? Confirmed) : QueryResult(On);
