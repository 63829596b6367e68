using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Api;

/// <summary>Errors as RFC 9457 problem details whose detail says what to do next.</summary>
internal static class Problems
{
    public static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);

    public static async Task Write(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    /// <summary>Fills in a detail for the errors the framework raises itself (no such route, wrong method, a crash).</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions.Remove("traceId");
        if (problem.Detail is not null)
            return;
        problem.Detail = problem.Status switch
        {
            StatusCodes.Status404NotFound => $"Nothing at {context.HttpContext.Request.Path}. The API is listed at /openapi/v1.json; the page is at /.",
            StatusCodes.Status405MethodNotAllowed => "The API is read-only: use GET (and POST only for /api/check). The endpoints are listed at /openapi/v1.json.",
            StatusCodes.Status415UnsupportedMediaType => $"{context.HttpContext.Request.ContentType} is not accepted here: send the article itself as text/plain (UTF-8).",
            StatusCodes.Status500InternalServerError => "Entente failed to answer this request. Please report it with the address you asked for.",
            _ => null,
        };
    }
}
