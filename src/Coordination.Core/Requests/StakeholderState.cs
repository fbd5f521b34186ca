namespace Coordination.Core.Requests;

public enum StakeholderState
{
    /// <summary>Asked and not yet answered; the clock runs.</summary>
    Waiting = 0,

    /// <summary>Answered (a thread reply or an acknowledgement); the clock is stopped.</summary>
    Responded = 1,

    /// <summary>Said no, with a reason; the clock is stopped.</summary>
    Declined = 2,

    /// <summary>Not answered yet, but the next follow-up was moved to a later time.</summary>
    Snoozed = 3,

    /// <summary>Three attempts went unanswered and the escalation target was told; no more nudges.</summary>
    Escalated = 4,

    /// <summary>Said the work is done.</summary>
    Done = 5,

    /// <summary>Said "not me" and named someone else, who became a stakeholder with a fresh clock.</summary>
    Redirected = 6,
}
