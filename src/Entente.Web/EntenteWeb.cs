using System.Text.Encodings.Web;
using System.Text.Unicode;
using Entente.Core.Atlas;
using Entente.Language.Views;
using Entente.Web.Api;
using Entente.Web.Assets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Entente.Web;

/// <summary>
/// Entente on the web: the read-only HTTP API (GET, and POST for checking a text) over the same functions as the CLI, its OpenAPI document at
/// <c>/openapi/v1.json</c>, and the page (embedded, no CDN). Hosted by <c>entente serve</c> and by <c>entente-web</c>.
/// </summary>
public sealed class EntenteWeb
{
    private EntenteWeb()
    {
    }

    /// <summary>Builds the application from command-line arguments (<c>--urls http://127.0.0.1:5080</c>).</summary>
    public static WebApplication Build(string[] args, Atlas atlas) =>
        Build(WebApplication.CreateSlimBuilder(args), atlas);

    /// <summary>Adds Entente's services to <paramref name="builder"/>, builds the application and maps its endpoints.</summary>
    public static WebApplication Build(WebApplicationBuilder builder, Atlas atlas)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(atlas);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // A little over the limit: RequestLimits and ApiInput.Body refuse a byte more than MaxBodyBytes with a 413 problem, and a chunked
            // body of exactly MaxBodyBytes would otherwise trip Kestrel's own count first.
            kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes + (16 * 1024);
            kestrel.Limits.MaxRequestLineSize = RequestLimits.MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestLimits.MaxHeaderBytes;
        });
        // One log line per request would cost more than answering it; the server logs start-up and problems only.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A failure to start (a bad address, a port in use) is thrown to the caller, which says it in one line; the
        // host would log it again with the whole trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        // Only requests that name this server are answered (a page on another site cannot reach it through DNS
        // rebinding): the hosts of the addresses it listens on, unless AllowedHosts is configured.
        var allowed = builder.Configuration["AllowedHosts"] is { Length: > 0 } configured
            ? configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : ListenAddresses.AllowedHosts(builder.Configuration["urls"]);
        builder.Services.AddHostFiltering(options =>
        {
            options.AllowedHosts = allowed;
            options.AllowEmptyHosts = false;
        });
        builder.Services.AddSingleton(atlas);
        // The clock "today" comes from; tests put a fake one in its place.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // Every response record is serialized by source generation; non-ASCII letters are sent as they are.
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, EntenteJsonContext.Default);
            options.SerializerOptions.TypeInfoResolverChain.Insert(1, WebJsonContext.Default);
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        builder.Services.AddSingleton(new AnswerCache(AnswerCache.DefaultCapacity));
        builder.Services.AddSingleton(AssetStore.FromAssembly(typeof(EntenteWeb).Assembly));
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = Problems.Customize);
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Entente";
            document.Info.Description = "Questions about the world's security alliances, answered with evidence: every answer names its sources and the date it holds on.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.UseHostFiltering();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLimits>();
        app.UseMiddleware<HeadRequests>();
        app.UseRouting();
        app.MapOpenApi();
        app.MapEntenteApi();
        app.MapEntentePage();
        return app;
    }
}
