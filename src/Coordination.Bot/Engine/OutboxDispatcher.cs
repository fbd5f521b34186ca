using Coordination.Bot.Options;
using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Engine;

/// <summary>
/// Delivers due outbox rows through each platform's channel. A row is claimed (leased) before sending, so a second
/// instance skips it; failures back off exponentially, honour Retry-After, and are parked with their error at last.
/// </summary>
public sealed class OutboxDispatcher(
    CoordinationDbContext db,
    IEnumerable<IChatChannel> channels,
    DeliveryEffects effects,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    private const int MaxRoundsPerRun = 20;
    private readonly Dictionary<ChatPlatform, IChatChannel> _channels = channels.GroupBy(c => c.Platform).ToDictionary(g => g.Key, g => g.Last());
    private readonly OutboxOptions _options = options.Value;

    /// <summary>Deliver what is due now, in rounds of <see cref="OutboxOptions.BatchSize"/>; returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        for (var round = 0; round < MaxRoundsPerRun; round++)
        {
            var (claimed, sent) = await RoundAsync(cancellationToken);
            delivered += sent;
            if (claimed < _options.BatchSize)
            {
                break;
            }
        }

        return delivered;
    }

    private async Task<(int Claimed, int Sent)> RoundAsync(CancellationToken cancellationToken)
    {
        var messages = await ClaimAsync(time.GetUtcNow(), cancellationToken);
        if (messages.Count == 0)
        {
            return (0, 0);
        }

        var payloads = new OutgoingMessage?[messages.Count];
        var results = new DeliveryResult[messages.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelSends, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, messages.Count), parallel, async (i, token) => (payloads[i], results[i]) = await SendAsync(messages[i], token));

        var at = time.GetUtcNow();
        for (var i = 0; i < messages.Count; i++)
        {
            Record(messages[i], results[i], at);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var sent = Enumerable.Range(0, messages.Count)
            .Where(i => messages[i].Status == OutboxStatus.Delivered)
            .Select(i => new DeliveredMessage(messages[i], payloads[i]!))
            .ToList();
        await effects.ApplyAsync(sent, at, cancellationToken);
        await effects.ApplyUndeliveredAsync(messages.Where(m => m.Status == OutboxStatus.Parked).ToList(), at, cancellationToken);
        return (messages.Count, sent.Count);
    }

    private async Task<List<OutboxMessage>> ClaimAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.LockDueOutboxAsync(now, _options.BatchSize, cancellationToken);
        var messages = await db.OutboxMessages.Where(m => ids.Contains(m.Id)).OrderBy(m => m.NextAttemptAt).ToListAsync(cancellationToken);
        foreach (var message in messages)
        {
            message.Lease(now + _options.ClaimLease);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return messages;
    }

    private async Task<(OutgoingMessage? Payload, DeliveryResult Result)> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!_channels.TryGetValue(message.Platform, out var channel))
        {
            Log.NoChannel(logger, message.Platform, message.Id);
            return (null, DeliveryResult.Rejected($"No chat channel is configured for {message.Platform}."));
        }

        OutgoingMessage? payload = null;
        try
        {
            payload = message.ReadMessage();
            return (payload, await channel.SendAsync(payload, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (payload, DeliveryResult.Transient($"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    private void Record(OutboxMessage message, DeliveryResult result, DateTimeOffset at)
    {
        if (result.Delivered)
        {
            message.MarkDelivered(at, result.MessageId);
            Log.MessageDelivered(logger, message.Id, message.Platform);
            return;
        }

        var error = result.Error ?? "unknown error";
        if (result.Permanent || message.DeliveryAttempts + 1 >= _options.MaxDeliveryAttempts)
        {
            message.Park(error);
            Log.MessageParked(logger, message.Id, message.Platform, message.DeliveryAttempts, error);
            return;
        }

        var retryAt = at + RetryDelay(message.DeliveryAttempts, result.RetryAfter);
        message.MarkFailed(error, retryAt);
        Log.DeliveryFailed(logger, message.Id, message.Platform, message.DeliveryAttempts, error, retryAt);
    }

    /// <summary>Exponential backoff from <see cref="OutboxOptions.RetryDelay"/>, capped, and never sooner than the platform asked.</summary>
    internal TimeSpan RetryDelay(int failuresSoFar, TimeSpan? retryAfter)
    {
        var backoff = _options.RetryDelay * Math.Pow(2, Math.Min(failuresSoFar, 20));
        var capped = backoff < _options.MaxRetryDelay ? backoff : _options.MaxRetryDelay;
        return retryAfter is { } asked && asked > capped ? asked : capped;
    }
}
