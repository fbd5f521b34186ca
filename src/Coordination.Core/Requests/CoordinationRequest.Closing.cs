using Coordination.Core.Chat;
using Coordination.Core.FollowUp;

namespace Coordination.Core.Requests;

public sealed partial class CoordinationRequest
{
    public ChangeResult Resolve(Person actor, DateTimeOffset now, string? note = null) =>
        End(actor, RequestStatus.Resolved, AttemptKind.Resolve, now, note);

    public ChangeResult Cancel(Person actor, DateTimeOffset now, string? note = null) =>
        End(actor, RequestStatus.Cancelled, AttemptKind.Cancel, now, note);

    /// <summary>Name who hears about silence after the last attempt, instead of the leads.</summary>
    public ChangeResult SetEscalationTarget(Person actor, Person target, DateTimeOffset now, FollowUpSchedule schedule)
    {
        if (Status != RequestStatus.Open)
        {
            return ChangeResult.Closed;
        }

        if (actor.Id != RequesterId)
        {
            return ChangeResult.NotAllowed;
        }

        EscalationTarget = target;
        EscalationTargetId = target.Id;
        Record(AttemptKind.EscalationTargetSet, now, null, actor.Id, Thread.ToWhere(), $"escalate to {target.DisplayName}");
        RescheduleFollowUps(schedule);
        return ChangeResult.Applied;
    }

    /// <summary>Recompute waiting stakeholders' next follow-up after a calendar, lead or target changed.</summary>
    public void RescheduleFollowUps(FollowUpSchedule schedule)
    {
        foreach (var stakeholder in Stakeholders.Where(s => s.IsAwaitingAnswer && s.SnoozedUntil is null))
        {
            stakeholder.Schedule(schedule.NextFollowUpAt(stakeholder));
        }
    }

    /// <summary>A decision settles the request: it resolves, with the decision in the trail. Its requester or a stakeholder may settle it.</summary>
    public ChangeResult Settle(Person actor, string decisionKey, DateTimeOffset now)
    {
        if (Status != RequestStatus.Open)
        {
            return ChangeResult.Closed;
        }

        if (!Involves(actor))
        {
            return ChangeResult.NotAllowed;
        }

        Close(RequestStatus.Resolved, now);
        Record(AttemptKind.Resolve, now, null, actor.Id, Thread.ToWhere(), $"settled by {decisionKey}");
        return ChangeResult.Applied;
    }

    /// <summary>Why the default was taken, for the decision's rationale: who did not answer, after how many attempts.</summary>
    public string DefaultRationale()
    {
        var silent = SilentStakeholders().ToList();
        var attempts = silent.Count == 0 ? 0 : silent.Max(s => s.AttemptCount);
        return silent.Count == 0
            ? "taken by the requester"
            : $"no answer from {string.Join(", ", silent.Select(s => s.Person.DisplayName))} after {attempts} {(attempts == 1 ? "attempt" : "attempts")}";
    }

    /// <summary>
    /// The requester takes the default they named: the request resolves as decided by <paramref name="decisionKey"/>,
    /// and the people who did not answer hear it in the thread.
    /// </summary>
    public ChangeResult ProceedWithDefault(Person actor, string decisionKey, DateTimeOffset now)
    {
        if (Status != RequestStatus.Open)
        {
            return ChangeResult.Closed;
        }

        if (actor.Id != RequesterId || DefaultAction is null)
        {
            return ChangeResult.NotAllowed;
        }

        var silent = SilentStakeholders().Select(s => s.Person).ToList();
        var rationale = DefaultRationale();
        Close(RequestStatus.Resolved, now);
        var record = Record(AttemptKind.Resolve, now, null, actor.Id, Thread.ToWhere(), $"proceeded with the default ({decisionKey}): {rationale}");
        var text = FollowUpMessages.ProceededWithDefault(this, actor, silent, decisionKey);
        Queue(Message(MessageDestination.InThread(Thread), text, [actor, .. silent]), $"default:{Id}", record, null);
        return ChangeResult.Applied;
    }

    internal IEnumerable<Stakeholder> SilentStakeholders() =>
        OpenStakeholders().Where(s => s.State is StakeholderState.Waiting or StakeholderState.Snoozed or StakeholderState.Escalated);

    /// <summary>
    /// The request's own post could not be delivered (the bot may not post in that channel): it is withdrawn, with the
    /// reason in the trail, and the requester hears directly how to fix it. Nobody is chased for a request they never saw.
    /// </summary>
    public ChangeResult Withdraw(string reason, DateTimeOffset now)
    {
        if (Status != RequestStatus.Open)
        {
            return ChangeResult.Closed;
        }

        Close(RequestStatus.Cancelled, now);
        var record = Record(AttemptKind.Cancel, now, null, null, Thread.ToWhere(), $"withdrawn: could not post it ({reason})");
        var notice = Message(MessageDestination.DirectTo(Requester.PlatformUserId), FollowUpMessages.Undeliverable(this, reason), [Requester]);
        Queue(notice, $"withdrawn:{Id}", record, null);
        return ChangeResult.Applied;
    }

    private ChangeResult End(Person actor, RequestStatus status, AttemptKind kind, DateTimeOffset now, string? note)
    {
        if (Status != RequestStatus.Open)
        {
            return ChangeResult.Closed;
        }

        if (actor.Id != RequesterId)
        {
            return ChangeResult.NotAllowed;
        }

        Close(status, now);
        var record = Record(kind, now, null, actor.Id, Thread.ToWhere(), note);
        var text = FollowUpMessages.Closed(this, actor, status == RequestStatus.Cancelled, note);
        Queue(Message(MessageDestination.InThread(Thread), text, [actor]), $"{kind.ToString().ToLowerInvariant()}:{Id}", record, null);
        return ChangeResult.Applied;
    }

    private void Close(RequestStatus status, DateTimeOffset now)
    {
        Status = status;
        ClosedAt = now;
        TimeToClose = now - AskedAt;
        foreach (var stakeholder in Stakeholders.Where(s => s.NextActionAt is not null))
        {
            stakeholder.Schedule(null);
        }
    }
}
