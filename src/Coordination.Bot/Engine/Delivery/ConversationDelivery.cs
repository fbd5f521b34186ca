using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Delivery;

/// <summary>
/// Sends one leased conversation's messages, oldest first, one at a time: each waits for the platform's pace, is
/// sent, and has its effects saved before the next. It stops when the conversation is empty, must wait (its pace, a
/// retry), or has had its share; a failure holds back this conversation only.
/// </summary>
public sealed class ConversationDelivery(
    CoordinationDbContext db,
    OutboxMessageSender sender,
    ConversationLeases leases,
    DeliveryPacer pacer,
    TimeProvider time,
    ILogger<ConversationDelivery> logger)
{
    /// <summary>Messages sent under one lease before the conversation goes back in line behind the others.</summary>
    public const int MaxPerLease = 100;

    /// <summary>Sends what is due in the conversation; returns how many messages the platform accepted.</summary>
    public Task<int> DrainAsync(ConversationLease lease, CancellationToken cancellationToken) => DrainAsync(lease, CancellationToken.None, cancellationToken);

    /// <summary>
    /// Sends what is due in the conversation, beginning no new message once <paramref name="stopping"/> fires, then
    /// releases the lease. Should <paramref name="cancellationToken"/> cut a send short while stopping, nothing of it is
    /// recorded (the row stays pending) and the lease is still released, so another instance takes the conversation at
    /// once; cancelled without a stop (the process dies), the lease runs out after <c>Outbox:ClaimLease</c>.
    /// </summary>
    public async Task<int> DrainAsync(ConversationLease lease, CancellationToken stopping, CancellationToken cancellationToken)
    {
        try
        {
            var (sent, hold, lost) = await SendDueAsync(lease, stopping, cancellationToken);
            if (!lost)
            {
                await leases.ReleaseAsync(lease, hold, CancellationToken.None);
            }

            return sent;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await leases.ReleaseAsync(lease, null, CancellationToken.None);
            Log.DeliveryCutShort(logger, lease.Key);
            return 0;
        }
    }

    private async Task<(int Sent, DateTimeOffset? Hold, bool LeaseLost)> SendDueAsync(ConversationLease lease, CancellationToken stopping, CancellationToken cancellationToken)
    {
        // One connection for the whole drain; the conversation's pending rows read a batch at a time (only this lease sends them).
        await db.Database.OpenConnectionAsync(cancellationToken);
        var (sent, waiting) = (0, new Queue<OutboxMessage>());
        for (var turn = 0; turn < MaxPerLease && !stopping.IsCancellationRequested; turn++)
        {
            if (waiting.Count == 0)
            {
                waiting = new Queue<OutboxMessage>(await PendingAsync(lease, MaxPerLease - turn, cancellationToken));
            }

            var next = await NextAsync(lease, waiting, time.GetUtcNow(), cancellationToken);
            if (next.LeaseLost || next.Row is not { } row)
            {
                return (sent, next.Hold, next.LeaseLost);
            }

            db.Attach(row);
            var (delivered, retryAt) = await sender.SendAsync(row, next.Channel, cancellationToken);
            db.ChangeTracker.Clear();
            sent += delivered ? 1 : 0;
            if (retryAt is not null)
            {
                return (sent, retryAt, false);
            }
        }

        return (sent, null, false);
    }

    /// <summary>
    /// The next row to send, taken from <paramref name="waiting"/>; or, when the conversation must wait (nothing due,
    /// its pace), until when; or that the lease was lost to another instance.
    /// </summary>
    private async Task<Turn> NextAsync(ConversationLease lease, Queue<OutboxMessage> waiting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!waiting.TryPeek(out var row) || row.NextAttemptAt > now)
        {
            return Turn.Wait(row?.NextAttemptAt);
        }

        var channel = sender.ChannelFor(row.Platform);
        if (pacer.IsOn && channel is not null && await pacer.ReserveAsync(lease, row, channel.Limits, now, cancellationToken) is { } paced)
        {
            return Turn.Wait(paced);
        }

        if ((pacer.IsOn || leases.NeedsRenewal(lease, now)) && !await leases.RenewAsync(lease, now, cancellationToken))
        {
            Log.LeaseLost(logger, lease.Key);
            return new Turn(null, null, null, LeaseLost: true);
        }

        return new Turn(waiting.Dequeue(), channel, null, LeaseLost: false);
    }

    private Task<List<OutboxMessage>> PendingAsync(ConversationLease lease, int count, CancellationToken cancellationToken) =>
        db.OutboxMessages
            .AsNoTracking()
            .Where(m => m.ConversationKey == lease.Key && m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.Sequence)
            .Take(count)
            .ToListAsync(cancellationToken);

    /// <summary>What a turn of the drain does: send <see cref="Row"/>, wait until <see cref="Hold"/>, or stop.</summary>
    private readonly record struct Turn(OutboxMessage? Row, IChatChannel? Channel, DateTimeOffset? Hold, bool LeaseLost)
    {
        public static Turn Wait(DateTimeOffset? until) => new(null, null, until, LeaseLost: false);
    }
}
