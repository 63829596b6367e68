using Microsoft.AspNetCore.Http;

namespace Entente.Web.Api;

/// <summary>
/// Guards every request: size limits (Kestrel enforces them too; this also holds under a test server)
/// and the security headers every response carries.
/// </summary>
internal sealed class RequestLimits(RequestDelegate next)
{
    /// <summary>The largest body accepted: an article for POST /api/check (the CLI takes up to 5 MiB from a file).</summary>
    public const int MaxBodyBytes = 1024 * 1024;
    public const int MaxRequestLineBytes = 4 * 1024;
    public const int MaxHeaderBytes = 16 * 1024;

    /// <summary>The longest POST /api/check may work on one article before it is stopped (a 1 MiB text takes well under a second).</summary>
    public static readonly TimeSpan MaxCheckTime = TimeSpan.FromSeconds(10);

    /// <summary>The longest query string accepted, in characters.</summary>
    public const int MaxQueryLength = 2048;

    // The page and its scripts come only from this server; nothing inline, no frames, no plugins.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public async Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";

        var request = context.Request;
        if (request.QueryString.Value is { Length: > MaxQueryLength } query)
        {
            await Problems.Write(context, StatusCodes.Status414RequestUriTooLong, "Query too long",
                $"The query string is {query.Length} characters; at most {MaxQueryLength} are accepted. Ask one short question at a time.");
            return;
        }
        if (request.ContentLength is > MaxBodyBytes)
        {
            await Problems.Write(context, StatusCodes.Status413PayloadTooLarge, "Body too large",
                $"The request body is {request.ContentLength} bytes; at most {MaxBodyBytes} are accepted. Split the article into parts.");
            return;
        }
        if (HttpMethods.IsHead(request.Method) && request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            // HEAD is GET without the body: route it to the GET endpoint and drop what it writes.
            request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
        }
        await next(context);
    }
}
