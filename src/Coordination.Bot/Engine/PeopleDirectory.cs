using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

/// <summary>Finds or creates the workspace and people a command names, within the current unit of work.</summary>
public sealed class PeopleDirectory(CoordinationDbContext db)
{
    public async Task<Workspace> WorkspaceAsync(ChatPlatform platform, string externalId, CancellationToken cancellationToken)
    {
        var workspace = db.Workspaces.Local.FirstOrDefault(w => w.Platform == platform && w.ExternalId == externalId)
            ?? await db.Workspaces.SingleOrDefaultAsync(w => w.Platform == platform && w.ExternalId == externalId, cancellationToken);
        return workspace ?? await CreateWorkspaceAsync(platform, externalId, cancellationToken);
    }

    /// <summary>A workspace's first command creates it at once, so its request counter exists before anything asks for a number.</summary>
    private async Task<Workspace> CreateWorkspaceAsync(ChatPlatform platform, string externalId, CancellationToken cancellationToken)
    {
        var workspace = new Workspace(platform, externalId);
        db.Workspaces.Add(workspace);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return workspace;
        }
        catch (DbUpdateException)
        {
            // Another command created it a moment earlier: use that one.
            db.Entry(workspace).State = EntityState.Detached;
            return await db.Workspaces.SingleAsync(w => w.Platform == platform && w.ExternalId == externalId, cancellationToken);
        }
    }

    public async Task<Person> PersonAsync(Workspace workspace, PersonRef who, CancellationToken cancellationToken)
    {
        var person = db.People.Local.FirstOrDefault(p => p.WorkspaceId == workspace.Id && p.PlatformUserId == who.PlatformUserId)
            ?? await db.People.Include(p => p.Lead)
                .SingleOrDefaultAsync(p => p.WorkspaceId == workspace.Id && p.PlatformUserId == who.PlatformUserId, cancellationToken);
        if (person is null)
        {
            person = new Person(workspace.Id, who.PlatformUserId, who.DisplayName ?? who.PlatformUserId);
            db.People.Add(person);
        }
        else if (who.DisplayName is { } name)
        {
            person.Rename(name);
        }

        return person;
    }

    public async Task<List<Person>> PeopleAsync(Workspace workspace, IEnumerable<PersonRef> who, CancellationToken cancellationToken)
    {
        var people = new List<Person>();
        foreach (var person in who)
        {
            people.Add(await PersonAsync(workspace, person, cancellationToken));
        }

        return people;
    }
}
