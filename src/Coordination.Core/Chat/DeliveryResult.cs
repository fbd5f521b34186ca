namespace Coordination.Core.Chat;

/// <summary>What a channel reports after trying to deliver one message.</summary>
public sealed record DeliveryResult(bool Delivered, string? MessageId, string? Error, bool Permanent, TimeSpan? RetryAfter)
{
    public static DeliveryResult Success(string? messageId = null) => new(true, messageId, null, false, null);

    /// <summary>A failure worth retrying later, after <paramref name="retryAfter"/> when the platform said so.</summary>
    public static DeliveryResult Transient(string error, TimeSpan? retryAfter = null) => new(false, null, error, false, retryAfter);

    /// <summary>A failure that no retry can fix (the channel is gone, the bot was removed).</summary>
    public static DeliveryResult Rejected(string error) => new(false, null, error, true, null);
}
