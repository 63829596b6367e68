using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Views;

/// <summary>
/// Everything an actor belongs to or holds to, shared by <c>entente memberships --json</c> and <c>GET /api/memberships/{id}</c>;
/// <see cref="MembershipJson.Current"/> marks those in force on <paramref name="On"/>.
/// </summary>
public sealed record MembershipsJson(string Of, string Name, string On, string Reviewed, IReadOnlyList<MembershipJson> Memberships)
{
    public static MembershipsJson Build(Atlas atlas, Actor actor, DateOnly day, IReadOnlyList<Affiliation> rows) => new(
        actor.Id.Value, actor.Name, SourceJson.Day(day), atlas.Dataset.Reviewed.ToString(),
        [.. rows.Select(row => new MembershipJson(row.Kind.ToString().ToLowerInvariant(), row.Id, row.Name, row.Period.From?.ToString(), row.Period.To?.ToString(),
            row.Current, row.How, SourceJson.Of(atlas, row.Sources)))]);
}

/// <summary>One treaty, organization, partnership or policy (<paramref name="Kind"/>): from inclusive, to exclusive (null: still).</summary>
public sealed record MembershipJson(string Kind, string Id, string Name, string? From, string? To, bool Current, string How, IReadOnlyList<SourceJson> Sources);
