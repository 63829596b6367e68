using Entente.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Entente.Web.Assets;

/// <summary>Serves the page: <c>/</c> is <c>index.html</c>; other paths are the bundle's files, compressed when the browser accepts it.</summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapEntentePage(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, AssetStore store) => Serve(http, store, "index.html")).ExcludeFromDescription();
        routes.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], (string path, HttpContext http, AssetStore store) =>
            path.StartsWith("api/", StringComparison.Ordinal)
                ? Problems.NotFound("No such endpoint", $"Nothing at /{path}. The API is listed at /openapi/v1.json.")
                : Serve(http, store, path)).ExcludeFromDescription();
        return routes;
    }

    private static IResult Serve(HttpContext http, AssetStore store, string path)
    {
        if (store.Find(path) is not { } asset)
            return Problems.NotFound("No such page", $"Nothing at /{path}. The page is at /; the API is listed at /openapi/v1.json.");
        return new AssetResult(asset);
    }

    private sealed class AssetResult(Asset asset) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var request = httpContext.Request;
            var response = httpContext.Response;
            response.Headers.ETag = asset.ETag;
            // Revalidate every time: a new build changes the ETag, an unchanged file costs a 304.
            response.Headers.CacheControl = "no-cache";
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (request.Headers.IfNoneMatch.ToString() == asset.ETag)
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
            var accept = request.Headers.AcceptEncoding.ToString();
            var body = asset.Identity;
            if (asset.Brotli is { } br && accept.Contains("br", StringComparison.OrdinalIgnoreCase))
                (body, response.Headers.ContentEncoding) = (br, "br");
            else if (asset.Gzip is { } gz && accept.Contains("gzip", StringComparison.OrdinalIgnoreCase))
                (body, response.Headers.ContentEncoding) = (gz, "gzip");
            response.ContentType = asset.ContentType;
            response.ContentLength = body.Length;
            return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
        }
    }
}
