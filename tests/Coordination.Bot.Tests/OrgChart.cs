using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests;

/// <summary>
/// Who reports to whom as it stood before a test began: written straight to the database, so a test about the rule
/// does not also carry the direct messages a lead change sends.
/// </summary>
public static class OrgChart
{
    public static async Task<bool> SetLeadAsync(CoordinationDbContext db, ChatPlatform platform, string workspaceId, PersonRef person, PersonRef lead)
    {
        ArgumentNullException.ThrowIfNull(db);
        var workspace = await db.Workspaces.SingleOrDefaultAsync(w => w.Platform == platform && w.ExternalId == workspaceId)
            ?? db.Workspaces.Add(new Workspace(platform, workspaceId)).Entity;
        var report = await PersonAsync(db, workspace, person);
        report.SetLead(await PersonAsync(db, workspace, lead));
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>The local scenarios' workspace.</summary>
    public static Task<bool> SetLeadAsync(BotApp app, PersonRef person, PersonRef lead) =>
        app.QueryAsync(db => SetLeadAsync(db, ChatPlatform.Local, People.Workspace, person, lead));

    private static async Task<Person> PersonAsync(CoordinationDbContext db, Workspace workspace, PersonRef who) =>
        await db.People.SingleOrDefaultAsync(p => p.WorkspaceId == workspace.Id && p.PlatformUserId == who.PlatformUserId)
            ?? db.People.Add(new Person(workspace.Id, who.PlatformUserId, who.DisplayName ?? who.PlatformUserId)).Entity;
}
