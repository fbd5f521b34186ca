using System.Text;
using Coordination.Bot.Engine;
using Coordination.Bot.Inbox;
using Coordination.Bot.Slack;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Coordination.Data.Inbox;
using Coordination.Data.Outbox;
using Coordination.Core.Requests;
using Coordination.Slack.Inbound;
using Coordination.Slack.Outbound;

namespace Coordination.Bot.Endpoints;

/// <summary>
/// <c>/slack/*</c>: verify the signature over the raw body, parse, hand a neutral command to the engine, and answer
/// within Slack's three seconds. Events are stored first and acted on right after the acknowledgement.
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

    private static async Task<IResult> CommandAsync(HttpContext http, SlackRequestReader reader, SlackCommandRunner runner, SlackPeople people, SlackForms forms)
    {
        var (payload, refusal) = await reader.ReadOnceAsync(
            http, body => SlashCommandPayload.Parse(body), "Not a slash command: team_id, channel_id, user_id and command are required.");
        if (payload is null)
        {
            return refusal!;
        }

        payload = payload with { Text = await people.ExpandGroupsAsync(payload.TeamId, payload.Text, http.RequestAborted) };
        var reply = await runner.RunAsync(SlackInboundParser.FromSlashCommand(payload), null, payload.ResponseUrl, http.RequestAborted);
        if (reply?.Form is { } form && await forms.OpenAsync(payload.TeamId, payload.UserId, payload.TriggerId, form, http.RequestAborted))
        {
            return Results.Ok();
        }

        return Results.Json(reply is null ? new SlackCommandResponse("Working on it; the answer follows here in a moment.") : SlackCommandResponse.For(reply));
    }

    private static async Task<IResult> EventAsync(
        HttpContext http, SlackRequestReader reader, CoordinationDbContext db, InboundEventWorker queue, TimeProvider time)
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

        if (envelope is { EventId: { } eventId, WorkspaceId: { } team } && (envelope.IsRevocation || SlackInboundParser.FromEvent(envelope) is not null))
        {
            var now = time.GetUtcNow();
            var received = InboundEvent.Receive(ChatPlatform.Slack, eventId, team, Encoding.UTF8.GetString(body!), now, now + InboundEventProcessor.Lease);
            if (await db.TryReceiveAsync(received, http.RequestAborted))
            {
                queue.Enqueue(received.Id);
            }
            else
            {
                Log.DuplicateEvent(reader.Logger, ChatPlatform.Slack, eventId, http.Request.Headers["X-Slack-Retry-Num"]);
            }
        }

        return Results.Ok();
    }

    private static async Task<IResult> InteractionAsync(HttpContext http, SlackRequestReader reader, SlackCommandRunner runner, SlackForms forms, TimeProvider time)
    {
        var (payload, refusal) = await reader.ReadOnceAsync(http, body => BlockActionsPayload.Parse(body), "Not an interactivity payload.");
        if (payload is null)
        {
            return refusal!;
        }

        if (payload.Type == BlockActionsPayload.ViewSubmission)
        {
            return await SubmitAsync(runner, payload, time, http.RequestAborted);
        }

        if (SlackInboundParser.FromBlockAction(payload) is { } command)
        {
            var press = payload.Actions![0].ActionTs ?? Guid.CreateVersion7().ToString();
            if (command is OpenFormCommand)
            {
                var opened = await runner.RunAsync(command, null, payload.ResponseUrl, http.RequestAborted);
                if (opened?.Form is { } form && await forms.OpenAsync(payload.Team!.Id!, payload.User!.Id!, payload.TriggerId, form, http.RequestAborted))
                {
                    return Results.Ok();
                }
            }

            await runner.RunAsync(command, (db, reply) => RecordPress(db, command, reply, payload, $"press:{command.Context.WorkspaceId}:{press}", time.GetUtcNow()), payload.ResponseUrl, http.RequestAborted);
        }

        return Results.Ok();
    }

    /// <summary>
    /// A submitted modal runs as its command: a field that cannot be used is shown on the form (which stays open); else
    /// the form closes and the answer appears where it was opened.
    /// </summary>
    private static async Task<IResult> SubmitAsync(SlackCommandRunner runner, BlockActionsPayload payload, TimeProvider time, CancellationToken cancellationToken)
    {
        if (SlackInboundParser.FromViewSubmission(payload) is not { } form)
        {
            return Results.Ok();
        }

        var key = $"form:{form.Context.WorkspaceId}:{payload.View?.Id ?? Guid.CreateVersion7().ToString()}";
        var reply = await runner.RunAsync(form, (db, reply) =>
        {
            if (reply.Succeeded)
            {
                db.QueueReply(form.Context, reply, key, time.GetUtcNow());
            }
        }, null, cancellationToken);
        return reply is { Succeeded: false }
            ? Results.Json(new SlackViewErrors(reply.Field ?? ChatForms.FirstField(form.Kind), reply.Text))
            : Results.Ok();
    }

    /// <summary>Tells the presser what happened and, when it changed something, shows the request's new state on the message they pressed.</summary>
    private static void RecordPress(CoordinationDbContext db, ChatCommand command, Reply reply, BlockActionsPayload payload, string key, DateTimeOffset now)
    {
        if (reply.Text.Length > 0)
        {
            db.QueueReply(command.Context, reply, key + ":reply", now);
        }

        if (reply is { Succeeded: true, Request: { } state } && SlackInboundParser.PressedMessage(payload) is { } pressed && payload.Message?.Text is { } text)
        {
            var buttons = state.IsOpen ? MessageButton.ForRequest(state.Key) : [];
            var update = new OutgoingMessage(ChatPlatform.Slack, command.Context.WorkspaceId, MessageDestination.Replacing(pressed.Channel, pressed.Ts), state.ApplyTo(text), [], buttons);
            db.QueueMessage(update, key + ":update", now);
        }
    }
}
