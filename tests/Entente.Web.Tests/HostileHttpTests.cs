using System.Net;
using System.Net.Http.Headers;
using CsCheck;
using Entente.Tests.Shared;

namespace Entente.Web.Tests;

/// <summary>Issue 12 over HTTP: limits answered with the right 4xx problem, HEAD on GET endpoints, the Host header checked, never a 500.</summary>
public sealed class HostileHttpTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int Mebibyte = 1024 * 1024;

    // A body without a length: the client sends it chunked, so only reading it can find its size.
    private static StreamContent Chunked(byte[] bytes)
    {
        var content = new StreamContent(new NonSeekable(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return content;
    }

    [Fact]
    public async Task Check_ChunkedBodyOverTheLimit_Is413()
    {
        var response = await factory.CreateClient().PostAsync("/api/check", Chunked(new byte[Mebibyte + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Body too large", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ChunkedBodyOfExactlyTheLimit_IsChecked()
    {
        var body = new byte[Mebibyte];
        Array.Fill(body, (byte)'a');

        var response = await factory.CreateClient().PostAsync("/api/check", Chunked(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"cut\":[{\"start\":0,\"end\":1048576}]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/actors")]
    [InlineData("/api/ask?q=Is%20Finland%20in%20NATO%3F")]
    [InlineData("/api/members/NATO")]
    public async Task Head_GetEndpoint_IsOkWithoutABody(string url)
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_HostThatIsNotThisServer_Is400()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/actors");
        request.Headers.Host = "attacker.example";

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", new[] { "127.0.0.1", "localhost", "[::1]" })]
    [InlineData("http://example.org:80;https://10.0.0.5:8443", new[] { "example.org", "10.0.0.5" })]
    [InlineData("http://0.0.0.0:5080", new[] { "*" })]
    [InlineData("http://*:5080", new[] { "*" })]
    public void AllowedHosts_ListeningAddresses_AreTheirHosts(string urls, string[] hosts) =>
        Assert.Equal(hosts.Order(StringComparer.Ordinal), ListenAddresses.AllowedHosts(urls).Order(StringComparer.Ordinal));

    [Fact]
    public void Ask_AnyQuery_NeverA500()
    {
        var client = factory.CreateClient();
        Gen.String[Gen.Char, 0, 80].Sample(q =>
        {
            var response = client.GetAsync("/api/ask?q=" + Uri.EscapeDataString(q) + "&on=" + Uri.EscapeDataString(q.Length > 4 ? q[..4] : q)).GetAwaiter().GetResult();
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for q={q}");
        }, iter: Fuzz.Iterations(100), threads: 1);
    }

    [Fact]
    public void Check_AnyBody_NeverA500()
    {
        var client = factory.CreateClient();
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            var response = client.PostAsync("/api/check", content).GetAwaiter().GetResult();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        }, iter: Fuzz.Iterations(100), threads: 1);
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
