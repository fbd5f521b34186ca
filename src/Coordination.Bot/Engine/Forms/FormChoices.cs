using Coordination.Core.Chat;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Forms;

/// <summary>What a form offers to choose from where the platform has no picker of its own: the workspace's people.</summary>
public sealed class FormChoices(CoordinationDbContext db)
{
    /// <summary>The most people (or channels) a form offers.</summary>
    public const int Limit = 50;

    /// <summary>The person filling it in first (unless left out), then the workspace's people by name.</summary>
    public async Task<IReadOnlyList<Mention>> PeopleAsync(Session session, bool withActor, CancellationToken cancellationToken)
    {
        var others = await db.People.AsNoTracking()
            .Where(p => p.WorkspaceId == session.Workspace.Id && p.Id != session.Actor.Id)
            .OrderBy(p => p.DisplayName).Take(Limit - 1)
            .Select(p => new Mention(p.PlatformUserId, p.DisplayName))
            .ToListAsync(cancellationToken);
        return withActor ? [session.Actor.Mention, .. others] : others;
    }
}
