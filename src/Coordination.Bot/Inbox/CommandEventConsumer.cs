using Coordination.Bot.Engine;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Coordination.Data.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Inbox;

/// <summary>
/// Acts on a stored platform event that carries a command: the command runs, its reply (if any) goes only to the
/// sender, and the event is marked processed in the same transaction. An answer in a thread gets no reply.
/// </summary>
public abstract class CommandEventConsumer<TPayload>(CoordinationDbContext db, CommandHandler commands, TimeProvider time) : IInboundEventConsumer
    where TPayload : class
{
    public abstract ChatPlatform Platform { get; }

    protected CommandHandler Commands => commands;

    public async Task HandleAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        var payload = Read(inbound);
        if (payload is null || await CommandOfAsync(payload, cancellationToken) is not { } command)
        {
            if (payload is not null)
            {
                await WithoutCommandAsync(payload, cancellationToken);
            }

            MarkProcessed(inbound);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await commands.HandleAsync(command, reply => Record(inbound, command, reply), cancellationToken);
        await HandledAsync(payload, command, cancellationToken);
    }

    /// <summary>The stored event as its platform's payload, read once; <c>null</c> when it cannot be read.</summary>
    protected abstract TPayload? Read(InboundEvent inbound);

    /// <summary>The command the payload carries, or <c>null</c> when it carries none.</summary>
    protected abstract ValueTask<ChatCommand?> CommandOfAsync(TPayload payload, CancellationToken cancellationToken);

    /// <summary>Acts on an event that carries no command (such as the app's removal); what it changes is saved with the event.</summary>
    protected virtual Task WithoutCommandAsync(TPayload payload, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>What to do once the command is saved (look the people up, note the sender's time zone).</summary>
    protected abstract Task HandledAsync(TPayload payload, ChatCommand command, CancellationToken cancellationToken);

    /// <summary>Queues a reply with some text for <paramref name="command"/>'s sender, to be saved with what it answers.</summary>
    protected void QueueReply(ChatCommand command, Reply reply, string deduplicationKey)
    {
        if (reply.Text.Length > 0)
        {
            db.QueueReply(command.Context, reply, deduplicationKey, time.GetUtcNow());
        }
    }

    private void Record(InboundEvent inbound, ChatCommand command, Reply reply)
    {
        MarkProcessed(inbound);
        if (command is not ThreadReplyCommand)
        {
            QueueReply(command, reply, $"reply:{inbound.Id}");
        }
    }

    private void MarkProcessed(InboundEvent inbound)
    {
        inbound.MarkProcessed(time.GetUtcNow());
        db.Entry(inbound).State = EntityState.Modified;
    }
}
