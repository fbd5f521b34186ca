using Coordination.Core.Chat;

namespace Coordination.Core.Requests;

/// <summary>
/// A message a state change caused, waiting to be written to the outbox in the same transaction.
/// <see cref="DeduplicationKey"/> is unique across the outbox, so the same follow-up is never queued twice.
/// </summary>
public sealed record PendingMessage(OutgoingMessage Message, string DeduplicationKey, Guid? AttemptId, Guid? StakeholderId);
