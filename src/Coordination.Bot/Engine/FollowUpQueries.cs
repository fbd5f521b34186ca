using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

internal static class FollowUpQueries
{
    /// <summary>
    /// Stakeholders with everything the rule reads to schedule and word a follow-up: their person and lead, and the
    /// request's workspace, requester (and lead) and escalation target.
    /// </summary>
    public static IQueryable<Stakeholder> IncludeFollowUpContext(this IQueryable<Stakeholder> stakeholders) =>
        stakeholders
            .Include(s => s.Person).ThenInclude(p => p.Lead)
            .Include(s => s.Request).ThenInclude(r => r.Workspace)
            .Include(s => s.Request).ThenInclude(r => r.Requester).ThenInclude(p => p.Lead)
            .Include(s => s.Request).ThenInclude(r => r.EscalationTarget);

    /// <summary>
    /// Requests with everything a change to them reads: the workspace, the requester and escalation target, each
    /// stakeholder's person with their lead and delegate, and the paper trail.
    /// </summary>
    public static IQueryable<CoordinationRequest> IncludeRequestContext(this IQueryable<CoordinationRequest> requests) =>
        requests
            .Include(r => r.Workspace)
            .Include(r => r.Requester).ThenInclude(p => p.Lead)
            .Include(r => r.Requester).ThenInclude(p => p.Delegate)
            .Include(r => r.EscalationTarget)
            .Include(r => r.Stakeholders).ThenInclude(s => s.Person).ThenInclude(p => p.Lead)
            .Include(r => r.Stakeholders).ThenInclude(s => s.Person).ThenInclude(p => p.Delegate)
            .Include(r => r.Attempts)
            .AsSplitQuery();
}
