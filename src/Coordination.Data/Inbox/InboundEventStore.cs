using Coordination.Core.Chat;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Inbox;

/// <summary>Records, claims and forgets inbound events, the same way on every engine.</summary>
public static class InboundEventStore
{
    /// <summary>Keeps the event unless its id was seen before; <c>false</c> means it is a redelivery.</summary>
    public static async Task<bool> TryReceiveAsync(this CoordinationDbContext db, InboundEvent received, CancellationToken cancellationToken)
    {
        if (await db.InboundEvents.AnyAsync(e => e.Platform == received.Platform && e.EventId == received.EventId, cancellationToken))
        {
            return false;
        }

        // Another instance may receive the same delivery a moment earlier: the unique key says so.
        return await db.TryInsertAsync(received, cancellationToken);
    }

    /// <summary>Pending events whose time has come (their receiver died, or they failed), oldest first.</summary>
    public static Task<List<Guid>> DueInboundEventsAsync(this CoordinationDbContext db, DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        db.InboundEvents.Where(e => e.Status == InboundEventStatus.Pending && e.NextAttemptAt <= now)
            .OrderBy(e => e.NextAttemptAt).Select(e => e.Id).Take(limit).ToListAsync(cancellationToken);

    /// <summary>Takes a due event for this instance until <paramref name="leasedUntil"/>; <c>false</c> when another took it first.</summary>
    public static async Task<bool> TryClaimAsync(this CoordinationDbContext db, Guid id, DateTimeOffset now, DateTimeOffset leasedUntil, CancellationToken cancellationToken) =>
        await db.InboundEvents
            .Where(e => e.Id == id && e.Status == InboundEventStatus.Pending && e.NextAttemptAt <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.NextAttemptAt, leasedUntil).SetProperty(e => e.Attempts, e => e.Attempts + 1), cancellationToken) == 1;

    /// <summary>Forgets events received before <paramref name="cutoff"/> (redeliveries stop long before).</summary>
    public static Task<int> ForgetInboundEventsAsync(this CoordinationDbContext db, ChatPlatform platform, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        db.InboundEvents.Where(e => e.Platform == platform && e.ReceivedAt < cutoff && e.Status != InboundEventStatus.Pending)
            .ExecuteDeleteAsync(cancellationToken);
}
