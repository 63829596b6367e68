using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Views;

/// <summary>
/// The members of an organization (or the parties to a treaty) on a day, shared by <c>entente members --json</c> and
/// <c>GET /api/members/{id}</c>.
/// </summary>
/// <param name="Reviewed">The date up to which the data set was reviewed; <paramref name="AfterReview"/> says whether <paramref name="On"/> is after it.</param>
public sealed record MembersJson(string Of, string Name, string On, string Reviewed, bool AfterReview, int Count, IReadOnlyList<MemberJson> Members)
{
    public static MembersJson Build(Atlas atlas, EntityRef entity, DateOnly day, IReadOnlyList<Party> members) => new(
        entity.Id, entity.Name, SourceJson.Day(day), atlas.Dataset.Reviewed.ToString(), atlas.IsAfterReview(day), members.Count,
        [.. members.Select(party => new MemberJson(
            party.Actor.Value,
            atlas.Actor(party.Actor).Name,
            party.Joined.ToString(),
            party.How.ToString().ToLowerInvariant(),
            party.Treaty.Value,
            [.. atlas.SuspensionsOn(party.Treaty, party.Actor, day).Select(s => new SuspensionJson(s.Towards?.Value, s.From.ToString()))],
            SourceJson.Of(atlas.Source(party.Sources[0]))))]);
}

/// <summary>One member: since when (<c>YYYY[-MM[-DD]]</c>), how it joined, under which treaty, its suspensions on the day and the source.</summary>
public sealed record MemberJson(string Id, string Name, string Since, string How, string Treaty, IReadOnlyList<SuspensionJson> Suspended, SourceJson Source);

/// <summary>A suspension in force: towards one party (or all when null), since when.</summary>
public sealed record SuspensionJson(string? Towards, string Since);
