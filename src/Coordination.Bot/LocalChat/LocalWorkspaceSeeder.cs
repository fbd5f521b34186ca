using Coordination.Bot.Engine;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// Brings the local workspace's people in on the page's first visit, through the engine's own commands: each one's
/// name and time zone, then their lead. Someone already there is left as they are, so a lead changed with
/// <c>/coord lead</c> stays changed across restarts. The work teams come last, each defined by its member, and only
/// those not there yet, so a team redefined with <c>/coord team</c> stays as it was made.
/// </summary>
public sealed class LocalWorkspaceSeeder(IServiceScopeFactory scopes)
{
    private readonly Lock _lock = new();
    private Task? _seeding;

    /// <summary>Seeds once per run (again after a failure); every caller waits for the same seeding.</summary>
    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        Task seeding;
        lock (_lock)
        {
            if (_seeding is null or { IsFaulted: true } or { IsCanceled: true })
            {
                // Not the caller's token: a visitor who leaves does not stop the seeding the next one waits for.
                _seeding = SeedAsync(CancellationToken.None);
            }

            seeding = _seeding;
        }

        return seeding.WaitAsync(cancellationToken);
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CoordinationDbContext>();
        var workspace = db.Workspaces.Where(w => w.Platform == ChatPlatform.Local && w.ExternalId == LocalWorkspace.Id).Select(w => w.Id);
        var known = await db.People.AsNoTracking()
            .Where(p => workspace.Contains(p.WorkspaceId))
            .Select(p => p.PlatformUserId)
            .ToListAsync(cancellationToken);
        var missing = LocalWorkspace.People.Where(p => !known.Contains(p.Id)).ToList();
        var commands = services.GetRequiredService<CommandHandler>();
        var channel = new ThreadRef(LocalWorkspace.Channels[0], null);
        foreach (var person in missing)
        {
            await commands.HandleAsync(new ProfileCommand(LocalWorkspace.Context(person, channel), person.TimeZone), cancellationToken);
        }

        foreach (var person in missing.Where(p => p.LeadId is not null))
        {
            var lead = LocalWorkspace.Find(person.LeadId)!;
            // Each person names their own lead: who someone reports to is theirs to say (or their lead's, or an admin's).
            await commands.HandleAsync(new SetLeadCommand(LocalWorkspace.Context(person, channel), lead.Ref), cancellationToken);
        }

        await SeedTeamsAsync(db, commands, channel, cancellationToken);
    }

    private static async Task SeedTeamsAsync(CoordinationDbContext db, CommandHandler commands, ThreadRef channel, CancellationToken cancellationToken)
    {
        var workspace = db.Workspaces.Where(w => w.Platform == ChatPlatform.Local && w.ExternalId == LocalWorkspace.Id).Select(w => w.Id);
        var known = await db.WorkTeams.AsNoTracking()
            .Where(t => workspace.Contains(t.WorkspaceId))
            .Select(t => t.Name)
            .ToListAsync(cancellationToken);
        foreach (var (name, memberId) in LocalWorkspace.Teams.Where(t => !known.Contains(t.Key)))
        {
            var member = LocalWorkspace.Find(memberId)!;
            // The member names their own team: putting someone on a team is theirs to say (or their lead's, or an admin's).
            await commands.HandleAsync(new DefineTeamCommand(LocalWorkspace.Context(member, channel), name, [member.Ref]), cancellationToken);
        }
    }
}
