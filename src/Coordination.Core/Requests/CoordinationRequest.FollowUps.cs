using Coordination.Core.Chat;
using Coordination.Core.FollowUp;

namespace Coordination.Core.Requests;

public sealed partial class CoordinationRequest
{
    /// <summary>
    /// The sweep found <paramref name="stakeholder"/> due: a window went by without an answer. Nudge them (telling
    /// the requester to proceed after the first miss) or, after the last attempt, escalate.
    /// </summary>
    public FollowUpStep? FollowUp(Stakeholder stakeholder, DateTimeOffset now, FollowUpSchedule schedule)
    {
        if (Status != RequestStatus.Open || !stakeholder.IsAwaitingAnswer || stakeholder.AwaitsDelivery)
        {
            stakeholder.Schedule(null);
            return null;
        }

        var step = FollowUpRule.NextStep(stakeholder.AttemptCount, schedule.Policy.MaxAttempts);
        if (step == FollowUpStep.Nudge)
        {
            Nudge(stakeholder, now, schedule);
        }
        else
        {
            Escalate(stakeholder, now, schedule);
        }

        return step;
    }

    private void Nudge(Stakeholder stakeholder, DateTimeOffset now, FollowUpSchedule schedule)
    {
        var number = stakeholder.AttemptCount + 1;
        stakeholder.RecordNudge(now);

        // The next window opens when the nudge arrives, normally within a second: the text names the day it would end.
        var next = schedule.FollowUpAfterWindowFrom(stakeholder, now);

        var target = EscalationTargetFor(stakeholder);
        var day = FollowUpMessages.Day(next, stakeholder.Person, schedule, now);
        var policy = schedule.Policy;
        var text = FollowUpMessages.Nudge(this, stakeholder, new NudgeContext(number, policy.MaxAttempts, policy.ResponseWindow, day, target));
        var where = MessageDestination.InThread(Thread);
        var record = Record(AttemptKind.Nudge, now, stakeholder.Id, null, where.ToString(), $"attempt {number} of {schedule.Policy.MaxAttempts}", number);
        Queue(Message(where, text, [stakeholder.Person, Requester, target], buttons: true), $"nudge:{stakeholder.Id}:{number}", record, stakeholder, opensWindow: true, followUp: true);

        if (FollowUpRule.TellsRequesterToProceed(number) && ProceedNoticeAt is null)
        {
            ProceedNoticeAt = now;
            var notice = Record(AttemptKind.ProceedNotice, now, stakeholder.Id, null, where.ToString(), $"told {Requester.DisplayName} to proceed");
            var noticeText = FollowUpMessages.ProceedNotice(this, stakeholder, schedule.Policy.ResponseWindow);
            Queue(Message(where, noticeText, [Requester, stakeholder.Person], ProceedButtons()), $"proceed:{Id}", notice, stakeholder, followUp: true);
        }
    }

    private void Escalate(Stakeholder stakeholder, DateTimeOffset now, FollowUpSchedule schedule)
    {
        var attempts = stakeholder.DeliveredAttempts;
        var target = EscalationTargetFor(stakeholder);
        stakeholder.RecordEscalation();

        var direct = MessageDestination.DirectTo(target.PlatformUserId);
        var record = Record(AttemptKind.Escalation, now, stakeholder.Id, null, $"DM to {target.DisplayName}", $"to {target.DisplayName} after {attempts} attempts", stakeholder.AttemptCount + 1);
        var dm = FollowUpMessages.EscalationDirect(this, stakeholder, target, attempts, schedule);
        Queue(Message(direct, dm, [target, stakeholder.Person, Requester]), EscalationDeduplicationKey(stakeholder.Id), record, stakeholder, followUp: true);

        var note = FollowUpMessages.EscalationNote(this, stakeholder, target, attempts);
        Queue(Message(MessageDestination.InThread(Thread), note, [target, stakeholder.Person, Requester], ProceedButtons()), $"escalation-note:{stakeholder.Id}", null, stakeholder, followUp: true);
    }

    /// <summary>The outbox key of a stakeholder's escalation DM.</summary>
    public static string EscalationDeduplicationKey(Guid stakeholderId) => $"escalation:{stakeholderId}";

    /// <summary>
    /// The escalation's direct message was refused for good (the bot cannot reach the target there): the target is
    /// mentioned in the request's thread instead, and the trail says why.
    /// </summary>
    public ChangeResult EscalateInThread(Guid stakeholderId, string reason, DateTimeOffset now)
    {
        if (Stakeholders.FirstOrDefault(s => s.Id == stakeholderId) is not { } stakeholder)
        {
            return ChangeResult.NotAllowed;
        }

        var target = EscalationTargetFor(stakeholder);
        var where = MessageDestination.InThread(Thread);
        var record = Record(AttemptKind.EscalatedInThread, now, stakeholder.Id, null, where.ToString(), $"DM to {target.DisplayName} refused ({reason})");
        var text = FollowUpMessages.EscalationInThread(this, stakeholder, target);
        Queue(Message(where, text, [target, stakeholder.Person, Requester]), $"escalation-in-thread:{stakeholder.Id}", record, null);
        return ChangeResult.Applied;
    }
}
