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
            kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
            kestrel.Limits.MaxRequestLineSize = RequestLimits.MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestLimits.MaxHeaderBytes;
        });
        // One log line per request would cost more than answering it; the server logs start-up and problems only.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
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
