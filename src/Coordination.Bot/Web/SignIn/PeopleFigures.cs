using Coordination.Bot.Digests;
using Coordination.Core.Digests;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Web.SignIn;

/// <summary>
/// Whose per-person figures a viewer may see in a workspace: a member, themselves and the people who report to them
/// (directly or further down, as <c>stats</c> allows); the admin, everyone (the first <see cref="MaxPeople"/> by name).
/// </summary>
public sealed class PeopleFigures(CoordinationDbContext db, FollowUpSchedule schedule)
{
    public const int MaxPeople = 100;

    /// <summary>How far down the lead chain a lead sees, as <c>stats</c>.</summary>
    private const int MaxLeadLevels = 8;

    public async Task<IReadOnlyList<(Person Person, PersonFigures Figures)>> ComputeAsync(
        DashboardViewer viewer, Guid workspaceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var stats = new PersonStats(db, schedule.Policy.ResponseWindow);
        var result = new List<(Person, PersonFigures)>();
        foreach (var person in await VisibleAsync(viewer, workspaceId, cancellationToken))
        {
            result.Add((person, await stats.ComputeAsync(person.Id, now, cancellationToken)));
        }

        return result;
    }

    private async Task<IReadOnlyList<Person>> VisibleAsync(DashboardViewer viewer, Guid workspaceId, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking().Where(p => p.WorkspaceId == workspaceId);
        if (viewer.SeesEverything)
        {
            return await people.OrderBy(p => p.DisplayName).Take(MaxPeople).ToListAsync(cancellationToken);
        }

        if (viewer.PersonId is not { } self || !viewer.MaySee(workspaceId) || await people.SingleOrDefaultAsync(p => p.Id == self, cancellationToken) is not { } me)
        {
            return [];
        }

        return [me, .. await ReportsAsync(people, me.Id, cancellationToken)];
    }

    private static async Task<List<Person>> ReportsAsync(IQueryable<Person> people, Guid lead, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Guid> { lead };
        var reports = new List<Person>();
        List<Guid> leads = [lead];
        for (var level = 0; level < MaxLeadLevels && leads.Count > 0 && reports.Count < MaxPeople; level++)
        {
            var next = await people.Where(p => p.LeadId != null && leads.Contains(p.LeadId.Value)).OrderBy(p => p.DisplayName).ToListAsync(cancellationToken);
            next = [.. next.Where(p => seen.Add(p.Id))];
            reports.AddRange(next);
            leads = [.. next.Select(p => p.Id)];
        }

        return reports;
    }
}
