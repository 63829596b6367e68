using Entente.Core.Atlas;
using Entente.Core.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Api;

/// <summary>Reads dates and names from a request, or gives the problem to answer with.</summary>
internal static class ApiInput
{
    /// <summary>The <c>on</c> date as a day, as "in 1980" in a question reads it: a partial date stands for its last day
    /// (<see cref="PartialDate.AsAsked"/>; today while it runs); today (from <paramref name="time"/>) when absent.</summary>
    public static ProblemHttpResult? Day(string? on, TimeProvider time, out DateOnly day)
    {
        var today = Today(time);
        day = today;
        if (string.IsNullOrWhiteSpace(on) || on.Equals("today", StringComparison.OrdinalIgnoreCase))
            return null;
        if (!PartialDate.TryParse(on, out var date, out var why))
            return Problems.BadRequest("Bad date", $"on: {why}. For example ?on=1970 or ?on=2024-03-07; leave it out for today.");
        day = date.AsAsked(today);
        return null;
    }

    /// <summary>Today in the server's time zone.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>Resolves an id or a name to one thing (of <paramref name="kind"/> when given), or the problem saying what to try.</summary>
    public static ProblemHttpResult? Resolve(Atlas atlas, string name, EntityKind? kind, string what, string listHint, out EntityRef entity)
    {
        entity = null!;
        var resolution = atlas.Names.Resolve(name, kind);
        if (resolution.Found is { } found)
        {
            entity = found;
            return null;
        }
        // Not found, or several things answer to the name ("Korea"): either way no one thing is there.
        return Problems.NotFound($"No single {what} by that name", $"{resolution.Explain(what)} {listHint}");
    }

    /// <summary>Resolves a name to an actor of one kind, or the problem saying what the name is instead.</summary>
    public static ProblemHttpResult? Actor(Atlas atlas, string name, ActorKind kind, out Actor actor)
    {
        actor = null!;
        var what = kind == ActorKind.State ? "state" : "organization";
        var list = kind == ActorKind.State ? "GET /api/actors lists the states." : "GET /api/alliances lists the alliances; GET /api/actors every actor.";
        if (Resolve(atlas, name, EntityKind.Actor, what, list, out var entity) is { } problem)
            return problem;
        actor = atlas.Actor(new ActorId(entity.Id));
        if (actor.Kind != kind)
            return Problems.BadRequest($"Not a {what}", $"{entity} is {(actor.Kind == ActorKind.State ? "a state" : "an organization")}, not {(kind == ActorKind.State ? "a state" : "an organization")}. {list}");
        return null;
    }

    /// <summary>
    /// The request body, or the problem to answer with: 413 when it is longer than <paramref name="limit"/> bytes (a chunked
    /// body has no length to check first; Kestrel stops one at its own limit too), 408 when it comes too slowly, 400 when it
    /// ends before its Content-Length. Null for both when the client went away: there is no one to answer.
    /// </summary>
    public static async Task<(byte[]? Body, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem)> Body(HttpRequest request, int limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                    return (null, TooLarge(limit));
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => TooLarge(limit),
                StatusCodes.Status408RequestTimeout => TypedResults.Problem("The body came too slowly and the server stopped waiting. Send the whole article at once.", statusCode: StatusCodes.Status408RequestTimeout, title: "Body too slow"),
                _ => Problems.BadRequest("Body cut short", $"The body could not be read to its end ({e.Message.TrimEnd('.')}). Send the whole article, with a Content-Length that matches it."),
            });
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            return (null, null);
        }
        return (buffer.ToArray(), null);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(int limit) =>
        TypedResults.Problem($"The body is over {limit:N0} bytes (1 MiB). Split the article into parts.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");
}
