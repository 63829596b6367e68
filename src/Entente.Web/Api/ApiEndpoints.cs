using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Reasoning;
using Entente.Language;
using Entente.Language.Claims;
using Entente.Language.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>
/// The read-only API: each endpoint reads its input, calls the same Core and Language functions as the CLI,
/// and writes their result with the same JSON writers (<see cref="AnswerJson"/>, <see cref="MembersJson"/>…).
/// </summary>
internal static class ApiEndpoints
{
    private const string Json = "application/json";

    public static IEndpointRouteBuilder MapEntenteApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Entente");

        api.MapGet("/ask", Ask)
            .WithSummary("Answer a question in plain English")
            .WithDescription("The answer, the facts behind it with their sources, and the date it holds on: the shape of `entente ask --json`. An unreadable question gets `answered: false` and suggestions.")
            .Produces(StatusCodes.Status200OK, contentType: Json).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/actors", Actors)
            .WithSummary("Every state and organization: id, kind, name, ISO codes, when it existed")
            .Produces(StatusCodes.Status200OK, contentType: Json);
        api.MapGet("/actors/{id}", Actor)
            .WithSummary("One state or organization with its facts, memberships and sources (the shape of `entente show --json`)")
            .Produces(StatusCodes.Status200OK, contentType: Json).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/treaties/{id}", TreatyView)
            .WithSummary("One treaty with its dates, parties over time, provisions and sources (the shape of `entente show --json`)")
            .Produces(StatusCodes.Status200OK, contentType: Json).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/members/{id}", Members)
            .WithSummary("The members of an organization, or the parties to a treaty, on a date")
            .Produces(StatusCodes.Status200OK, contentType: Json).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/memberships/{id}", Memberships)
            .WithSummary("Every treaty, organization, partnership and policy of a state, those in force on the date marked")
            .Produces(StatusCodes.Status200OK, contentType: Json).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/attack/{id}", Attack)
            .WithSummary("Who must respond if a state is attacked on a date (at a place, with ?where=)")
            .Produces(StatusCodes.Status200OK, contentType: Json).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/why-not/{state}/{organization}", WhyNot)
            .WithSummary("Why a state is not a member of an organization: the legal bar and the policy factors")
            .Produces(StatusCodes.Status200OK, contentType: Json).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/backers/{id}", StateBackers)
            .WithSummary("Who stands behind a state on a date: obliged to defend, must consult, partner — with treaty and article")
            .Produces(StatusCodes.Status200OK, contentType: Json).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/alliances", AllianceList)
            .WithSummary("Every treaty with a defence or consultation pledge, past or present, with the organization it creates")
            .Produces(StatusCodes.Status200OK, contentType: Json);
        api.MapPost("/check", Check)
            .WithSummary("Check an article's claims: a verdict with a correction and sources for each")
            .WithDescription("POST the article as text/plain (UTF-8, or UTF-16 with a byte order mark; up to 1 MiB). The shape of `entente check --json`. Reads only: nothing is stored.")
            .Accepts<string>("text/plain")
            .Produces(StatusCodes.Status200OK, contentType: Json).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status408RequestTimeout).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/network", Network)
            .WithSummary("The alliance system on a date: every alliance in force and its parties, each mutual, guarantor or beneficiary")
            .Produces(StatusCodes.Status200OK, contentType: Json).ProducesProblem(StatusCodes.Status400BadRequest);
        return routes;
    }

    private static IResult Ask(string? q, string? on, Atlas atlas, AnswerCache cache, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(q))
            return Problems.BadRequest("No question", "q is missing. For example GET /api/ask?q=Why%20is%20Japan%20not%20part%20of%20NATO%3F");
        if (q.Length > Answers.MaxQuestionLength)
            return Problems.BadRequest("Question too long", $"q is {q.Length} characters; Entente reads questions of up to {Answers.MaxQuestionLength}. Ask one short question at a time.");
        if (ApiInput.Day(on, out var day) is { } problem)
            return problem;
        return JsonBody.Of(cache.GetOrAdd("ask", q, day, () => JsonBody.Bytes(json => AnswerJson.Write(json, Answers.Ask(atlas, q, day, http.RequestAborted)))));
    }

    private static JsonBody Actors(Atlas atlas, AnswerCache cache) =>
        JsonBody.Of(cache.GetOrAdd("actors", "", default, () => JsonBody.Bytes(json => MapJson.WriteActors(json, atlas))));

    private static IResult Actor(string id, Atlas atlas)
    {
        if (ApiInput.Resolve(atlas, id, EntityKind.Actor, "state or organization", "GET /api/actors lists them.", out var entity) is { } problem)
            return problem;
        return JsonBody.Of(EntityView.Of(atlas, entity).WriteJson);
    }

    private static IResult TreatyView(string id, Atlas atlas)
    {
        if (ApiInput.Resolve(atlas, id, null, "treaty", "GET /api/alliances lists the alliance treaties.", out var entity) is { } problem)
            return problem;
        if (entity.Kind == EntityKind.Treaty)
            return JsonBody.Of(EntityView.Of(atlas, entity).WriteJson);
        var treaties = entity.Kind == EntityKind.Actor ? atlas.TreatiesOf(new ActorId(entity.Id)) : [];
        var hint = treaties.Count > 0
            ? $" The treaty that creates it is '{treaties[0].Id}': GET /api/treaties/{treaties[0].Id}."
            : $" GET /api/{(entity.Kind == EntityKind.Actor ? "actors" : "alliances")}{(entity.Kind == EntityKind.Actor ? "/" + entity.Id : "")} shows it.";
        return Problems.NotFound("Not a treaty", $"{entity} is {Article(atlas, entity)}, not a treaty.{hint}");
    }

    private static IResult Members(string id, string? on, Atlas atlas)
    {
        if (ApiInput.Day(on, out var day) is { } badDay)
            return badDay;
        if (ApiInput.Resolve(atlas, id, null, "organization or treaty", "GET /api/alliances lists them.", out var entity) is { } problem)
            return problem;
        IReadOnlyList<Party> members;
        switch (entity.Kind)
        {
            case EntityKind.Actor when atlas.Actor(new ActorId(entity.Id)).IsState:
                return Problems.BadRequest("Not an organization", $"{entity} is a state, not an organization. GET /api/memberships/{entity.Id} lists what it belongs to.");
            case EntityKind.Actor:
                members = atlas.MembersOn(new ActorId(entity.Id), day);
                break;
            case EntityKind.Treaty:
                members = atlas.PartiesOn(new TreatyId(entity.Id), day);
                break;
            default:
                return Problems.BadRequest("No members", $"{entity} is {Article(atlas, entity)}, which has no members. GET /api/alliances lists the alliances.");
        }
        return JsonBody.Of(json => MembersJson.Write(json, atlas, entity, day, members));
    }

    private static IResult Memberships(string id, string? on, Atlas atlas)
    {
        if (ApiInput.Day(on, out var day) is { } badDay)
            return badDay;
        if (ApiInput.Resolve(atlas, id, EntityKind.Actor, "state or organization", "GET /api/actors lists them.", out var entity) is { } problem)
            return problem;
        var actor = atlas.Actor(new ActorId(entity.Id));
        return JsonBody.Of(json => MembershipsJson.Write(json, atlas, actor, day, atlas.AffiliationsOf(actor.Id, day)));
    }

    private static IResult Attack(string id, string? on, string? where, Atlas atlas, AnswerCache cache)
    {
        if (ApiInput.Day(on, out var day) is { } badDay)
            return badDay;
        if (ApiInput.Actor(atlas, id, ActorKind.State, out var target) is { } problem)
            return problem;
        Place? place = null;
        if (!string.IsNullOrWhiteSpace(where))
        {
            if (ApiInput.Resolve(atlas, where, EntityKind.Place, "place", "Leave out ?where= for the state's own territory.", out var found) is { } badPlace)
                return badPlace;
            place = atlas.FindPlace(new PlaceId(found.Id))!;
            if (place.State != target.Id)
                return Problems.BadRequest("Place of another state", $"{place.Name} is held by {atlas.Actor(place.State).Name}, not {target.Name}. Try GET /api/attack/{place.State}?where={Uri.EscapeDataString(place.Name)}.");
        }
        return JsonBody.Of(cache.GetOrAdd("attack", $"{target.Id}|{place?.Id.Value}", day, () => JsonBody.Bytes(json => AnswerJson.Write(json, Answers.Attack(atlas, target.Id, day, place)))));
    }

    private static IResult WhyNot(string state, string organization, string? on, Atlas atlas, AnswerCache cache)
    {
        if (ApiInput.Day(on, out var day) is { } badDay)
            return badDay;
        if (ApiInput.Actor(atlas, state, ActorKind.State, out var s) is { } badState)
            return badState;
        if (ApiInput.Actor(atlas, organization, ActorKind.Organization, out var o) is { } badOrganization)
            return badOrganization;
        return JsonBody.Of(cache.GetOrAdd("why-not", $"{s.Id}|{o.Id}", day, () => JsonBody.Bytes(json => AnswerJson.Write(json, Answers.WhyNot(atlas, s.Id, o.Id, day)))));
    }

    private static IResult StateBackers(string id, string? on, Atlas atlas, AnswerCache cache)
    {
        if (ApiInput.Day(on, out var day) is { } badDay)
            return badDay;
        if (ApiInput.Actor(atlas, id, ActorKind.State, out var target) is { } problem)
            return problem;
        return JsonBody.Of(cache.GetOrAdd("backers", target.Id.Value, day, () => JsonBody.Bytes(json => MapJson.WriteBackers(json, atlas, target, day, Backers.Of(atlas, target.Id, day)))));
    }

    private static JsonBody AllianceList(Atlas atlas, AnswerCache cache) =>
        JsonBody.Of(cache.GetOrAdd("alliances", "", default, () => JsonBody.Bytes(json => MapJson.WriteAlliances(json, atlas, Alliances.All(atlas)))));

    private static IResult Network(string? on, Atlas atlas, AnswerCache cache)
    {
        if (ApiInput.Day(on, out var day) is { } badDay)
            return badDay;
        return JsonBody.Of(cache.GetOrAdd("network", "", day, () => JsonBody.Bytes(json => MapJson.WriteNetwork(json, atlas, day, Alliances.TiesOn(atlas, day)))));
    }

    private static async Task<IResult> Check(HttpRequest request, string? on, Atlas atlas)
    {
        if (ApiInput.Day(on, out var day) is { } badDay)
            return badDay;
        // Routing already refuses other declared types (Accepts); this guards the handler on its own.
        if (request.ContentType is { } type && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem($"The body is {type}; send the article itself as text/plain (UTF-8).", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not plain text");
        var (bytes, unread) = await ApiInput.Body(request, RequestLimits.MaxBodyBytes);
        if (bytes is null)
            return unread ?? Results.Empty;
        if (bytes.Length == 0)
            return Problems.BadRequest("No article", "The body is empty: POST the article's text, e.g. curl --data-binary @article.txt -H 'Content-Type: text/plain' …/api/check");
        if (TextDecoding.TryDecode(bytes, out var error) is not { } text)
            return Problems.BadRequest("Not text", $"The body cannot be read: {error}");
        // The work is linear in the text, and a 1 MiB text takes well under a second; the deadline bounds it whatever
        // happens, and a client that goes away stops it (RequestAborted) between two sentences.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(request.HttpContext.RequestAborted);
        deadline.CancelAfter(RequestLimits.MaxCheckTime);
        ClaimReport report;
        try
        {
            report = Answers.Check(atlas, text, day, deadline.Token);
        }
        catch (OperationCanceledException) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            return TypedResults.Problem($"Checking the article took longer than {RequestLimits.MaxCheckTime.TotalSeconds:N0} s and was stopped. Send a shorter text, or check it in parts.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Too much work");
        }
        return JsonBody.Of(json => ClaimJson.Write(json, report));
    }

    private static string Article(Atlas atlas, EntityRef entity) => entity.Kind switch
    {
        EntityKind.Actor => atlas.Actor(new ActorId(entity.Id)).IsState ? "a state" : "an organization",
        EntityKind.Treaty => "a treaty",
        EntityKind.Policy => "a policy",
        EntityKind.Partnership => "a partnership",
        _ => "a place",
    };
}
