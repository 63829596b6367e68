using System.Text.Json.Serialization;

namespace Entente.Language.Views;

/// <summary>
/// The JSON shapes the CLI's <c>--json</c> and the web API share, serialized by source generation (no reflection): camelCase names,
/// null values written as null.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AnswerJson))]
[JsonSerializable(typeof(ClaimReportJson))]
[JsonSerializable(typeof(EntityJson))]
[JsonSerializable(typeof(MembersJson))]
[JsonSerializable(typeof(MembershipsJson))]
public sealed partial class EntenteJsonContext : JsonSerializerContext;
