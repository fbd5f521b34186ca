using Coordination.Data;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Engine.Delivery;

/// <summary>
/// Leases whole conversations in the database, so each one is sent into by one instance at a time, in order. A lease
/// is a conditional update (free or expired → ours), renewed while the holder works and released when it stops.
/// </summary>
public sealed class ConversationLeases(CoordinationDbContext db, IOptions<OutboxOptions> options)
{
    private readonly TimeSpan _length = options.Value.ClaimLease;

    /// <summary>Leases up to <paramref name="limit"/> conversations whose oldest pending message is due.</summary>
    public async Task<List<ConversationLease>> ClaimAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var keys = await db.DueConversationsAsync(now, limit, cancellationToken);
        if (keys.Count == 0)
        {
            return [];
        }

        await db.EnsureOutboxConversationsAsync(keys, cancellationToken);
        var owner = Guid.NewGuid();
        var until = now + _length;
        await db.OutboxConversations
            .Where(c => keys.Contains(c.Key) && (c.LeaseUntil == null || c.LeaseUntil <= now) && (c.NotBefore == null || c.NotBefore <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LeaseOwner, owner).SetProperty(c => c.LeaseUntil, until), cancellationToken);
        var leased = await db.OutboxConversations.AsNoTracking().Where(c => c.LeaseOwner == owner).ToListAsync(cancellationToken);
        return [.. leased.OrderBy(c => keys.IndexOf(c.Key)).Select(c => new ConversationLease(c.Key, owner, until, c.BucketStates()))];
    }

    /// <summary>Whether the lease has less than half its length left and should be renewed before the next send.</summary>
    public bool NeedsRenewal(ConversationLease lease, DateTimeOffset now) => lease.Until - now < _length / 2;

    /// <summary>Extends the lease and saves its buckets; <c>false</c> when another instance has taken the conversation over.</summary>
    public async Task<bool> RenewAsync(ConversationLease lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + _length;
        var buckets = OutboxConversation.Format(lease.Buckets);
        var renewed = await Owned(lease).ExecuteUpdateAsync(
            set => set.SetProperty(c => c.LeaseUntil, until).SetProperty(c => c.Buckets, buckets), cancellationToken);
        lease.Until = until;
        return renewed == 1;
    }

    /// <summary>Lets the conversation go, to be sent into again (by any instance) no sooner than <paramref name="notBefore"/>.</summary>
    public Task ReleaseAsync(ConversationLease lease, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        var buckets = OutboxConversation.Format(lease.Buckets);
        return Owned(lease).ExecuteUpdateAsync(
            set => set
                .SetProperty(c => c.LeaseOwner, (Guid?)null)
                .SetProperty(c => c.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(c => c.NotBefore, notBefore)
                .SetProperty(c => c.Buckets, buckets),
            cancellationToken);
    }

    /// <summary>The earliest instant after <paramref name="now"/> that a lease runs out or a hold ends, if any.</summary>
    public async Task<DateTimeOffset?> NextFreeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lease = await db.OutboxConversations.Where(c => c.LeaseUntil > now).MinAsync(c => c.LeaseUntil, cancellationToken);
        var hold = await db.OutboxConversations.Where(c => c.NotBefore > now).MinAsync(c => c.NotBefore, cancellationToken);
        return lease is null ? hold : hold is null || lease < hold ? lease : hold;
    }

    private IQueryable<OutboxConversation> Owned(ConversationLease lease) =>
        db.OutboxConversations.Where(c => c.Key == lease.Key && c.LeaseOwner == lease.Owner);
}
