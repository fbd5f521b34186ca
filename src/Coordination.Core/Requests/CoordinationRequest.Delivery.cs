using Coordination.Core.FollowUp;

namespace Coordination.Core.Requests;

public sealed partial class CoordinationRequest
{
    /// <summary>
    /// A message this request queued reached the platform at <paramref name="at"/>: its trail entry is marked delivered
    /// and, when it opens a window (<see cref="PendingMessage.OpensWindow"/>), that window counts from this instant.
    /// </summary>
    public void MessageDelivered(Guid? stakeholderId, Attempt? attempt, bool opensWindow, DateTimeOffset at, FollowUpSchedule schedule)
    {
        attempt?.MarkDelivered(at);
        if (!opensWindow)
        {
            return;
        }

        foreach (var stakeholder in OpenedBy(stakeholderId))
        {
            if (stakeholderId is null)
            {
                AskOf(stakeholder)?.MarkDelivered(at);
            }

            OpenWindow(stakeholder, at, schedule);
        }
    }

    /// <summary>
    /// A message this request queued was refused for good at <paramref name="at"/>. A nudge that never arrived is no
    /// attempt that went unanswered; the rule still moves on, with the next window counted from the failure.
    /// </summary>
    public void MessageUndelivered(Guid? stakeholderId, Attempt? attempt, bool opensWindow, string reason, DateTimeOffset at, FollowUpSchedule schedule)
    {
        attempt?.MarkNotSent($"not delivered: {reason}");
        if (!opensWindow)
        {
            return;
        }

        foreach (var stakeholder in OpenedBy(stakeholderId))
        {
            if (attempt is { Kind: AttemptKind.Nudge })
            {
                stakeholder.RecordUndeliveredAttempt();
            }

            OpenWindow(stakeholder, at, schedule);
        }
    }

    /// <summary>
    /// Why a follow-up queued for <paramref name="stakeholderId"/> should no longer go out: the request closed, or the
    /// stakeholder answered or handed it over while it waited. <c>null</c> when it should still be sent.
    /// </summary>
    public string? WhyFollowUpIsMoot(Guid? stakeholderId)
    {
        if (Status != RequestStatus.Open)
        {
            return $"{Key} was {Status.ToString().ToLowerInvariant()} first";
        }

        var stakeholder = Stakeholders.FirstOrDefault(s => s.Id == stakeholderId);
        return stakeholder switch
        {
            { State: StakeholderState.Redirected } => $"{stakeholder.Person.DisplayName} handed it over first",
            { RespondedAt: not null } => $"{stakeholder.Person.DisplayName} answered first",
            _ => null,
        };
    }

    /// <summary>A follow-up was dropped at send time for <paramref name="reason"/>; its trail entry says so.</summary>
    public static void FollowUpDropped(Attempt? attempt, string reason) => attempt?.MarkNotSent($"not sent: {reason}");

    /// <summary>The stakeholders whose window a message opens: the ask opens every first window, a nudge or hand-over one.</summary>
    private List<Stakeholder> OpenedBy(Guid? stakeholderId) =>
        Stakeholders.Where(s => s.AwaitsDelivery && (stakeholderId is null ? s.RedirectedFromId is null : s.Id == stakeholderId)).ToList();

    private Attempt? AskOf(Stakeholder stakeholder) =>
        Attempts.FirstOrDefault(a => a.StakeholderId == stakeholder.Id && a.Kind == AttemptKind.Ask);

    private void OpenWindow(Stakeholder stakeholder, DateTimeOffset at, FollowUpSchedule schedule)
    {
        if (stakeholder.OpenWindowAt(at) && Status == RequestStatus.Open)
        {
            stakeholder.Schedule(schedule.NextFollowUpAt(stakeholder));
        }
    }
}
