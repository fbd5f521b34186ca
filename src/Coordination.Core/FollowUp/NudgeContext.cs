using Coordination.Core.Requests;

namespace Coordination.Core.FollowUp;

/// <summary>What a nudge's wording needs to say why it was sent and what happens next.</summary>
public sealed record NudgeContext(int Number, int MaxAttempts, TimeSpan Window, string NextDay, Person EscalationTarget);
