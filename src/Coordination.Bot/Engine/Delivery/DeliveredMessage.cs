using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;

namespace Coordination.Bot.Engine.Delivery;

/// <summary>An outbox row about to be sent or just sent, with the message it carries (read once, and given its thread).</summary>
public sealed record DeliveredMessage(OutboxMessage Row, OutgoingMessage Message)
{
    /// <summary>The request's own post, whose delivery starts its thread and its stakeholders' first windows.</summary>
    public bool IsAsk => Row.RequestId is { } requestId && Row.DeduplicationKey == CoordinationRequest.AskDeduplicationKey(requestId);

    /// <summary>The escalation's direct message, which goes to the request's thread instead when it cannot be delivered.</summary>
    public bool IsEscalation => Row.StakeholderId is { } stakeholder && Row.DeduplicationKey == CoordinationRequest.EscalationDeduplicationKey(stakeholder);

    /// <summary>
    /// The request's own post into a channel with no thread yet: the platform's id for it becomes the request's
    /// thread. Other posts that went out before it (a resolve, say) never start the thread.
    /// </summary>
    public bool StartsThread => IsAsk && Message.Destination is { Kind: DestinationKind.Thread, ThreadId: null };

    /// <summary>A post of a request's into its thread that was queued before the thread existed.</summary>
    public bool NeedsThread =>
        Row.RequestId is not null && !IsAsk && Message.Destination is { Kind: DestinationKind.Thread or DestinationKind.Ephemeral, ThreadId: null };
}
