using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Entente.Web.Tests;

/// <summary>The API's contracts: typed responses with schemas in /openapi/v1.json, HEAD beside every GET, and "today" from the injected clock.</summary>
public sealed class ContractTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> GetUrls() =>
    [
        "/api/ask?q=Why%20is%20Japan%20not%20part%20of%20NATO%3F&on=2024-03-06",
        "/api/actors",
        "/api/actors/Japan",
        "/api/treaties/north-atlantic-treaty",
        "/api/members/NATO?on=1990",
        "/api/memberships/JPN?on=2000",
        "/api/attack/EST?on=2024-06-01",
        "/api/why-not/JPN/NATO?on=2024-06-01",
        "/api/backers/EST?on=2024-06-01",
        "/api/alliances",
        "/api/network?on=1970",
        "/api/actors/Japn",
        "/openapi/v1.json",
        "/",
    ];

    [Fact]
    public async Task OpenApi_EveryResponse_HasASchema()
    {
        var (_, json) = await factory.GetJson("/openapi/v1.json");
        var schemas = json.GetProperty("components").GetProperty("schemas");

        var responses = 0;
        foreach (var path in json.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                foreach (var response in operation.Value.GetProperty("responses").EnumerateObject())
                {
                    responses++;
                    var content = Assert.Single(response.Value.GetProperty("content").EnumerateObject());
                    var schema = content.Value.GetProperty("schema");
                    var name = Reference(schema);
                    Assert.True(name is not null && schemas.TryGetProperty(name, out _), $"{operation.Name} {path.Name} {response.Name}: {content.Name} has no named schema: {schema}");
                }
            }
        }
        Assert.True(responses >= 25, $"{responses} responses");
    }

    [Theory]
    [InlineData("AnswerJson", "question intent on answered reading answer facts sources refusal caveat sourcesShown")]
    [InlineData("RefusalJson", "notUnderstood suggestions")]
    [InlineData("SourceJson", "id title publisher url read kind")]
    [InlineData("FactJson", "statement sources")]
    [InlineData("MembersJson", "of name on reviewed afterReview count members")]
    [InlineData("EntityJson", "kind id name facts sections sources")]
    [InlineData("ClaimReportJson", "on sentences claims cut skipped dateLine")]
    [InlineData("NetworkJson", "on alliances actors ties")]
    public async Task OpenApi_Schema_HasTheShapesProperties(string type, string properties)
    {
        var (_, json) = await factory.GetJson("/openapi/v1.json");

        var schema = json.GetProperty("components").GetProperty("schemas").GetProperty(type);

        Assert.Equal(properties.Split(' '), schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [MemberData(nameof(GetUrls))]
    public async Task Head_EveryGetEndpoint_SameStatusAndTypeNoBody(string url)
    {
        var client = factory.CreateClient();
        var get = await client.GetAsync(url);

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Ask_NoDate_HoldsOnTheClocksToday()
    {
        using var app = WithClock(new DateTimeOffset(2025, 5, 9, 12, 0, 0, TimeSpan.Zero));

        var json = await Get(app, "/api/members/NATO");

        Assert.Equal("2025-05-09", json.GetProperty("on").GetString());
        Assert.Equal(32, json.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Ask_InAYearAndOnTheYear_HoldOnTheSameDay()
    {
        using var app = WithClock(new DateTimeOffset(2025, 5, 9, 12, 0, 0, TimeSpan.Zero));

        var inYear = await Get(app, "/api/ask?q=" + Uri.EscapeDataString("Who were the members of NATO in 1982?"));
        var onYear = await Get(app, "/api/ask?on=1982&q=" + Uri.EscapeDataString("Who are the members of NATO?"));
        var members = await Get(app, "/api/members/NATO?on=1982");

        Assert.Equal("1982-12-31", inYear.GetProperty("on").GetString());
        Assert.Equal("1982-12-31", onYear.GetProperty("on").GetString());
        Assert.Equal("1982-12-31", members.GetProperty("on").GetString());
        Assert.Equal(16, members.GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("2026-11-20", "", false)]
    [InlineData("2027-01-05", "", true)]
    [InlineData("2027-01-05", "&on=1980", false)]
    [InlineData("2027-01-05", "&on=2026-11-27", false)]
    [InlineData("2027-01-05", "&on=2026-11-28", true)]
    public async Task Ask_Caveat_OnlyAfterTheReviewDate(string today, string on, bool caveat)
    {
        using var app = WithClock(DateTimeOffset.Parse(today + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

        var json = await Get(app, "/api/ask?q=" + Uri.EscapeDataString("Why is Japan not part of NATO?") + on);

        Assert.Equal(caveat, json.GetProperty("caveat").ValueKind == JsonValueKind.String);
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<EntenteWeb> WithClock(DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
    }

    private static async Task<JsonElement> Get(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<EntenteWeb> app, string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string? Reference(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
            return reference.GetString()!.Split('/')[^1];
        if (schema.TryGetProperty("items", out var items))
            return Reference(items);
        return null;
    }
}
