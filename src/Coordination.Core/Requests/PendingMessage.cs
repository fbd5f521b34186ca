using Coordination.Core.Chat;

namespace Coordination.Core.Requests;

/// <summary>
/// A message a state change caused, waiting to be written to the outbox in the same transaction.
/// <see cref="DeduplicationKey"/> is unique across the outbox, so the same follow-up is never queued twice.
/// </summary>
public sealed record PendingMessage(OutgoingMessage Message, string DeduplicationKey, Guid? AttemptId, Guid? StakeholderId)
{
    /// <summary>
    /// Its delivery opens a window: the ask (for every stakeholder it names), a nudge or a hand-over (for
    /// <see cref="StakeholderId"/>). See <see cref="CoordinationRequest.MessageDelivered"/>.
    /// </summary>
    public bool OpensWindow { get; init; }

    /// <summary>A nudge, escalation or notice the rule sent on its own: dropped at send time once its reason is gone.</summary>
    public bool IsFollowUp { get; init; }
}
