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
        foreach (var stakeholder in Stakeholders.Where(s => s.NextActionAt is not null))
        {
            stakeholder.Schedule(null);
        }
    }
}
