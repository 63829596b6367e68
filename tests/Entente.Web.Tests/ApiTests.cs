using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Entente.Data;
using Entente.Language;
using Entente.Language.Views;

namespace Entente.Web.Tests;

public sealed class ApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Seed = "Why is Japan not part of NATO?";

    /// <summary>Markup in an article, inside two claims' words: it must come back as text, never as elements.</summary>
    internal const string HtmlArticle = "Japan relies heavily on <b>the United States</b> for its security. "
        + "Japan’s neutral status lets it mediate <script>window.__xss = 1</script> between <img src=x onerror=\"window.__xss = 1\"> powers & rivals.";

    [Fact]
    public async Task Ask_SeedQuestion_AnswersWithFactsAndSources()
    {
        var (response, json) = await factory.GetJson("/api/ask?q=" + Uri.EscapeDataString(Seed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(json.GetProperty("answered").GetBoolean());
        Assert.Equal("why-not", json.GetProperty("intent").GetString());
        Assert.Contains("Article 10 of the North Atlantic Treaty admits only European states", json.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(0, json.GetProperty("facts").GetArrayLength());
        Assert.All(json.GetProperty("sources").EnumerateArray(), s => Assert.StartsWith("http", s.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_OnADate_HasTheShapeOfTheCliJson()
    {
        var atlas = DataSetLoader.LoadBuiltIn().Atlas!;
        var expected = Compact(writer => JsonDocument.Parse(JsonSerializer.Serialize(AnswerJson.Of(Answers.Ask(atlas, Seed, new DateOnly(2024, 3, 6))), EntenteJsonContext.Default.AnswerJson)).WriteTo(writer));

        var body = await factory.CreateClient().GetStringAsync("/api/ask?on=2024-03-06&q=" + Uri.EscapeDataString(Seed));

        Assert.Equal(expected, Compact(writer => JsonDocument.Parse(body).WriteTo(writer)));
        var names = JsonDocument.Parse(body).RootElement.EnumerateObject().Select(p => p.Name);
        Assert.Equal(["question", "intent", "on", "answered", "reading", "answer", "facts", "sources", "refusal", "caveat", "sourcesShown"], names);
    }

    [Fact]
    public async Task Ask_Unreadable_AnsweredFalseWithSuggestions()
    {
        var (response, json) = await factory.GetJson("/api/ask?q=" + Uri.EscapeDataString("What is the weather in Paris?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(json.GetProperty("answered").GetBoolean());
        var refusal = json.GetProperty("refusal");
        Assert.Equal(json.GetProperty("answer").GetString(), refusal.GetProperty("notUnderstood").GetString());
        Assert.NotEqual(0, refusal.GetProperty("suggestions").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/ask", "q is missing")]
    [InlineData("/api/ask?q=%20", "q is missing")]
    public async Task Ask_NoQuestion_ProblemWithAnExample(string url, string detail)
    {
        var (response, json) = await factory.GetJson(url);

        await AssertProblem(response, json, HttpStatusCode.BadRequest, detail);
        Assert.Contains("GET /api/ask?q=", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_TooLong_ProblemSaysTheLimit()
    {
        var (response, json) = await factory.GetJson("/api/ask?q=" + new string('a', Answers.MaxQuestionLength + 1));

        await AssertProblem(response, json, HttpStatusCode.BadRequest, $"q is {Answers.MaxQuestionLength + 1} characters; Entente reads questions of up to {Answers.MaxQuestionLength}");
    }

    [Theory]
    [InlineData("/api/ask?q=Who%20is%20in%20NATO%3F&on=1970-13", "on: '1970-13' is not a date: month 13 is not 01 to 12")]
    [InlineData("/api/members/NATO?on=yesterday", "on: 'yesterday' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("/api/memberships/JPN?on=2023-02-30", "on: '2023-02-30' is not a date: February 2023 has no day 30")]
    [InlineData("/api/attack/EST?on=0000", "on: '0000' is not a date: the year must be 0001 or later")]
    [InlineData("/api/why-not/JPN/NATO?on=19701", "on: '19701' is not a date")]
    [InlineData("/api/backers/JPN?on=1970-1-1", "on: '1970-1-1' is not a date")]
    [InlineData("/api/network?on=x", "on: 'x' is not a date")]
    public async Task AnyEndpoint_BadDate_ProblemWithAnExample(string url, string detail)
    {
        var (response, json) = await factory.GetJson(url);

        await AssertProblem(response, json, HttpStatusCode.BadRequest, detail);
        Assert.Contains("For example ?on=1970", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/actors/Japn", "No state or organization named 'Japn'. Did you mean 'Japan (JPN)'? GET /api/actors lists them.")]
    [InlineData("/api/memberships/Japn", "Did you mean 'Japan (JPN)'?")]
    [InlineData("/api/members/NATOO", "Did you mean 'North Atlantic Treaty Organization (NATO)'?")]
    [InlineData("/api/attack/Estnia", "No state named 'Estnia'. Did you mean 'Estonia (EST)'?")]
    [InlineData("/api/backers/Zzzzzz", "No state named 'Zzzzzz'. GET /api/actors lists the states.")]
    [InlineData("/api/why-not/JPN/NAT", "No organization named 'NAT'")]
    [InlineData("/api/treaties/north-atlantic-treat", "Did you mean 'The North Atlantic Treaty (north-atlantic-treaty)'?")]
    [InlineData("/api/attack/JPN?where=Hawai", "No place named 'Hawai'. Did you mean 'Hawaii (hawaii)'?")]
    [InlineData("/api/actors/Korea", "'Korea' could mean")]
    public async Task AnyEndpoint_UnknownOrAmbiguousName_NotFoundWithDidYouMean(string url, string detail)
    {
        var (response, json) = await factory.GetJson(url);

        await AssertProblem(response, json, HttpStatusCode.NotFound, detail);
    }

    [Theory]
    [InlineData("/api/members/JPN", "Japan (JPN) is a state, not an organization. GET /api/memberships/JPN lists what it belongs to.")]
    [InlineData("/api/attack/NATO", "is an organization, not a state")]
    [InlineData("/api/why-not/NATO/JPN", "is an organization, not a state")]
    public async Task AnyEndpoint_WrongKind_BadRequestSayingWhatToTry(string url, string detail)
    {
        var (response, json) = await factory.GetJson(url);

        await AssertProblem(response, json, HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task Treaties_Organization_NotFoundNamingItsTreaty()
    {
        var (response, json) = await factory.GetJson("/api/treaties/NATO");

        await AssertProblem(response, json, HttpStatusCode.NotFound, "is an organization, not a treaty. The treaty that creates it is 'north-atlantic-treaty': GET /api/treaties/north-atlantic-treaty.");
    }

    [Fact]
    public async Task Actors_ListsStatesWithTheirIsoNumericCode()
    {
        var (response, json) = await factory.GetJson("/api/actors");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var japan = json.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "JPN");
        Assert.Equal("392", japan.GetProperty("isoNumeric").GetString());
        Assert.Equal("state", japan.GetProperty("kind").GetString());
        Assert.Contains(json.EnumerateArray(), a => a.GetProperty("id").GetString() == "NATO" && a.GetProperty("kind").GetString() == "organization");
    }

    [Fact]
    public async Task Actor_ByName_IsTheShowView()
    {
        var (response, json) = await factory.GetJson("/api/actors/" + Uri.EscapeDataString("the U.S."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("USA", json.GetProperty("id").GetString());
        Assert.Equal("state", json.GetProperty("kind").GetString());
        Assert.NotEqual(0, json.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Treaty_Seato_PartiesCarryTheirDates()
    {
        var (response, json) = await factory.GetJson("/api/treaties/southeast-asia-collective-defense-treaty");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parties = json.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("title").GetString()!.StartsWith("Parties", StringComparison.Ordinal)).GetProperty("items");
        var pakistan = parties.EnumerateArray().Single(p => p.GetProperty("label").GetString() == "PAK");
        Assert.Equal("1955-02-19", pakistan.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.String, pakistan.GetProperty("to").ValueKind);
    }

    [Fact]
    public async Task Actor_DissolvedOrganization_MembershipsEndWithIt()
    {
        var (_, json) = await factory.GetJson("/api/actors/SEATO");

        var members = json.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("title").GetString() == "Members, past and present").GetProperty("items");
        var thailand = members.EnumerateArray().Single(m => m.GetProperty("label").GetString() == "THA");
        Assert.StartsWith("1977", thailand.GetProperty("to").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NATO", "1970", 15)]
    [InlineData("NATO", "2024-03-06", 31)]
    [InlineData("NATO", "2024-03-07", 32)]
    [InlineData("SEATO", "1977-07-01", 0)]
    public async Task Members_OnADate_CountsThem(string id, string on, int count)
    {
        var (response, json) = await factory.GetJson($"/api/members/{id}?on={on}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(count, json.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Members_Seato1970_ListsThailandAndThePhilippines()
    {
        var (_, json) = await factory.GetJson("/api/members/SEATO?on=1970");

        var ids = json.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToArray();
        Assert.Contains("THA", ids);
        Assert.Contains("PHL", ids);
        Assert.Contains("USA", ids);
    }

    [Fact]
    public async Task Memberships_Japan_MarksTheUsAllianceCurrent()
    {
        var (response, json) = await factory.GetJson("/api/memberships/Japan?on=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(json.GetProperty("memberships").EnumerateArray(), m => m.GetProperty("kind").GetString() == "treaty"
            && m.GetProperty("name").GetString()!.StartsWith("Treaty of Mutual Cooperation and Security", StringComparison.Ordinal) && m.GetProperty("current").GetBoolean());
    }

    [Fact]
    public async Task Attack_Estonia_NamesArticle5()
    {
        var (response, json) = await factory.GetJson("/api/attack/EST?on=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attack", json.GetProperty("intent").GetString());
        Assert.Contains("Article 5", json.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attack_AtAPlace_UsesIt()
    {
        var (response, json) = await factory.GetJson("/api/attack/USA?where=Hawaii&on=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hawaii", json.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyNot_JapanNato_GivesTheLegalBar()
    {
        var (response, json) = await factory.GetJson("/api/why-not/Japan/NATO?on=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("admits only European states", json.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backers_Japan_UnitedStatesDefendsUnderArticleV()
    {
        var (response, json) = await factory.GetJson("/api/backers/JPN?on=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var usa = json.GetProperty("backers").EnumerateArray().Single(b => b.GetProperty("id").GetString() == "USA");
        Assert.Equal("defends", usa.GetProperty("role").GetString());
        Assert.Contains(usa.GetProperty("basis").EnumerateArray(), b => b.GetProperty("article").GetString() == "V");
        // NATO's members are Japan's partners (its partnership programme), not its defenders; other partners of NATO are not.
        var roles = json.GetProperty("backers").EnumerateArray().ToDictionary(b => b.GetProperty("id").GetString()!, b => b.GetProperty("role").GetString());
        Assert.Equal("partner", roles["DEU"]);
        Assert.False(roles.ContainsKey("PRK"));
    }

    [Fact]
    public async Task Backers_Thailand1970_SeatoPartiesDefend()
    {
        var (_, json) = await factory.GetJson("/api/backers/THA?on=1970");

        var defenders = json.GetProperty("backers").EnumerateArray().Where(b => b.GetProperty("role").GetString() == "defends").Select(b => b.GetProperty("id").GetString()).ToArray();
        Assert.Contains("USA", defenders);
        Assert.Contains("PHL", defenders);
        Assert.Contains("PAK", defenders);
    }

    [Fact]
    public async Task Alliances_IncludeSeatoWithItsEnd()
    {
        var (_, json) = await factory.GetJson("/api/alliances");

        var seato = json.EnumerateArray().Single(a => a.GetProperty("organization").GetString() == "SEATO");
        // The organization was dissolved in 1977; the Manila Pact itself was never terminated.
        Assert.StartsWith("1977", seato.GetProperty("organizationEnded").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, seato.GetProperty("ended").ValueKind);
    }

    [Fact]
    public async Task Network_1970_TiesSeatoAndTheUsJapanTreatyAsMutual()
    {
        var (_, json) = await factory.GetJson("/api/network?on=1970");

        var ties = json.GetProperty("ties").EnumerateArray().ToArray();
        Assert.Contains(ties, t => t.GetProperty("actor").GetString() == "THA" && t.GetProperty("role").GetString() == "mutual");
        // The 1960 U.S.–Japan treaty's Article V is mutual (within the territories under Japan's administration), not one-way.
        Assert.Contains(ties, t => t.GetProperty("actor").GetString() == "JPN" && t.GetProperty("role").GetString() == "mutual");
        Assert.DoesNotContain(ties, t => t.GetProperty("actor").GetString() == "JPN" && t.GetProperty("role").GetString() == "beneficiary");
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        var (response, json) = await factory.GetJson("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["/api/ask", "/api/actors", "/api/actors/{id}", "/api/treaties/{id}", "/api/members/{id}", "/api/memberships/{id}", "/api/attack/{id}", "/api/why-not/{state}/{organization}", "/api/backers/{id}", "/api/alliances", "/api/check", "/api/network"], paths);
    }

    [Fact]
    public async Task AnyRequest_OversizeQuery_414Problem()
    {
        var (response, json) = await factory.GetJson("/api/ask?q=a&pad=" + new string('x', 3000));

        await AssertProblem(response, json, HttpStatusCode.RequestUriTooLong, "The query string is 3009 characters; at most 2048 are accepted.");
    }

    [Fact]
    public async Task AnyRequest_OversizeBody_413Problem()
    {
        using var content = new ByteArrayContent(new byte[1024 * 1024 + 1]);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var response = await factory.CreateClient().PostAsync("/api/check", content);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        await AssertProblem(response, json, HttpStatusCode.RequestEntityTooLarge, "The request body is 1048577 bytes; at most 1048576 are accepted. Split the article into parts.");
    }

    [Fact]
    public async Task Check_NoOnAndADateLine_ChecksOnTheTextsDate()
    {
        using var content = new StringContent("Published: 16 November 2022\nSweden is not a member of NATO.", Encoding.UTF8, "text/plain");
        var response = await factory.CreateClient().PostAsync("/api/check", content);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("2022-11-16", json.GetProperty("on").GetString());
        Assert.Equal("16 November 2022", json.GetProperty("dateLine").GetString());
        Assert.Equal("supported", json.GetProperty("claims")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Check_Article_VerdictsWithSourcesInTheCliShape()
    {
        using var content = new StringContent("NATO was founded in 1949. Japan is a member of NATO.", Encoding.UTF8, "text/plain");
        var response = await factory.CreateClient().PostAsync("/api/check?on=2025", content);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["on", "sentences", "claims", "cut", "skipped", "dateLine"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-12-31", json.GetProperty("on").GetString());
        var founding = json.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("span").GetString() == "NATO was founded in 1949");
        Assert.Equal("supported", founding.GetProperty("verdict").GetString());
        Assert.NotEqual(0, founding.GetProperty("sources").GetArrayLength());
        Assert.Contains(json.GetProperty("claims").EnumerateArray(), c => c.GetProperty("verdict").GetString() == "contradicted");
    }

    [Fact]
    public async Task Check_TextWithHtml_SpansComeBackUnchanged()
    {
        using var content = new StringContent(HtmlArticle, Encoding.UTF8, "text/plain");
        var response = await factory.CreateClient().PostAsync("/api/check", content);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claims = json.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(2, claims.Count);
        // Each span is the text between its offsets (UTF-16 code units, as the page's JS strings count), markup and all.
        Assert.All(claims, c => Assert.Equal(HtmlArticle[c.GetProperty("start").GetInt32()..c.GetProperty("end").GetInt32()], c.GetProperty("span").GetString()));
        Assert.Equal("Japan relies heavily on <b>the United States</b> for its security", claims[0].GetProperty("span").GetString());
        Assert.Equal("Japan’s neutral status lets it mediate <script>window.__xss = 1</script> between <img src=x onerror=\"window.__xss = 1\"> powers & rivals", claims[1].GetProperty("span").GetString());
        Assert.Equal("contradicted", claims[1].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Check_NotPlainText_415Problem()
    {
        using var content = new StringContent("{\"text\":\"NATO was founded in 1949.\"}", Encoding.UTF8, "application/json");
        var response = await factory.CreateClient().PostAsync("/api/check", content);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        await AssertProblem(response, json, HttpStatusCode.UnsupportedMediaType, "send the article itself as text/plain (UTF-8)");
    }

    [Fact]
    public async Task Check_EmptyBody_ProblemWithAnExample()
    {
        using var content = new StringContent("", Encoding.UTF8, "text/plain");
        var response = await factory.CreateClient().PostAsync("/api/check", content);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        await AssertProblem(response, json, HttpStatusCode.BadRequest, "The body is empty: POST the article's text");
    }

    [Fact]
    public async Task Check_NotUtf8_ProblemSaysWhere()
    {
        using var content = new ByteArrayContent([(byte)'N', (byte)'A', 0xC3, 0x28]);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var response = await factory.CreateClient().PostAsync("/api/check", content);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        await AssertProblem(response, json, HttpStatusCode.BadRequest, "The body cannot be read: the text is not valid UTF-8 (at byte 2)");
    }

    [Fact]
    public async Task Post_ReadOnlyApi_405Problem()
    {
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");
        var response = await factory.CreateClient().PostAsync("/api/ask?q=x", content);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        await AssertProblem(response, json, HttpStatusCode.MethodNotAllowed, "The API is read-only: use GET (and POST only for /api/check).");
    }

    [Theory]
    [InlineData("/api/nothing-here", "Nothing at /api/nothing-here. The API is listed at /openapi/v1.json.")]
    [InlineData("/no-such-page.html", "Nothing at /no-such-page.html. The page is at /")]
    public async Task UnknownPath_NotFoundProblem(string url, string detail)
    {
        var (response, json) = await factory.GetJson(url);

        await AssertProblem(response, json, HttpStatusCode.NotFound, detail);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/actors")]
    [InlineData("/api/actors/Japn")]
    public async Task AnyResponse_CarriesContentSecurityPolicy(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Page_Index_ServedPrecompressedWithETag()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        var etag = response.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/styles.css", "text/css")]
    [InlineData("/countries-110m.json", "application/json")]
    public async Task Page_Assets_ServedFromTheAssembly(string url, string type)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    private static async Task AssertProblem(HttpResponseMessage response, JsonElement json, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.Contains(detail, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    private static string Compact(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            write(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
