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
}
