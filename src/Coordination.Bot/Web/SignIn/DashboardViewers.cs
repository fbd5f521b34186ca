using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Web.SignIn;

/// <summary>Maps a signed-in person to the workspace the bot knows (Slack team, Teams tenant) and to themselves in it.</summary>
public sealed class DashboardViewers(CoordinationDbContext db)
{
    /// <summary>The viewer <paramref name="who"/> is, or <c>null</c> when the bot is not installed in their workspace.</summary>
    public async Task<DashboardViewer?> ForAsync(SignInClaims who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var workspace = await db.Workspaces.AsNoTracking()
            .Where(w => w.Platform == who.Platform && w.ExternalId == who.WorkspaceId).Select(w => (Guid?)w.Id).SingleOrDefaultAsync(cancellationToken);
        if (workspace is not { } id)
        {
            return null;
        }

        // Slack signs a person in with their user id; Entra with their directory object id, which Teams activities carry.
        var directoryId = who.UserId.ToLowerInvariant();
        var person = await db.People.AsNoTracking()
            .Where(p => p.WorkspaceId == id && (p.PlatformUserId == who.UserId || p.DirectoryId == directoryId))
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        return new DashboardViewer(id, person);
    }
}
