using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Reasoning;
using Entente.Language.Views;

namespace Entente.Web.Api;

/// <summary>One state or organization in the list the map joins on; <paramref name="IsoNumeric"/> is world-atlas's feature id;
/// from (inclusive) and to (exclusive) are when it existed, null when always or still; <paramref name="Cow"/> the spells the
/// Correlates of War state system counts it as a state (the map draws a former state over the successors not in the system then);
/// <paramref name="Successor"/> the state that continues a former one.</summary>
internal sealed record ActorSummaryJson(string Id, string Kind, string Name, string? Iso2, string? IsoNumeric, string? Continent, string? From, string? To,
    IReadOnlyList<SpellJson> Cow, string? Successor)
{
    internal static IReadOnlyList<ActorSummaryJson> All(Atlas atlas) =>
        [.. atlas.Actors.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new ActorSummaryJson(a.Id.Value, a.IsState ? "state" : "organization", a.Name,
            a.Iso2, a.IsoNumeric, a.Continent, a.Existed.From?.ToString(), a.Existed.To?.ToString(),
            [.. a.Cow.Select(c => new SpellJson(c.From.ToString(), c.To?.ToString()))], a.Successor?.Value))];
}

/// <summary>A spell: from inclusive, to exclusive (null: still).</summary>
internal sealed record SpellJson(string From, string? To);

/// <summary>Who stands behind a state on a day.</summary>
internal sealed record BackersJson(string Of, string Name, string On, string Reviewed, bool AfterReview, IReadOnlyList<BackerJson> Backers, IReadOnlyList<SourceJson> Sources)
{
    internal static BackersJson Build(Atlas atlas, Actor target, DateOnly on, IReadOnlyList<Backer> backers) => new(
        target.Id.Value, target.Name, SourceJson.Day(on), atlas.Dataset.Reviewed.ToString(), atlas.IsAfterReview(on),
        [.. backers.Select(b => new BackerJson(b.Actor.Value, atlas.Actor(b.Actor).Name, Role(b.Role),
            [.. b.Basis.Select(x => new BackerBasisJson(Role(x.Role), x.Id, x.Name, x.Article, [.. x.Sources.Select(s => s.Value)]))]))],
        SourceJson.Of(atlas, backers.SelectMany(b => b.Basis).SelectMany(b => b.Sources)));

    private static string Role(BackerRole role) => role switch
    {
        BackerRole.Defends => "defends",
        BackerRole.DefendsIfCovered => "defends-if-covered",
        BackerRole.Consults => "consults",
        _ => "partner",
    };
}

/// <summary>One backer: its strongest role (<c>defends</c>, <c>defends-if-covered</c>, <c>consults</c> or <c>partner</c>) and what it rests on.</summary>
internal sealed record BackerJson(string Id, string Name, string Role, IReadOnlyList<BackerBasisJson> Basis);

/// <summary>A treaty or partnership behind a role, with its article and the ids of its sources.</summary>
internal sealed record BackerBasisJson(string Role, string Id, string Name, string? Article, IReadOnlyList<string> Sources);

/// <summary>An alliance treaty (a defence or consultation pledge), with the organization it creates and its dates.</summary>
internal sealed record AllianceJson(string Id, string Name, string? Organization, string? OrganizationName, string? OrganizationEnded, string? InForce, string? Ended)
{
    internal static IReadOnlyList<AllianceJson> All(Atlas atlas, IReadOnlyList<Treaty> treaties) => [.. treaties.Select(t =>
    {
        var organization = t.Organization is { } org ? atlas.FindActor(org) : null;
        return new AllianceJson(t.Id.Value, t.Name, t.Organization?.Value, organization?.Name, organization?.Existed.To?.ToString(),
            (t.InForce ?? t.Signed)?.ToString(), t.Ended?.ToString());
    })];
}

/// <summary>The alliance system on a day: the alliances in force, their parties, and each tie (<c>mutual</c>, <c>guarantor</c> or <c>beneficiary</c>).</summary>
internal sealed record NetworkJson(string On, IReadOnlyList<NetworkAllianceJson> Alliances, IReadOnlyList<NetworkActorJson> Actors, IReadOnlyList<TieJson> Ties)
{
    internal static NetworkJson Build(Atlas atlas, DateOnly on, IReadOnlyList<AllianceTie> ties) => new(
        SourceJson.Day(on),
        [.. ties.Select(t => t.Treaty).Distinct().Select(t => new NetworkAllianceJson(t.Id.Value, t.Name, t.Organization?.Value))],
        [.. ties.Select(t => t.Actor).Distinct().OrderBy(a => a.Value, StringComparer.Ordinal).Select(a => new NetworkActorJson(a.Value, atlas.Actor(a).Name))],
        [.. ties.Select(t => new TieJson(t.Treaty.Id.Value, t.Actor.Value, t.Role.ToString().ToLowerInvariant()))]);
}

/// <summary>An alliance in the network.</summary>
internal sealed record NetworkAllianceJson(string Id, string Name, string? Organization);

/// <summary>A party in the network.</summary>
internal sealed record NetworkActorJson(string Id, string Name);

/// <summary>A party's tie to an alliance: <c>mutual</c>, <c>guarantor</c> or <c>beneficiary</c>.</summary>
internal sealed record TieJson(string Alliance, string Actor, string Role);
