namespace Coordination.Core.FollowUp;

public enum FollowUpStep
{
    /// <summary>Remind the stakeholder in the request's thread (attempts 2 … MaxAttempts).</summary>
    Nudge,

    /// <summary>Tell the escalation target by direct message; no more nudges.</summary>
    Escalate,
}

/// <summary>The 48-hour rule's decision: after a miss, nudge again or escalate.</summary>
public static class FollowUpRule
{
    public static FollowUpStep NextStep(int attemptsMade, int maxAttempts) =>
        attemptsMade < maxAttempts ? FollowUpStep.Nudge : FollowUpStep.Escalate;

    /// <summary>The requester hears "proceed with your best judgment" once, with the first nudge.</summary>
    public static bool TellsRequesterToProceed(int nudgeNumber) => nudgeNumber == 2;
}
