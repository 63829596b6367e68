using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Entente.Web.Tests;

/// <summary>The web application on a test server, over the built-in data set (loaded once for all API tests).</summary>
public sealed class ApiFactory : WebApplicationFactory<EntenteWeb>
{
    public async Task<(HttpResponseMessage Response, JsonElement Json)> GetJson(string url)
    {
        var response = await CreateClient().GetAsync(url);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response, json);
    }
}
