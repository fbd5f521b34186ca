using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

/// <summary>
/// Finds or creates the workspace and people a command names, within the current unit of work. What it found stays at
/// hand for the rest of that unit of work (while the context still tracks it), so a batch of commands asks the
/// database once per workspace and once per batch of people.
/// </summary>
public sealed class PeopleDirectory(CoordinationDbContext db)
{
    private readonly Dictionary<(ChatPlatform, string), Workspace> _workspaces = [];
    private readonly Dictionary<(Guid, string), Person> _people = [];

    public async Task<Workspace> WorkspaceAsync(ChatPlatform platform, string externalId, CancellationToken cancellationToken)
    {
        if (Tracked(_workspaces, (platform, externalId)) is { } known)
        {
            return known;
        }

        var workspace = await db.Workspaces.SingleOrDefaultAsync(w => w.Platform == platform && w.ExternalId == externalId, cancellationToken)
            ?? await CreateWorkspaceAsync(platform, externalId, cancellationToken);
        return _workspaces[(platform, externalId)] = workspace;
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

    /// <summary>
    /// A person named in a command (a mention, a picker): found, or added under the name the command gives. That name is
    /// a mention's label, which whoever wrote the command chose, so it never replaces a name the bot already has.
    /// </summary>
    public async Task<Person> PersonAsync(Workspace workspace, PersonRef who, CancellationToken cancellationToken) =>
        (await PeopleAsync(workspace, [who], cancellationToken))[0];

    /// <summary>
    /// The person acting, as the platform itself names them (Slack's payload or <c>users.info</c>, the Teams activity's
    /// <c>from</c>): their name is brought up to date.
    /// </summary>
    public async Task<Person> ActorAsync(Workspace workspace, PersonRef actor, CancellationToken cancellationToken)
    {
        var person = await PersonAsync(workspace, actor, cancellationToken);
        if (actor.DisplayName is { } name)
        {
            person.Rename(name);
        }

        person.SetDirectoryId(actor.DirectoryId);
        return person;
    }

    /// <summary>The people named, in order, in one query for those not already at hand; unknown people are added.</summary>
    public async Task<List<Person>> PeopleAsync(Workspace workspace, IEnumerable<PersonRef> who, CancellationToken cancellationToken)
    {
        var named = who.ToList();
        var missing = named.Select(p => p.PlatformUserId).Distinct().Where(id => Tracked(_people, (workspace.Id, id)) is null).ToList();
        if (missing.Count > 0)
        {
            var found = await db.People.Include(p => p.Lead).Include(p => p.Delegate)
                .Where(p => p.WorkspaceId == workspace.Id && missing.Contains(p.PlatformUserId))
                .ToListAsync(cancellationToken);
            foreach (var person in found)
            {
                _people[(workspace.Id, person.PlatformUserId)] = person;
            }
        }

        return named.Select(p => Resolve(workspace, p)).ToList();
    }

    /// <summary>A person at hand, else a new one; a label fills in only a name the bot never had (it knew just the id).</summary>
    private Person Resolve(Workspace workspace, PersonRef who)
    {
        if (Tracked(_people, (workspace.Id, who.PlatformUserId)) is not { } person)
        {
            person = new Person(workspace.Id, who.PlatformUserId, who.DisplayName ?? who.PlatformUserId);
            db.People.Add(person);
            _people[(workspace.Id, who.PlatformUserId)] = person;
        }
        else if (who.DisplayName is { } label && person.DisplayName == person.PlatformUserId)
        {
            person.Rename(label);
        }

        return person;
    }

    /// <summary>What this unit of work found before, unless the context has since let go of it (a retry starts afresh).</summary>
    private T? Tracked<TKey, T>(Dictionary<TKey, T> known, TKey key)
        where TKey : notnull
        where T : class
    {
        if (!known.TryGetValue(key, out var entity))
        {
            return null;
        }

        if (db.Entry(entity).State != EntityState.Detached)
        {
            return entity;
        }

        known.Remove(key);
        return null;
    }
}
