using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Data.Inbox;
using Coordination.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Inbox;

/// <summary>
/// Processes stored inbound events through their platform's handler. A failure is retried with backoff; an event
/// whose receiver died mid-way is due again when its lease ends, so nothing received is lost.
/// </summary>
public sealed class InboundEventProcessor(
    CoordinationDbContext db,
    IEnumerable<IInboundEventConsumer> handlers,
    TimeProvider time,
    ILogger<InboundEventProcessor> logger)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Retention = TimeSpan.FromHours(48);

    /// <summary>How long messages kept for thread summaries are kept.</summary>
    public static readonly TimeSpan ThreadMessageRetention = TimeSpan.FromDays(90);
    private const int MaxAttempts = 5;
    private const int BatchSize = 100;
    private readonly Dictionary<ChatPlatform, IInboundEventConsumer> _handlers = handlers.ToDictionary(h => h.Platform);

    /// <summary>Processes an event this instance holds the lease on (it just received or claimed it).</summary>
    public async Task ProcessAsync(Guid id, CancellationToken cancellationToken)
    {
        var inbound = await db.InboundEvents.SingleOrDefaultAsync(e => e.Id == id && e.Status == InboundEventStatus.Pending, cancellationToken);
        if (inbound is null)
        {
            return;
        }

        try
        {
            if (!_handlers.TryGetValue(inbound.Platform, out var handler))
            {
                throw new InvalidOperationException($"No handler for {inbound.Platform} events is configured.");
            }

            await handler.HandleAsync(inbound, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(inbound, ex, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Claims and processes events that are due again; forgets old events, lapsed replay guards and install states, and thread messages older than
    /// <see cref="ThreadMessageRetention"/>. Returns how many events it processed.
    /// </summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var processed = 0;
        foreach (var id in await db.DueInboundEventsAsync(now, BatchSize, cancellationToken))
        {
            if (await db.TryClaimAsync(id, now, now + Lease, cancellationToken))
            {
                await ProcessAsync(id, cancellationToken);
                processed++;
            }
        }

        foreach (var platform in _handlers.Keys)
        {
            await db.ForgetInboundEventsAsync(platform, now - Retention, cancellationToken);
        }

        await db.ForgetExpiredAsync(now, cancellationToken);
        var kept = now - ThreadMessageRetention;
        await db.ReceivedMessages.Where(m => m.At < kept).ExecuteDeleteAsync(cancellationToken);

        return processed;
    }

    private async Task RecordFailureAsync(InboundEvent inbound, Exception ex, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.InboundEvents.Attach(inbound);
        var error = $"{ex.GetType().Name}: {ex.Message}";
        if (inbound.Attempts >= MaxAttempts)
        {
            inbound.Park(error);
        }
        else
        {
            inbound.MarkFailed(error, time.GetUtcNow() + TimeSpan.FromSeconds(15 * Math.Pow(2, inbound.Attempts)));
        }

        db.Entry(inbound).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        Log.InboundEventFailed(logger, ex, inbound.Platform, inbound.EventId, inbound.Attempts);
    }
}
