using Coordination.Bot.Telemetry;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Delivery;

/// <summary>
/// Sends one outbox message as it should go now: into its request's thread once that exists, not at all when what
/// it was about is settled; then records the platform's answer and its effects.
/// </summary>
public sealed class OutboxMessageSender(
    CoordinationDbContext db,
    IEnumerable<IChatChannel> channels,
    DeliveryEffects effects,
    TimeProvider time,
    ILogger<OutboxMessageSender> logger)
{
    private readonly Dictionary<ChatPlatform, IChatChannel> _channels = channels.GroupBy(c => c.Platform).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>The channel that sends <paramref name="platform"/>'s messages, if one is configured.</summary>
    public IChatChannel? ChannelFor(ChatPlatform platform) => _channels.GetValueOrDefault(platform);

    /// <summary>Sends one attached row through <paramref name="channel"/> (or drops it, if moot) and saves what that changed.</summary>
    public async Task<(bool Delivered, DateTimeOffset? RetryAt)> SendAsync(OutboxMessage row, IChatChannel? channel, CancellationToken cancellationToken)
    {
        using var activity = CoordinationTelemetry.StartSend(row);
        var request = row.RequestId is { } id ? await effects.LoadRequestAsync(id, row.AttemptId, cancellationToken) : null;
        var message = new DeliveredMessage(row, row.ReadMessage());
        var (ready, moot) = await PrepareAsync(message, request, cancellationToken);
        if (moot is not null)
        {
            await effects.DropAsync(row, request, moot, cancellationToken);
            return (false, null);
        }

        var result = await TrySendAsync(ready, channel, cancellationToken);

        // The platform has answered: record it even while shutting down, so a message it accepted is not sent again.
        var retryAt = await effects.RecordAsync(ready, request, result, time.GetUtcNow(), CancellationToken.None);
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
