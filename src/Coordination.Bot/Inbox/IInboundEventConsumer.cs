using Coordination.Core.Chat;
using Coordination.Data.Inbox;

namespace Coordination.Bot.Inbox;

/// <summary>Acts on one stored event of its platform, marking it processed in the same transaction as what it caused.</summary>
public interface IInboundEventConsumer
{
    ChatPlatform Platform { get; }

    Task HandleAsync(InboundEvent inbound, CancellationToken cancellationToken);
}
