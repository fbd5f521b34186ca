using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;

namespace Coordination.Bot.Engine;

/// <summary>An outbox row the platform accepted, with the message it carried (read once, when it was sent).</summary>
public sealed record DeliveredMessage(OutboxMessage Row, OutgoingMessage Message)
{
    /// <summary>
    /// The request's own post into a channel with no thread yet: the platform's id for it becomes the request's
    /// thread. Other posts that went out before it (a resolve, say) never start the thread.
    /// </summary>
    public bool StartsThread =>
        Message.Destination is { Kind: DestinationKind.Thread, ThreadId: null }
        && Row.RequestId is { } requestId
        && Row.DeduplicationKey == CoordinationRequest.AskDeduplicationKey(requestId);
}
