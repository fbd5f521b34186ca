namespace Coordination.Core.Requests;

/// <summary>What one entry of the paper trail records.</summary>
public enum AttemptKind
{
    Ask = 0,
    Nudge = 1,
    ProceedNotice = 2,
    Escalation = 3,
    Response = 4,
    Acknowledge = 5,
    Done = 6,
    Decline = 7,
    Snooze = 8,
    Redirect = 9,
    Resolve = 10,
    Cancel = 11,
    EscalationTargetSet = 12,

    /// <summary>The escalation's direct message could not be delivered; the target was mentioned in the thread instead.</summary>
    EscalatedInThread = 13,

    /// <summary>The stakeholder is away: their clock paused, or resumed when they came back.</summary>
    Away = 14,

    /// <summary>The stakeholder is away with a delegate: their part went to the delegate until they are back.</summary>
    StandIn = 15,

    /// <summary>A linked issue tracker's news: a link added, a pull request closed without merging.</summary>
    Tracker = 30,
}
