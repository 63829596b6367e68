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
