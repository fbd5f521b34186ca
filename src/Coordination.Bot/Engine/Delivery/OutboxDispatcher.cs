using Coordination.Data;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Engine.Delivery;

/// <summary>
/// Delivers the outbox by conversation: leases the conversations whose oldest message is due, then sends into up to
/// <see cref="OutboxOptions.MaxParallelSends"/> of them at once, each in order and in a scope of its own, so one
/// busy or failing conversation never holds back another and a second instance never sends into one this one holds.
/// </summary>
public sealed class OutboxDispatcher(
    CoordinationDbContext db, ConversationLeases leases, IServiceScopeFactory scopes, TimeProvider time, IOptions<OutboxOptions> options)
{
    private const int MaxRoundsPerRun = 20;
    private readonly OutboxOptions _options = options.Value;

    /// <summary>Deliver what is due now; returns how many messages the platforms accepted.</summary>
    public Task<int> DeliverDueAsync(CancellationToken cancellationToken) => DeliverDueAsync(CancellationToken.None, cancellationToken);

    /// <summary>
    /// Deliver what is due now, stopping gracefully once <paramref name="stopping"/> fires: no more conversations are
    /// leased or begun, each message in flight finishes and is recorded, and every lease is released so another instance
    /// may take the conversation at once. <paramref name="cancellationToken"/> cuts even the sends in flight short.
    /// </summary>
    public async Task<int> DeliverDueAsync(CancellationToken stopping, CancellationToken cancellationToken)
    {
        var delivered = 0;
        for (var round = 0; round < MaxRoundsPerRun && !stopping.IsCancellationRequested; round++)
        {
            var claimed = await leases.ClaimAsync(time.GetUtcNow(), _options.BatchSize, cancellationToken);
            if (claimed.Count == 0)
            {
                break;
            }

            var sent = new int[claimed.Count];
            // Every claimed conversation gets its turn, even when stopping, so that each of its leases is released.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelSends };
            await Parallel.ForEachAsync(Enumerable.Range(0, claimed.Count), parallel, async (i, _) => sent[i] = await DrainAsync(claimed[i], stopping, cancellationToken));
            delivered += sent.Sum();
        }

        return delivered;
    }

    /// <summary>The next instant after now that something may become due: a retry, a paced conversation, an abandoned lease.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var retry = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt > now)
            .MinAsync(m => (DateTimeOffset?)m.NextAttemptAt, cancellationToken);
        var free = await leases.NextFreeAsync(now, cancellationToken);
        return retry is null ? free : free is null || retry < free ? retry : free;
    }

    private async Task<int> DrainAsync(ConversationLease lease, CancellationToken stopping, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConversationDelivery>().DrainAsync(lease, stopping, cancellationToken);
    }
}
