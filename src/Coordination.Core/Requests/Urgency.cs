namespace Coordination.Core.Requests;

/// <summary>How much an open request needs someone's attention, the most urgent first.</summary>
public enum Urgency
{
    /// <summary>A stakeholder went unanswered through every attempt and the escalation target was told.</summary>
    Escalated = 0,

    /// <summary>Past its due date, or a stakeholder still silent after a nudge.</summary>
    Overdue = 1,

    /// <summary>Due within a day, or a silent stakeholder's next follow-up is the escalation.</summary>
    DueSoon = 2,

    /// <summary>Within its first window: nothing is late yet.</summary>
    OnTrack = 3,

    /// <summary>Every stakeholder answered; the request waits only on its requester to resolve it.</summary>
    Answered = 4,
}
