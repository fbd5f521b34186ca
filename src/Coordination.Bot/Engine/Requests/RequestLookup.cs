using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Requests;

/// <summary>A workspace's requests, loaded with everything a command needs to change them.</summary>
public sealed class RequestLookup(CoordinationDbContext db)
{
    public IQueryable<CoordinationRequest> In(Workspace workspace) =>
        db.Requests.Where(r => r.WorkspaceId == workspace.Id).IncludeRequestContext();

    /// <summary>The open requests tracked in the thread <paramref name="where"/>.</summary>
    public IQueryable<CoordinationRequest> OpenIn(Workspace workspace, ThreadRef where) =>
        In(workspace).Where(r => r.Channel == where.Channel && r.ThreadId == where.ThreadId && r.Status == RequestStatus.Open);

    public Task<CoordinationRequest?> FindAsync(Workspace workspace, int number, CancellationToken cancellationToken) =>
        In(workspace).SingleOrDefaultAsync(r => r.Number == number, cancellationToken);
}
