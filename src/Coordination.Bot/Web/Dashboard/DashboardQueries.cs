using System.Linq.Expressions;
using Coordination.Bot.Engine;
using Coordination.Core.Decisions;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>What the dashboard reads. Every query but the list of workspaces is scoped by the workspace's id.</summary>
public sealed class DashboardQueries(CoordinationDbContext db)
{
    /// <summary>The open requests the table shows at most; the page says how many more there are.</summary>
    public const int OpenPage = 200;

    public const int DecisionCount = 20;

    public const int ClosedCount = 10;

    /// <summary>Open with a stakeholder nudged at least once and still silent: the digest's "stalled".</summary>
    private static readonly Expression<Func<CoordinationRequest, bool>> Stalled =
        r => r.Stakeholders.Any(s => s.State == StakeholderState.Waiting && s.AttemptCount >= 2);

    private static readonly Expression<Func<CoordinationRequest, bool>> Escalated =
        r => r.Stakeholders.Any(s => s.State == StakeholderState.Escalated);

    public async Task<IReadOnlyList<WorkspaceSummary>> WorkspacesAsync(CancellationToken cancellationToken)
    {
        var workspaces = await db.Workspaces.AsNoTracking().OrderBy(w => w.Platform).ThenBy(w => w.ExternalId).ToListAsync(cancellationToken);
        var open = db.Requests.Where(r => r.Status == RequestStatus.Open);
        var requests = await CountByWorkspaceAsync(db.Requests, cancellationToken);
        var opened = await CountByWorkspaceAsync(open, cancellationToken);
        var stalled = await CountByWorkspaceAsync(open.Where(Stalled), cancellationToken);
        var escalated = await CountByWorkspaceAsync(open.Where(Escalated), cancellationToken);
        var names = await NamesAsync(cancellationToken);
        return [.. workspaces.Select(w => new WorkspaceSummary(
            w, names.GetValueOrDefault((w.Platform, w.ExternalId)), requests.GetValueOrDefault(w.Id), opened.GetValueOrDefault(w.Id),
            stalled.GetValueOrDefault(w.Id), escalated.GetValueOrDefault(w.Id)))];
    }

    /// <summary>The workspace whose key is <paramref name="key"/>, with its counts; <c>null</c> when there is none.</summary>
    public async Task<WorkspaceSummary?> WorkspaceAsync(string key, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var id) || await db.Workspaces.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken) is not { } workspace)
        {
            return null;
        }

        var requests = db.Requests.Where(r => r.WorkspaceId == id);
        var open = requests.Where(r => r.Status == RequestStatus.Open);
        var name = await db.Installations.Where(i => i.Platform == workspace.Platform && i.ExternalId == workspace.ExternalId)
            .Select(i => i.Name).FirstOrDefaultAsync(cancellationToken);
        return new WorkspaceSummary(
            workspace, name, await requests.CountAsync(cancellationToken), await open.CountAsync(cancellationToken),
            await open.CountAsync(Stalled, cancellationToken), await open.CountAsync(Escalated, cancellationToken));
    }

    /// <summary>The workspace's open requests matching <paramref name="filter"/>, the oldest first, with their people.</summary>
    public async Task<OpenRequests> OpenAsync(Guid workspaceId, OpenFilter filter, CancellationToken cancellationToken)
    {
        var open = db.Requests.Where(r => r.WorkspaceId == workspaceId && r.Status == RequestStatus.Open);
        var matching = filter switch
        {
            OpenFilter.Stalled => open.Where(Stalled),
            OpenFilter.Escalated => open.Where(Escalated),
            _ => open,
        };
        var shown = await WithPeople(matching.OrderBy(r => r.AskedAt).ThenBy(r => r.Number).Take(OpenPage)).ToListAsync(cancellationToken);
        return new OpenRequests(shown, shown.Count < OpenPage ? shown.Count : await matching.CountAsync(cancellationToken), filter);
    }

    /// <summary>The latest decisions with their next steps (and each step's people).</summary>
    public async Task<IReadOnlyList<Decision>> DecisionsAsync(Guid workspaceId, CancellationToken cancellationToken) =>
        await Decisions(db.Decisions.Where(d => d.WorkspaceId == workspaceId).OrderByDescending(d => d.DecidedAt).Take(DecisionCount))
            .ToListAsync(cancellationToken);

    /// <summary>The numbers of the requests <paramref name="decisions"/> settled, by request id.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> SettledNumbersAsync(Guid workspaceId, IEnumerable<Decision> decisions, CancellationToken cancellationToken)
    {
        var ids = decisions.Select(d => d.RequestId).OfType<Guid>().Distinct().ToList();
        return await db.Requests.Where(r => r.WorkspaceId == workspaceId && ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Number, cancellationToken);
    }

    public async Task<IReadOnlyList<CoordinationRequest>> RecentlyClosedAsync(Guid workspaceId, CancellationToken cancellationToken) =>
        await db.Requests.AsNoTracking().Where(r => r.WorkspaceId == workspaceId && r.Status != RequestStatus.Open)
            .OrderByDescending(r => r.ClosedAt).Take(ClosedCount).Include(r => r.Requester).ToListAsync(cancellationToken);

    /// <summary>The workspace's outgoing webhooks, oldest first.</summary>
    public async Task<IReadOnlyList<Data.Webhooks.WebhookEndpoint>> WebhooksAsync(Guid workspaceId, CancellationToken cancellationToken) =>
        await db.WebhookEndpoints.AsNoTracking().Where(e => e.WorkspaceId == workspaceId).OrderBy(e => e.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>Request <paramref name="number"/> of the workspace with its trail, the people it names and its decisions.</summary>
    public async Task<RequestEvidence?> RequestAsync(WorkspaceSummary workspace, int number, CancellationToken cancellationToken)
    {
        var id = workspace.Workspace.Id;
        if (await db.Requests.Where(r => r.WorkspaceId == id && r.Number == number).IncludeRequestContext().SingleOrDefaultAsync(cancellationToken) is not { } request)
        {
            return null;
        }

        var named = request.Attempts.Select(a => a.ActorId).OfType<Guid>().Append(request.RequesterId).Concat(request.Stakeholders.Select(s => s.PersonId)).ToHashSet();
        var people = await db.People.Where(p => p.WorkspaceId == id && named.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var decisions = await Decisions(db.Decisions.Where(d => d.WorkspaceId == id && (d.RequestId == request.Id || d.Id == request.DecisionId)).OrderBy(d => d.DecidedAt))
            .ToListAsync(cancellationToken);
        return new RequestEvidence(workspace, request, people, decisions);
    }

    private static IQueryable<CoordinationRequest> WithPeople(IQueryable<CoordinationRequest> requests) =>
        requests.Include(r => r.Requester).Include(r => r.Stakeholders).ThenInclude(s => s.Person).AsSplitQuery().AsNoTracking();

    private static IQueryable<Decision> Decisions(IQueryable<Decision> decisions) =>
        decisions.Include(d => d.DecidedBy).Include(d => d.Owner)
            .Include(d => d.NextSteps).ThenInclude(r => r.Stakeholders).ThenInclude(s => s.Person)
            .AsSplitQuery().AsNoTracking();

    private static async Task<Dictionary<Guid, int>> CountByWorkspaceAsync(IQueryable<CoordinationRequest> requests, CancellationToken cancellationToken) =>
        await requests.GroupBy(r => r.WorkspaceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    private async Task<Dictionary<(Core.Chat.ChatPlatform, string), string>> NamesAsync(CancellationToken cancellationToken) =>
        (await db.Installations.AsNoTracking().Where(i => i.Name != null).Select(i => new { i.Platform, i.ExternalId, i.Name }).ToListAsync(cancellationToken))
            .DistinctBy(i => (i.Platform, i.ExternalId)).ToDictionary(i => (i.Platform, i.ExternalId), i => i.Name!);
}
