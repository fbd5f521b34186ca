using Coordination.Bot.Options;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Engine.Delivery;

/// <summary>
/// Sends one leased conversation's messages, oldest first, one at a time: each waits for the platform's pace, is
/// sent, and has its effects saved before the next. It stops when the conversation is empty, must wait (its pace, a
/// retry), or has had its share; a failure holds back this conversation only.
/// </summary>
public sealed class ConversationDelivery(
    CoordinationDbContext db,
    IEnumerable<IChatChannel> channels,
    ConversationLeases leases,
    DeliveryPacer pacer,
    DeliveryEffects effects,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<ConversationDelivery> logger)
{
    /// <summary>Messages sent under one lease before the conversation goes back in line behind the others.</summary>
    public const int MaxPerLease = 100;

    private readonly Dictionary<ChatPlatform, IChatChannel> _channels = channels.GroupBy(c => c.Platform).ToDictionary(g => g.Key, g => g.Last());
    private readonly bool _pacing = options.Value.Pacing;

    /// <summary>Sends what is due in the conversation; returns how many messages the platform accepted.</summary>
    public async Task<int> DrainAsync(ConversationLease lease, CancellationToken cancellationToken)
    {
        // One connection for the whole drain; the conversation's pending rows read a batch at a time (only this lease sends them).
        await db.Database.OpenConnectionAsync(cancellationToken);
        var (sent, hold, waiting) = (0, (DateTimeOffset?)null, new Queue<OutboxMessage>());
        for (var turn = 0; turn < MaxPerLease; turn++)
        {
            var now = time.GetUtcNow();
            if (waiting.Count == 0)
            {
                waiting = new Queue<OutboxMessage>(await PendingAsync(lease, MaxPerLease - turn, cancellationToken));
            }

            if (!waiting.TryPeek(out var row) || row.NextAttemptAt > now)
            {
                hold = row?.NextAttemptAt;
                break;
            }

            var channel = _channels.GetValueOrDefault(row.Platform);
            if (_pacing && channel is not null && await pacer.ReserveAsync(lease, row, channel.Limits, now, cancellationToken) is { } paced)
            {
                hold = paced;
                break;
            }

            if ((_pacing || leases.NeedsRenewal(lease, now)) && !await leases.RenewAsync(lease, now, cancellationToken))
            {
                Log.LeaseLost(logger, lease.Key);
                return sent;
            }

            waiting.Dequeue();
            db.Attach(row);
            var (delivered, retryAt) = await SendAsync(row, channel, cancellationToken);
            db.ChangeTracker.Clear();
            sent += delivered ? 1 : 0;
            if (retryAt is not null)
            {
                hold = retryAt;
                break;
            }
        }

        await leases.ReleaseAsync(lease, hold, CancellationToken.None);
        return sent;
    }

    private Task<List<OutboxMessage>> PendingAsync(ConversationLease lease, int count, CancellationToken cancellationToken) =>
        db.OutboxMessages
            .AsNoTracking()
            .Where(m => m.ConversationKey == lease.Key && m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.Sequence)
            .Take(count)
            .ToListAsync(cancellationToken);

    private async Task<(bool Delivered, DateTimeOffset? RetryAt)> SendAsync(OutboxMessage row, IChatChannel? channel, CancellationToken cancellationToken)
    {
        var request = row.RequestId is { } id ? await effects.LoadRequestAsync(id, row.AttemptId, cancellationToken) : null;
        var message = new DeliveredMessage(row, row.ReadMessage());
        var (ready, moot) = await PrepareAsync(message, request, cancellationToken);
        if (moot is not null)
        {
            await effects.DropAsync(row, request, moot, cancellationToken);
            return (false, null);
        }

        var result = await TrySendAsync(ready, channel, cancellationToken);
        var retryAt = await effects.RecordAsync(ready, request, result, time.GetUtcNow(), cancellationToken);
        return (result.Delivered, retryAt);
    }

    /// <summary>
    /// The message as it should go now, or why it should not go at all: a follow-up whose reason is gone, or a post
    /// into a thread that never came to be. A post queued before its request's thread existed goes into it now.
    /// </summary>
    private async Task<(DeliveredMessage Message, string? Moot)> PrepareAsync(DeliveredMessage message, CoordinationRequest? request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return (message, null);
        }

        if (message.Row.IsFollowUp && request.WhyFollowUpIsMoot(message.Row.StakeholderId) is { } reason)
        {
            return (message, reason);
        }

        if (!message.NeedsThread)
        {
            return (message, null);
        }

        if (request.ThreadId is { } thread)
        {
            var destination = message.Message.Destination with { ThreadId = thread };
            return (message with { Message = message.Message with { Destination = destination } }, null);
        }

        var askKey = CoordinationRequest.AskDeduplicationKey(request.Id);
        var askDelivered = await db.OutboxMessages.AnyAsync(m => m.DeduplicationKey == askKey && m.Status == OutboxStatus.Delivered, cancellationToken);
        return askDelivered ? (message, null) : (message, $"the post of {request.Key} never reached the channel, so it has no thread");
    }

    private async Task<DeliveryResult> TrySendAsync(DeliveredMessage message, IChatChannel? channel, CancellationToken cancellationToken)
    {
        if (channel is null)
        {
            Log.NoChannel(logger, message.Row.Platform, message.Row.Id);
            return DeliveryResult.Rejected($"No chat channel is configured for {message.Row.Platform}.");
        }

        try
        {
            return await channel.SendAsync(message.Message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Transient($"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
