using System.Text.Json;
using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Views;

/// <summary>
/// The members of an organization (or the parties to a treaty) on a day as JSON, shared by
/// <c>entente members --json</c> and <c>GET /api/members/{id}</c>:
/// <c>{of, name, on, reviewed, afterReview, count, members[{id, name, since, how, treaty, suspended[{towards, since}], source}]}</c>.
/// </summary>
public static class MembersJson
{
    public static void Write(Utf8JsonWriter json, Atlas atlas, EntityRef entity, DateOnly day, IReadOnlyList<Party> members)
    {
        json.WriteStartObject();
        json.WriteString("of", entity.Id);
        json.WriteString("name", entity.Name);
        json.WriteString("on", JsonWriting.Day(day));
        json.WriteString("reviewed", atlas.Dataset.Reviewed.ToString());
        json.WriteBoolean("afterReview", atlas.IsAfterReview(day));
        json.WriteNumber("count", members.Count);
        json.WriteStartArray("members");
        foreach (var party in members)
        {
            json.WriteStartObject();
            json.WriteString("id", party.Actor.Value);
            json.WriteString("name", atlas.Actor(party.Actor).Name);
            json.WriteString("since", party.Joined.ToString());
            json.WriteString("how", party.How.ToString().ToLowerInvariant());
            json.WriteString("treaty", party.Treaty.Value);
            json.WriteStartArray("suspended");
            foreach (var suspension in atlas.SuspensionsOn(party.Treaty, party.Actor, day))
            {
                json.WriteStartObject();
                json.WriteStringOrNull("towards", suspension.Towards?.Value);
                json.WriteString("since", suspension.From.ToString());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WritePropertyName("source");
            SourceList.WriteJson(json, atlas.Source(party.Sources[0]));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
