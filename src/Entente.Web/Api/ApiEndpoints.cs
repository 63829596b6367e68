using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Reasoning;
using Entente.Language;
using Entente.Language.Claims;
using Entente.Language.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>
/// The read-only API: each endpoint reads its input, calls the same Core and Language functions as the CLI,
/// and returns a typed result of the same response records (<see cref="AnswerJson"/>, <see cref="MembersJson"/>…), serialized by
/// source generation, so /openapi/v1.json carries their schemas. HEAD works on every GET (<see cref="HeadRequests"/>).
/// </summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapEntenteApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Entente");

        api.MapGet("/ask", Ask)
            .WithSummary("Answer a question in plain English")
            .WithDescription("The answer, the facts behind it with their sources, and the date it holds on: the shape of `entente ask --json`. An unreadable question gets `answered: false` and suggestions.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/actors", Actors)
            .WithSummary("Every state and organization: id, kind, name, ISO codes, when it existed");
        api.MapGet("/actors/{id}", Actor)
            .WithSummary("One state or organization with its facts, memberships and sources (the shape of `entente show --json`)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/treaties/{id}", TreatyView)
            .WithSummary("One treaty with its dates, parties over time, provisions and sources (the shape of `entente show --json`)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/members/{id}", Members)
            .WithSummary("The members of an organization, or the parties to a treaty, on a date")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/memberships/{id}", Memberships)
            .WithSummary("Every treaty, organization, partnership and policy of a state, those in force on the date marked")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/attack/{id}", Attack)
            .WithSummary("Who must respond if a state is attacked on a date (at a place, with ?where=)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/why-not/{state}/{organization}", WhyNot)
            .WithSummary("Why a state is not a member of an organization: the legal bar and the policy factors")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/backers/{id}", StateBackers)
            .WithSummary("Who stands behind a state on a date: obliged to defend, must consult, partner — with treaty and article")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/alliances", AllianceList)
            .WithSummary("Every treaty with a defence or consultation pledge, past or present, with the organization it creates");
        api.MapPost("/check", Check)
            .WithSummary("Check an article's claims: a verdict with a correction and sources for each")
            .WithDescription("POST the article as text/plain (UTF-8, or UTF-16 with a byte order mark; up to 1 MiB). The shape of `entente check --json`. Reads only: nothing is stored.")
            .Accepts<string>("text/plain")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/network", Network)
            .WithSummary("The alliance system on a date: every alliance in force and its parties, each mutual, guarantor or beneficiary")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return routes;
    }

    private static Results<Ok<AnswerJson>, ProblemHttpResult> Ask(string? q, string? on, Atlas atlas, AnswerCache cache, TimeProvider time, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(q))
            return Problems.BadRequest("No question", "q is missing. For example GET /api/ask?q=Why%20is%20Japan%20not%20part%20of%20NATO%3F");
        if (q.Length > Answers.MaxQuestionLength)
            return Problems.BadRequest("Question too long", $"q is {q.Length} characters; Entente reads questions of up to {Answers.MaxQuestionLength}. Ask one short question at a time.");
        if (ApiInput.Day(on, time, out var day) is { } problem)
            return problem;
        return TypedResults.Ok(cache.GetOrAdd("ask", q, day, () => AnswerJson.Of(Answers.Ask(atlas, q, day, http.RequestAborted))));
    }

    private static Ok<IReadOnlyList<ActorSummaryJson>> Actors(Atlas atlas, AnswerCache cache) =>
        TypedResults.Ok(cache.GetOrAdd("actors", "", default, () => ActorSummaryJson.All(atlas)));

    private static Results<Ok<EntityJson>, ProblemHttpResult> Actor(string id, Atlas atlas, TimeProvider time)
    {
        if (ApiInput.Resolve(atlas, id, EntityKind.Actor, "state or organization", "GET /api/actors lists them.", out var entity) is { } problem)
            return problem;
        return TypedResults.Ok(EntityView.Of(atlas, entity, ApiInput.Today(time)).ToJson());
    }

    private static Results<Ok<EntityJson>, ProblemHttpResult> TreatyView(string id, Atlas atlas, TimeProvider time)
    {
        if (ApiInput.Resolve(atlas, id, null, "treaty", "GET /api/alliances lists the alliance treaties.", out var entity) is { } problem)
            return problem;
        if (entity.Kind == EntityKind.Treaty)
            return TypedResults.Ok(EntityView.Of(atlas, entity, ApiInput.Today(time)).ToJson());
        var treaties = entity.Kind == EntityKind.Actor ? atlas.TreatiesOf(new ActorId(entity.Id)) : [];
        var hint = treaties.Count > 0
            ? $" The treaty that creates it is '{treaties[0].Id}': GET /api/treaties/{treaties[0].Id}."
            : $" GET /api/{(entity.Kind == EntityKind.Actor ? "actors" : "alliances")}{(entity.Kind == EntityKind.Actor ? "/" + entity.Id : "")} shows it.";
        return Problems.NotFound("Not a treaty", $"{entity} is {Article(atlas, entity)}, not a treaty.{hint}");
    }

    private static Results<Ok<MembersJson>, ProblemHttpResult> Members(string id, string? on, Atlas atlas, TimeProvider time)
    {
        if (ApiInput.Day(on, time, out var day) is { } badDay)
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
        return TypedResults.Ok(MembersJson.Build(atlas, entity, day, members));
    }

    private static Results<Ok<MembershipsJson>, ProblemHttpResult> Memberships(string id, string? on, Atlas atlas, TimeProvider time)
    {
        if (ApiInput.Day(on, time, out var day) is { } badDay)
            return badDay;
        if (ApiInput.Resolve(atlas, id, EntityKind.Actor, "state or organization", "GET /api/actors lists them.", out var entity) is { } problem)
            return problem;
        var actor = atlas.Actor(new ActorId(entity.Id));
        return TypedResults.Ok(MembershipsJson.Build(atlas, actor, day, atlas.AffiliationsOf(actor.Id, day)));
    }

    private static Results<Ok<AnswerJson>, ProblemHttpResult> Attack(string id, string? on, string? where, Atlas atlas, AnswerCache cache, TimeProvider time)
    {
        if (ApiInput.Day(on, time, out var day) is { } badDay)
            return badDay;
        if (ApiInput.Actor(atlas, id, ActorKind.State, out var target) is { } problem)
            return problem;
        Place? place = null;
        if (!string.IsNullOrWhiteSpace(where))
        {
            if (ApiInput.Resolve(atlas, where, EntityKind.Place, "place", "Leave out ?where= for the state's own territory.", out var found) is { } badPlace)
                return badPlace;
            // A place held by another state stands for an attack on the target's forces there (U.S. forces on Okinawa).
            place = atlas.FindPlace(new PlaceId(found.Id))!;
        }
        return TypedResults.Ok(cache.GetOrAdd("attack", $"{target.Id}|{place?.Id.Value}", day, () => AnswerJson.Of(Answers.Attack(atlas, target.Id, day, place))));
    }

    private static Results<Ok<AnswerJson>, ProblemHttpResult> WhyNot(string state, string organization, string? on, Atlas atlas, AnswerCache cache, TimeProvider time)
    {
        if (ApiInput.Day(on, time, out var day) is { } badDay)
            return badDay;
        if (ApiInput.Actor(atlas, state, ActorKind.State, out var s) is { } badState)
            return badState;
        if (ApiInput.Actor(atlas, organization, ActorKind.Organization, out var o) is { } badOrganization)
            return badOrganization;
        return TypedResults.Ok(cache.GetOrAdd("why-not", $"{s.Id}|{o.Id}", day, () => AnswerJson.Of(Answers.WhyNot(atlas, s.Id, o.Id, day))));
    }

    private static Results<Ok<BackersJson>, ProblemHttpResult> StateBackers(string id, string? on, Atlas atlas, AnswerCache cache, TimeProvider time)
    {
        if (ApiInput.Day(on, time, out var day) is { } badDay)
            return badDay;
        if (ApiInput.Actor(atlas, id, ActorKind.State, out var target) is { } problem)
            return problem;
        return TypedResults.Ok(cache.GetOrAdd("backers", target.Id.Value, day, () => BackersJson.Build(atlas, target, day, Backers.Of(atlas, target.Id, day))));
    }

    private static Ok<IReadOnlyList<AllianceJson>> AllianceList(Atlas atlas, AnswerCache cache) =>
        TypedResults.Ok(cache.GetOrAdd("alliances", "", default, () => AllianceJson.All(atlas, Alliances.All(atlas))));

    private static Results<Ok<NetworkJson>, ProblemHttpResult> Network(string? on, Atlas atlas, AnswerCache cache, TimeProvider time)
    {
        if (ApiInput.Day(on, time, out var day) is { } badDay)
            return badDay;
        return TypedResults.Ok(cache.GetOrAdd("network", "", day, () => NetworkJson.Build(atlas, day, Alliances.TiesOn(atlas, day))));
    }

    private static async Task<Results<Ok<ClaimReportJson>, ProblemHttpResult>> Check(HttpRequest request, string? on, Atlas atlas, TimeProvider time, ILoggerFactory logs)
    {
        if (ApiInput.Day(on, time, out var day) is { } badDay)
            return badDay;
        // Routing already refuses other declared types (Accepts); this guards the handler on its own.
        if (request.ContentType is { } type && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem($"The body is {type}; send the article itself as text/plain (UTF-8).", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not plain text");
        var (bytes, unread) = await ApiInput.Body(request, RequestLimits.MaxBodyBytes);
        if (bytes is null)
            // Null when the client went away: no one reads this answer.
            return unread ?? TypedResults.Problem("The client closed the connection before the body arrived.", statusCode: StatusCodes.Status400BadRequest, title: "Body cut short");
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
            // No ?on=: the text's own date line, if it has one, else today.
            report = string.IsNullOrWhiteSpace(on) ? Answers.CheckOnItsDate(atlas, text, day, deadline.Token) : Answers.Check(atlas, text, day, deadline.Token);
        }
        catch (OperationCanceledException) when (request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away: the work stopped between two sentences. Said once, so that it can be seen (and tested).
            var log = logs.CreateLogger(CheckLog.Category);
            CheckLog.ClientGone(log, text.Length);
            throw;
        }
        catch (OperationCanceledException)
        {
            return TypedResults.Problem($"Checking the article took longer than {RequestLimits.MaxCheckTime.TotalSeconds:N0} s and was stopped. Send a shorter text, or check it in parts.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Too much work");
        }
        return TypedResults.Ok(ClaimReportJson.Of(report));
    }

    private static string Article(Atlas atlas, EntityRef entity) => entity.Kind switch
    {
        EntityKind.Actor => atlas.Actor(new ActorId(entity.Id)).IsState ? "a state" : "an organization",
        EntityKind.Treaty => "a treaty",
        EntityKind.Policy => "a policy",
        EntityKind.Partnership => "a partnership",
        EntityKind.Document => "a document",
        _ => "a place",
    };
}
