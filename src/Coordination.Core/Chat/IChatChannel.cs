namespace Coordination.Core.Chat;

/// <summary>The outbound port: each chat platform delivers neutral messages its own way.</summary>
public interface IChatChannel
{
    ChatPlatform Platform { get; }

    Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
