using System.Text;
using Coordination.Bot.Inbox;
using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Data.Inbox;
using Coordination.Slack.Inbound;

namespace Coordination.Bot.Slack;

/// <summary>
/// Stores an Events API delivery the bot acts on, once by its event id, and queues it to be acted on right after the
/// acknowledgement; the same for an HTTP request and a Socket Mode envelope.
/// </summary>
public sealed class SlackEventIntake(CoordinationDbContext db, InboundEventWorker queue, TimeProvider time, ILoggerFactory logs)
{
    private readonly ILogger _logger = logs.CreateLogger("Coordination.Bot.Slack");

    public async Task ReceiveAsync(SlackEventEnvelope envelope, byte[] body, string? retry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope is { EventId: { } eventId, WorkspaceId: { } team } && (envelope.IsRevocation || envelope.OpensHomeTab || SlackInboundParser.FromEvent(envelope) is not null || SlackInboundParser.RequestMentionsOf(envelope) is not null))
        {
            var now = time.GetUtcNow();
            var received = InboundEvent.Receive(ChatPlatform.Slack, eventId, team, Encoding.UTF8.GetString(body), now, now + InboundEventProcessor.Lease);
            if (await db.TryReceiveAsync(received, cancellationToken))
            {
                queue.Enqueue(received.Id);
            }
            else
            {
                Log.DuplicateEvent(_logger, ChatPlatform.Slack, eventId, retry);
            }
        }
    }
}
