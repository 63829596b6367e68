using System.Text.Json;
using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Reasoning;
using Entente.Language.Views;

namespace Entente.Web.Api;

/// <summary>The JSON only the web needs: the actor list the map joins on, who backs a state, and the alliance network.</summary>
internal static class MapJson
{
    /// <summary><c>[{id, kind, name, iso2, isoNumeric, continent, from, to}]</c> by name; <c>isoNumeric</c> is world-atlas's feature id.</summary>
    public static void WriteActors(Utf8JsonWriter json, Atlas atlas)
    {
        json.WriteStartArray();
        foreach (var actor in atlas.Actors.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", actor.Id.Value);
            json.WriteString("kind", actor.IsState ? "state" : "organization");
            json.WriteString("name", actor.Name);
            json.WriteStringOrNull("iso2", actor.Iso2);
            json.WriteStringOrNull("isoNumeric", actor.IsoNumeric);
            json.WriteStringOrNull("continent", actor.Continent);
            json.WriteStringOrNull("from", actor.Existed.From?.ToString());
            json.WriteStringOrNull("to", actor.Existed.To?.ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>
    /// <c>{of, name, on, reviewed, afterReview, backers[{id, name, role, basis[{role, id, name, article, sources[]}]}], sources[]}</c>;
    /// a role is <c>defends</c>, <c>defends-if-covered</c>, <c>consults</c> or <c>partner</c>.
    /// </summary>
    public static void WriteBackers(Utf8JsonWriter json, Atlas atlas, Actor target, DateOnly on, IReadOnlyList<Backer> backers)
    {
        json.WriteStartObject();
        json.WriteString("of", target.Id.Value);
        json.WriteString("name", target.Name);
        json.WriteString("on", JsonWriting.Day(on));
        json.WriteString("reviewed", atlas.Dataset.Reviewed.ToString());
        json.WriteBoolean("afterReview", atlas.IsAfterReview(on));
        json.WriteStartArray("backers");
        foreach (var backer in backers)
        {
            json.WriteStartObject();
            json.WriteString("id", backer.Actor.Value);
            json.WriteString("name", atlas.Actor(backer.Actor).Name);
            json.WriteString("role", Role(backer.Role));
            json.WriteStartArray("basis");
            foreach (var basis in backer.Basis)
            {
                json.WriteStartObject();
                json.WriteString("role", Role(basis.Role));
                json.WriteString("id", basis.Id);
                json.WriteString("name", basis.Name);
                json.WriteStringOrNull("article", basis.Article);
                json.WriteStartArray("sources");
                foreach (var source in basis.Sources)
                    json.WriteStringValue(source.Value);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        SourceList.WriteJsonArray(json, atlas, "sources", backers.SelectMany(b => b.Basis).SelectMany(b => b.Sources));
        json.WriteEndObject();
    }

    /// <summary><c>[{id, name, organization, organizationName, organizationEnded, inForce, ended}]</c>: every alliance treaty, earliest first.</summary>
    public static void WriteAlliances(Utf8JsonWriter json, Atlas atlas, IReadOnlyList<Treaty> treaties)
    {
        json.WriteStartArray();
        foreach (var treaty in treaties)
        {
            json.WriteStartObject();
            json.WriteString("id", treaty.Id.Value);
            json.WriteString("name", treaty.Name);
            json.WriteStringOrNull("organization", treaty.Organization?.Value);
            var organization = treaty.Organization is { } org ? atlas.FindActor(org) : null;
            json.WriteStringOrNull("organizationName", organization?.Name);
            json.WriteStringOrNull("organizationEnded", organization?.Existed.To?.ToString());
            json.WriteStringOrNull("inForce", (treaty.InForce ?? treaty.Signed)?.ToString());
            json.WriteStringOrNull("ended", treaty.Ended?.ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary><c>{on, alliances[{id, name, organization}], actors[{id, name}], ties[{alliance, actor, role}]}</c>; a role is <c>mutual</c>, <c>guarantor</c> or <c>beneficiary</c>.</summary>
    public static void WriteNetwork(Utf8JsonWriter json, Atlas atlas, DateOnly on, IReadOnlyList<AllianceTie> ties)
    {
        json.WriteStartObject();
        json.WriteString("on", JsonWriting.Day(on));
        json.WriteStartArray("alliances");
        foreach (var treaty in ties.Select(t => t.Treaty).Distinct())
        {
            json.WriteStartObject();
            json.WriteString("id", treaty.Id.Value);
            json.WriteString("name", treaty.Name);
            json.WriteStringOrNull("organization", treaty.Organization?.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("actors");
        foreach (var actor in ties.Select(t => t.Actor).Distinct().OrderBy(a => a.Value, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", actor.Value);
            json.WriteString("name", atlas.Actor(actor).Name);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("ties");
        foreach (var tie in ties)
        {
            json.WriteStartObject();
            json.WriteString("alliance", tie.Treaty.Id.Value);
            json.WriteString("actor", tie.Actor.Value);
            json.WriteString("role", tie.Role.ToString().ToLowerInvariant());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Role(BackerRole role) => role switch
    {
        BackerRole.Defends => "defends",
        BackerRole.DefendsIfCovered => "defends-if-covered",
        BackerRole.Consults => "consults",
        _ => "partner",
    };
}
