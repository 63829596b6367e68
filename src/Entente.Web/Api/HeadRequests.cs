using Microsoft.AspNetCore.Http;

namespace Entente.Web.Api;

/// <summary>
/// HEAD on every GET endpoint (the API, the page, /openapi/v1.json): the request is routed and answered as a GET, with the
/// same status and headers, and its body is thrown away. Runs before routing.
/// </summary>
internal sealed class HeadRequests(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }
        var body = context.Response.Body;
        request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    }
}
