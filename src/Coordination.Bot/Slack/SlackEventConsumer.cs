using System.Text;
using Coordination.Bot.Engine;
using Coordination.Bot.Inbox;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Coordination.Data.Inbox;
using Coordination.Slack.Inbound;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Slack;

/// <summary>
/// Acts on a stored Events API delivery: an @-mention runs its command (the reply only the sender sees); a
/// stakeholder's message in a request's thread is their answer. The event is marked processed with the outcome.
/// </summary>
public sealed class SlackEventConsumer(CoordinationDbContext db, CommandHandler commands, SlackProfileSync profiles, TimeProvider time) : IInboundEventConsumer
{
    public ChatPlatform Platform => ChatPlatform.Slack;

    public async Task HandleAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        var envelope = SlackEventEnvelope.Parse(Encoding.UTF8.GetBytes(inbound.Payload));
        if (envelope is null || SlackInboundParser.FromEvent(envelope) is not { } command)
        {
            MarkProcessed(inbound);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await commands.HandleAsync(command, reply => Record(inbound, command, reply), cancellationToken);
        profiles.Enqueue(command);
    }

    private void Record(InboundEvent inbound, ChatCommand command, Reply reply)
    {
        MarkProcessed(inbound);
        if (command is not ThreadReplyCommand && reply.Text.Length > 0)
        {
            db.QueueReply(command.Context, reply.Text, $"reply:{inbound.Id}", time.GetUtcNow());
        }
    }

    private void MarkProcessed(InboundEvent inbound)
    {
        inbound.MarkProcessed(time.GetUtcNow());
        db.Entry(inbound).State = EntityState.Modified;
    }
}
