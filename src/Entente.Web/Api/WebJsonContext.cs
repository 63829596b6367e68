using System.Text.Json.Serialization;

namespace Entente.Web.Api;

/// <summary>The JSON shapes only the web sends (the map's and the network's), serialized by source generation; the shared ones
/// are in <see cref="Language.Views.EntenteJsonContext"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<ActorSummaryJson>))]
[JsonSerializable(typeof(BackersJson))]
[JsonSerializable(typeof(IReadOnlyList<AllianceJson>))]
[JsonSerializable(typeof(NetworkJson))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
