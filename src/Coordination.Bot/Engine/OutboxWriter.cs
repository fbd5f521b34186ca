using Coordination.Bot.Webhooks;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Data;
using Coordination.Data.Outbox;

namespace Coordination.Bot.Engine;

/// <summary>Saves state changes together with the messages they caused: one transaction, nothing lost or half-written.</summary>
public static class OutboxWriter
{
    public static async Task<int> SaveWithOutboxAsync(this CoordinationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.AddPendingMessagesToOutbox(now);
        await WebhookEvents.QueueAsync(db, now, cancellationToken);
        return await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Turns each tracked request's pending messages into outbox rows, to be saved with the state change.</summary>
    public static void AddPendingMessagesToOutbox(this CoordinationDbContext db, DateTimeOffset now)
    {
        foreach (var request in db.ChangeTracker.Entries<CoordinationRequest>().Select(e => e.Entity).ToList())
        {
            foreach (var pending in request.PendingMessages)
            {
                db.OutboxMessages.Add(OutboxMessage.From(pending, request.Id, now));
            }

            request.ClearPendingMessages();
        }
    }

    /// <summary>
    /// Queues the reply to a command (with its buttons) for <paramref name="context"/>'s actor only, where the command was
    /// given; in a direct message with the bot, as a plain message there.
    /// </summary>
    public static void QueueReply(this CoordinationDbContext db, CommandContext context, Reply reply, string deduplicationKey, DateTimeOffset now)
    {
        var to = context.InDirectMessage ? MessageDestination.InThread(context.Where) : MessageDestination.EphemeralTo(context.Where, context.Actor.PlatformUserId);
        var message = new OutgoingMessage(context.Platform, context.WorkspaceId, to, reply.Text, [], reply.Buttons)
        {
            Form = reply.Form,
            ShowsSecret = reply.ShowsSecret,
        };
        db.QueueMessage(message, deduplicationKey, now);
    }

    /// <summary>Queues a message not tied to one request (a reply, a post, a digest, a morning summary), to be saved with what caused it.</summary>
    public static void QueueMessage(this CoordinationDbContext db, OutgoingMessage message, string deduplicationKey, DateTimeOffset now) =>
        db.OutboxMessages.Add(OutboxMessage.From(new PendingMessage(message, deduplicationKey, null, null), null, now));

    /// <summary>Queues a post everyone in <paramref name="where"/> sees (a decision, a summary), not tied to one request.</summary>
    public static void QueuePost(
        this CoordinationDbContext db, Workspace workspace, ThreadRef where, string text, IReadOnlyList<Mention> mentions, string deduplicationKey, DateTimeOffset now,
        IReadOnlyList<MessageButton>? buttons = null)
    {
        var message = new OutgoingMessage(workspace.Platform, workspace.ExternalId, MessageDestination.InThread(where), text, mentions, buttons ?? []);
        db.QueueMessage(message, deduplicationKey, now);
    }
}
