using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Engine.Delivery;

/// <summary>
/// Draws a message's tokens from its conversation's buckets (kept with the lease) and its workspace's (a row every
/// instance shares, updated only if nobody else did in between), or says how long the conversation must wait.
/// </summary>
public sealed class DeliveryPacer(CoordinationDbContext db, IOptions<OutboxOptions> options)
{
    private const int MaxWorkspaceTries = 8;

    /// <summary>Whether messages are paced to the platforms' rate limits (<see cref="OutboxOptions.Pacing"/>).</summary>
    public bool IsOn { get; } = options.Value.Pacing;

    /// <summary>Takes the tokens for one message at <paramref name="now"/>; returns when to try again instead if a bucket is empty.</summary>
    public async Task<DateTimeOffset?> ReserveAsync(
        ConversationLease lease, OutboxMessage message, DeliveryLimits limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var conversationNext = DeliveryLimits.NextAllowed(limits.PerConversation, lease.Buckets, now);
        if (conversationNext > now)
        {
            return conversationNext;
        }

        if (limits.PerWorkspace.Count > 0
            && await TakeWorkspaceAsync(OutboxConversation.WorkspaceKey(message.Platform.ToString(), message.WorkspaceExternalId), limits.PerWorkspace, now, cancellationToken) is { } workspaceNext)
        {
            return workspaceNext;
        }

        lease.Buckets = DeliveryLimits.Take(limits.PerConversation, lease.Buckets, now);
        return null;
    }

    private async Task<DateTimeOffset?> TakeWorkspaceAsync(string key, IReadOnlyList<RateLimit> buckets, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxWorkspaceTries; attempt++)
        {
            // The workspace's row is added the first time it is drawn from, not on every message.
            if (await db.OutboxConversations.AsNoTracking().SingleOrDefaultAsync(c => c.Key == key, cancellationToken) is not { } row)
            {
                await db.EnsureOutboxConversationsAsync([key], cancellationToken);
                continue;
            }

            var states = row.BucketStates();
            var next = DeliveryLimits.NextAllowed(buckets, states, now);
            if (next > now)
            {
                return next;
            }

            var taken = OutboxConversation.Format(DeliveryLimits.Take(buckets, states, now));
            var version = row.Version;
            var updated = await db.OutboxConversations
                .Where(c => c.Key == key && c.Version == version)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.Buckets, taken).SetProperty(c => c.Version, version + 1), cancellationToken);
            if (updated == 1)
            {
                return null;
            }
        }

        // Many instances drew at once: try again shortly rather than contend further.
        return now + TimeSpan.FromMilliseconds(50);
    }
}
