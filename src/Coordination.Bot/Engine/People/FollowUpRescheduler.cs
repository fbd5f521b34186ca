using Coordination.Bot.Engine.Requests;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.People;

/// <summary>When a person's lead or time zone changes, the follow-ups that depend on them are computed again.</summary>
public sealed class FollowUpRescheduler(RequestLookup requests, FollowUpSchedule schedule)
{
    /// <summary>Open requests that wait on or escalate through <paramref name="person"/> get their follow-ups recomputed.</summary>
    public async Task RescheduleAsync(Workspace workspace, Person person, CancellationToken cancellationToken)
    {
        var affected = await requests.In(workspace)
            .Where(r => r.Status == RequestStatus.Open
                && (r.RequesterId == person.Id || r.EscalationTargetId == person.Id || r.Stakeholders.Any(s => s.PersonId == person.Id)))
            .ToListAsync(cancellationToken);
        foreach (var request in affected)
        {
            request.RescheduleFollowUps(schedule);
        }
    }
}
