using System.Text.Json;
using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Views;

/// <summary>
/// Everything an actor belongs to or holds to, as JSON, shared by <c>entente memberships --json</c> and
/// <c>GET /api/memberships/{id}</c>: <c>{of, name, on, reviewed, memberships[{kind, id, name, from, to, current, how, sources[]}]}</c>.
/// </summary>
public static class MembershipsJson
{
    public static void Write(Utf8JsonWriter json, Atlas atlas, Actor actor, DateOnly day, IReadOnlyList<Affiliation> rows)
    {
        json.WriteStartObject();
        json.WriteString("of", actor.Id.Value);
        json.WriteString("name", actor.Name);
        json.WriteString("on", JsonWriting.Day(day));
        json.WriteString("reviewed", atlas.Dataset.Reviewed.ToString());
        json.WriteStartArray("memberships");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("kind", row.Kind.ToString().ToLowerInvariant());
            json.WriteString("id", row.Id);
            json.WriteString("name", row.Name);
            json.WriteStringOrNull("from", row.Period.From?.ToString());
            json.WriteStringOrNull("to", row.Period.To?.ToString());
            json.WriteBoolean("current", row.Current);
            json.WriteString("how", row.How);
            SourceList.WriteJsonArray(json, atlas, "sources", row.Sources);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
