namespace Coordination.Core.Chat;

/// <summary>The outbound port: each chat platform delivers neutral messages its own way.</summary>
public interface IChatChannel
{
    ChatPlatform Platform { get; }

    /// <summary>How fast the platform accepts messages; the outbox paces each conversation and workspace to it.</summary>
    DeliveryLimits Limits => DeliveryLimits.None;

    Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
