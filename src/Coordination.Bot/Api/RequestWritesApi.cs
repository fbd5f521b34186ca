using Coordination.Bot.Engine;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Api;

/// <summary>A new request for <c>POST /api/v1/requests</c>; <see cref="Actor"/> (a user id) asks it, or else the token's creator.</summary>
public sealed record CreateRequestBody(string? Title, IReadOnlyList<string>? Stakeholders, string? Channel, DateTimeOffset? DueAt = null, string? EscalateTo = null, string? Actor = null);

/// <summary>A stakeholder's answer for <c>POST /api/v1/requests/{key}/answers</c>: kind is ack, done or decline (which needs a text).</summary>
public sealed record AnswerBody(string? UserId, string? Kind, string? Text = null);

/// <summary>
/// The API's two writes. Each becomes the command a person would send (<c>ask</c>, <c>ack</c> / <c>done</c> /
/// <c>decline</c>) and goes through <see cref="CommandHandler"/>, so state and the messages to the chat commit together.
/// </summary>
public static class RequestWritesApi
{
    public static RouteGroupBuilder MapRequestWritesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/requests", CreateAsync).WithName("CreateRequest").WithSummary("Ask: record a request and post it in the channel, as `ask` does")
            .Accepts<CreateRequestBody>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapPost("/requests/{key}/answers", AnswerAsync).WithName("AnswerRequest").WithSummary("Record a stakeholder's answer (ack, done or decline), as the buttons do")
            .Accepts<AnswerBody>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    public static async Task<Results<Created<RequestResource>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext http, CoordinationDbContext db, CommandHandler commands, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiJsonBody.ReadAsync<CreateRequestBody>(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var caller = ApiCaller.Of(http);
        var named = (body!.Stakeholders ?? []).Append(body.Actor).Append(body.EscalateTo).OfType<string>().ToList();
        var people = await PeopleAsync(db, caller, named, cancellationToken);
        var actor = body.Actor is null ? await db.People.AsNoTracking().SingleAsync(p => p.Id == caller.CreatedById, cancellationToken) : people.GetValueOrDefault(body.Actor);
        if (CreateErrors(body, people, actor) is { Count: > 0 } errors)
        {
            return ApiProblems.Invalid(errors);
        }

        var context = new CommandContext(caller.Platform, caller.WorkspaceExternalId, Ref(actor!), new ThreadRef(body.Channel!.Trim(), null));
        var ask = new AskCommand(context, body.Title!.Trim(), [.. body.Stakeholders!.Distinct().Select(id => Ref(people[id]))],
            body.DueAt is { } due ? new DueDate(Instant: due) : null, body.EscalateTo is { } target ? Ref(people[target]) : null);
        var reply = await commands.HandleAsync(ask, cancellationToken);

        // The ask's reply names the key it recorded ("Recorded CR-12: …").
        if (!reply.Succeeded || !RequestKey.TryParse(reply.Text.Split(' ', 3).ElementAtOrDefault(1)?.TrimEnd(':'), out var number))
        {
            return ApiProblems.Conflict(reply.Text);
        }

        var request = await RequestsApi.FindAsync(db, caller, RequestKey.Format(number), cancellationToken);
        return TypedResults.Created($"{http.Request.PathBase}/api/v1/requests/{request!.Key}", RequestsApi.Resource(request, trail: null));
    }

    public static async Task<Results<Ok<RequestResource>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        HttpContext http, CoordinationDbContext db, CommandHandler commands, string key, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiJsonBody.ReadAsync<AnswerBody>(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var caller = ApiCaller.Of(http);
        if (await RequestsApi.FindAsync(db, caller, key, cancellationToken) is not { } request)
        {
            return RequestsApi.NotFound(key);
        }

        var people = await PeopleAsync(db, caller, [body!.UserId ?? string.Empty], cancellationToken);
        if (AnswerErrors(body, people) is { Count: > 0 } errors)
        {
            return ApiProblems.Invalid(errors);
        }

        var context = new CommandContext(caller.Platform, caller.WorkspaceExternalId, Ref(people[body.UserId!]), request.Thread);
        var text = string.IsNullOrWhiteSpace(body.Text) ? null : body.Text.Trim();
        ChatCommand answer = body.Kind!.ToLowerInvariant() switch
        {
            "ack" => new AcknowledgeCommand(context, request.Number),
            "done" => new DoneCommand(context, request.Number, text),
            _ => new DeclineCommand(context, request.Number, text!),
        };
        var reply = await commands.HandleAsync(answer, cancellationToken);
        if (!reply.Succeeded)
        {
            return ApiProblems.Conflict(reply.Text);
        }

        return TypedResults.Ok(RequestsApi.Resource((await RequestsApi.FindAsync(db, caller, key, cancellationToken))!, trail: null));
    }

    private static async Task<Dictionary<string, Person>> PeopleAsync(CoordinationDbContext db, ApiCaller caller, List<string> ids, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking().Where(p => p.WorkspaceId == caller.WorkspaceId && ids.Contains(p.PlatformUserId)).ToDictionaryAsync(p => p.PlatformUserId, StringComparer.Ordinal, cancellationToken);

    private static PersonRef Ref(Person person) => new(person.PlatformUserId, person.DisplayName);

    private static Dictionary<string, string[]> CreateErrors(CreateRequestBody body, Dictionary<string, Person> people, Person? actor)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Title) || body.Title.Length > CommandParser.MaxTitleLength)
        {
            errors["title"] = [$"title is what you need, 1 to {CommandParser.MaxTitleLength} characters."];
        }

        if (body.Stakeholders is not { Count: > 0 and <= 20 } || body.Stakeholders.Any(id => !people.ContainsKey(id ?? string.Empty)))
        {
            errors["stakeholders"] = ["stakeholders is a list of 1 to 20 user ids of people this workspace knows (GET /api/v1/people)."];
        }

        if (string.IsNullOrWhiteSpace(body.Channel) || body.Channel.Length > 200)
        {
            errors["channel"] = ["channel is the channel (Slack) or conversation (Teams) id to post the request in."];
        }

        if (actor is null)
        {
            errors["actor"] = ["actor is the user id of someone this workspace knows (or leave it out to ask as the token's creator)."];
        }

        if (body.EscalateTo is { } target && !people.ContainsKey(target))
        {
            errors["escalateTo"] = ["escalateTo is the user id of someone this workspace knows."];
        }

        return errors;
    }

    private static Dictionary<string, string[]> AnswerErrors(AnswerBody body, Dictionary<string, Person> people)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.UserId is null || !people.ContainsKey(body.UserId))
        {
            errors["userId"] = ["userId is the user id of the stakeholder answering."];
        }

        if (body.Kind?.ToLowerInvariant() is not ("ack" or "done" or "decline"))
        {
            errors["kind"] = ["kind is ack, done or decline."];
        }
        else if (body.Kind.Equals("decline", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(body.Text))
        {
            errors["text"] = ["A decline needs a text: the reason the requester can act on."];
        }

        if (body.Text is { Length: > CommandParser.MaxNoteLength })
        {
            errors["text"] = [$"text is at most {CommandParser.MaxNoteLength} characters."];
        }

        return errors;
    }
}
