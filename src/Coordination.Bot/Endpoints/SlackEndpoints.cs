using Coordination.Bot.Slack;
using Coordination.Slack.Inbound;

namespace Coordination.Bot.Endpoints;

/// <summary>
/// <c>/slack/*</c>: verify the signature over the raw body, parse, and hand the payload to the same intake a Socket
/// Mode envelope reaches, answering within Slack's three seconds. Events are stored first and acted on right after
/// the acknowledgement.
/// </summary>
public static class SlackEndpoints
{
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        var slack = app.MapGroup("/slack");
        slack.MapPost("/commands", CommandAsync);
        slack.MapPost("/events", EventAsync);
        slack.MapPost("/interactions", InteractionAsync);
        slack.MapSlackInstall();
        return app;
    }

    private static async Task<IResult> CommandAsync(HttpContext http, SlackRequestReader reader, SlackInteractionIntake intake)
    {
        var (payload, refusal) = await reader.ReadOnceAsync(
            http, body => SlashCommandPayload.Parse(body), "Not a slash command: team_id, channel_id, user_id and command are required.");
        return payload is null ? refusal! : Answer(await intake.CommandAsync(payload, http.RequestAborted));
    }

    private static async Task<IResult> EventAsync(HttpContext http, SlackRequestReader reader, SlackEventIntake intake)
    {
        var (body, refusal) = await reader.ReadVerifiedAsync(http);
        if (refusal is not null)
        {
            return refusal;
        }

        var envelope = SlackEventEnvelope.Parse(body);
        if (envelope is null)
        {
            return SlackRequestReader.Malformed(http, "Not an Events API body.");
        }

        if (envelope.Type == SlackEventEnvelope.UrlVerification)
        {
            return envelope.Challenge is { } challenge ? Results.Json(new SlackChallengeResponse(challenge)) : SlackRequestReader.Malformed(http, "No challenge.");
        }

        await intake.ReceiveAsync(envelope, body!, http.Request.Headers["X-Slack-Retry-Num"], http.RequestAborted);
        return Results.Ok();
    }

    private static async Task<IResult> InteractionAsync(HttpContext http, SlackRequestReader reader, SlackInteractionIntake intake)
    {
        var (payload, refusal) = await reader.ReadOnceAsync(http, body => BlockActionsPayload.Parse(body), "Not an interactivity payload.");
        return payload is null ? refusal! : Answer(await intake.InteractionAsync(payload, http.RequestAborted));
    }

    private static IResult Answer(object? answer) => answer is null ? Results.Ok() : Results.Json(answer);
}
