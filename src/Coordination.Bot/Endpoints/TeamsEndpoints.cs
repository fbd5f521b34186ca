using System.Security.Cryptography;
using System.Text;
using Coordination.Bot.Engine;
using Coordination.Bot.Inbox;
using Coordination.Bot.Teams;
using Coordination.Bot.Telemetry;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Coordination.Data.Inbox;
using Coordination.Teams.Inbound;
using Coordination.Teams.Outbound;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Endpoints;

/// <summary>
/// <c>POST /api/messages</c>: the bearer token first, then the body; the activity must match what the token vouches for
/// (its channel endorsed by the signing key, its service URL the token's). Messages are stored and acted on after the
/// answer; a card press is answered with the updated card; installs and removals keep the conversation references.
/// </summary>
public static class TeamsEndpoints
{
    private const string LoggerName = "Coordination.Bot.Teams";

    public static IEndpointRouteBuilder MapTeamsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", MessagesAsync);
        return app;
    }

    private static async Task<IResult> MessagesAsync(
        HttpContext http, BotFrameworkTokenValidator validator, TeamsConversationStore conversations, TeamsInbox inbox, CoordinationTelemetry telemetry, ILoggerFactory logs)
    {
        var logger = logs.CreateLogger(LoggerName);
        if (await validator.ValidateAsync(http.Request.Headers.Authorization, http.RequestAborted) is not { } identity)
        {
            telemetry.InboundRejected(ChatPlatform.Teams, InboundRejection.BadToken);
            return Results.Unauthorized();
        }

        var (body, refusal) = await RequestBody.ReadAsync(http);
        if (body is null)
        {
            return refusal!;
        }

        if (TeamsActivity.Parse(body) is not { Type: not null } activity)
        {
            return Results.BadRequest("Not a Bot Framework activity.");
        }

        if (!identity.Permits(activity.ChannelId, activity.ServiceUrl))
        {
            Log.TeamsActivityRefused(logger, activity.ChannelId);
            telemetry.InboundRejected(ChatPlatform.Teams, InboundRejection.NotVouchedFor);
            return Results.Unauthorized();
        }

        await conversations.RememberAsync(activity, http.RequestAborted);
        return await ActAsync(http, conversations, inbox, activity, body, logger);
    }

    /// <summary>What a verified activity asks for: a message is stored and acted on; an invoke is answered at once.</summary>
    private static async Task<IResult> ActAsync(
        HttpContext http, TeamsConversationStore conversations, TeamsInbox inbox, TeamsActivity activity, byte[] body, ILogger logger)
    {
        var services = http.RequestServices;
        return activity.Type switch
        {
            TeamsActivity.Message => await ReceiveAsync(inbox, activity, body, logger, http.RequestAborted),
            TeamsActivity.Invoke when TeamsHome.IsHomeAction(activity) => await services.GetRequiredService<TeamsHome>().AnswerAsync(inbox, activity, http.RequestAborted),
            TeamsActivity.Invoke when activity.Name == TeamsActivity.CardActionInvoke => await PressAsync(inbox, activity, body, http.RequestAborted),
            TeamsActivity.Invoke when activity.Name == TeamsFileCards.ConsentInvoke => await services.GetRequiredService<TeamsFileConsent>().AnswerAsync(activity, http.RequestAborted),
            TeamsActivity.Invoke when TeamsMessageActions.IsMessageAction(activity) => await TeamsFollowUp.AnswerAsync(inbox, activity, Receipt(inbox.Time, activity, body), http.RequestAborted),
            TeamsActivity.Invoke when TeamsSearchQuery.Of(activity) is { } search => await services.GetRequiredService<TeamsPeopleSearch>().AnswerAsync(search, http.RequestAborted),
            TeamsActivity.ConversationUpdate or TeamsActivity.InstallationUpdate when RemovesTheBot(activity) => await ForgetAsync(conversations, activity, http.RequestAborted),
            TeamsActivity.ConversationUpdate when TeamsHome.WelcomesInPersonal(activity) => await WelcomeAsync(services.GetRequiredService<TeamsHome>(), activity, http.RequestAborted),
            _ => Results.Ok(),
        };
    }

    /// <summary>Stores the message once (a redelivery is acknowledged and dropped) and has it acted on right after.</summary>
    private static async Task<IResult> ReceiveAsync(TeamsInbox inbox, TeamsActivity activity, byte[] body, ILogger logger, CancellationToken cancellationToken)
    {
        if (Receipt(inbox.Time, activity, body) is not { } received)
        {
            return Results.Ok();
        }

        if (await inbox.Db.TryReceiveAsync(received, cancellationToken))
        {
            inbox.Worker.Enqueue(received.Id);
        }
        else
        {
            Log.DuplicateEvent(logger, ChatPlatform.Teams, received.EventId, null);
        }

        return Results.Ok();
    }

    /// <summary>An <c>Action.Execute</c> press: acted on now, once, and answered with the request's card as it now stands.</summary>
    private static async Task<IResult> PressAsync(TeamsInbox inbox, TeamsActivity activity, byte[] body, CancellationToken cancellationToken)
    {
        var db = inbox.Db;
        if (TeamsInboundParser.FromActivity(activity) is not { } command || Receipt(inbox.Time, activity, body) is not { } received)
        {
            return TeamsCardResponse.Message("That button is not one of mine.");
        }

        if (!await db.TryReceiveAsync(received, cancellationToken))
        {
            return TeamsCardResponse.Message("Already done.");
        }

        var now = inbox.Time.GetUtcNow();
        var reply = await inbox.Commands.HandleAsync(inbox.Admins.Vouch(command, activity), _ =>
        {
            received.MarkProcessed(now);
            db.Entry(received).State = EntityState.Modified;
        }, cancellationToken);
        return TeamsCardResponse.For(command, reply, TeamsInboundParser.PressedInList(activity));
    }

    private static async Task<IResult> ForgetAsync(TeamsConversationStore conversations, TeamsActivity activity, CancellationToken cancellationToken)
    {
        await conversations.ForgetAsync(activity, cancellationToken);
        return Results.Ok();
    }

    /// <summary>The app was added to someone's personal chat: their "Waiting on you" card is the welcome.</summary>
    private static async Task<IResult> WelcomeAsync(TeamsHome home, TeamsActivity activity, CancellationToken cancellationToken)
    {
        await home.SendAsync(activity, cancellationToken);
        return Results.Ok();
    }

    private static bool RemovesTheBot(TeamsActivity activity) =>
        activity.Action?.StartsWith("remove", StringComparison.Ordinal) == true
        || (activity.MembersRemoved ?? []).Any(m => m.Id is not null && m.Id == activity.Recipient?.Id);

    /// <summary>
    /// The stored copy of an activity, keyed by its id within its conversation (message ids are timestamps, unique only
    /// there), or <c>null</c> when it has no id or tenant to key it by.
    /// </summary>
    internal static InboundEvent? Receipt(TimeProvider time, TeamsActivity activity, byte[] body)
    {
        if ((activity.Id, activity.TenantId, activity.Conversation?.Id) is not ({ } id, { } tenant, { } conversation))
        {
            return null;
        }

        var scope = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversation)))[..16];
        var now = time.GetUtcNow();
        var key = $"{scope}:{id}";
        return InboundEvent.Receive(ChatPlatform.Teams, key.Length <= 200 ? key : key[..200], tenant, Encoding.UTF8.GetString(body), now, now + InboundEventProcessor.Lease);
    }
}

/// <summary>What <c>/api/messages</c> needs to receive an activity and act on a press, bound per request.</summary>
public sealed record TeamsInbox(CoordinationDbContext Db, InboundEventWorker Worker, CommandHandler Commands, TeamsAdmins Admins, TimeProvider Time);
