using Coordination.Core.Chat;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>
/// Acting on someone else takes their consent: only the person, their current lead or a workspace admin (Slack's
/// <c>is_admin</c> from <c>users.info</c>) may set their lead, mark them away or change their teams.
/// </summary>
public abstract class SlackPermissionScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task Lead_StrangerSetsBobsLead_RefusedLeadUnchangedAndNoDirectMessage()
    {
        var slack = await StartWithBobReportingToCarolAsync();

        var (_, body) = await slack.SendAsync(slack.Requests.Command($"lead <@{Bob}|bob> <@{Dan}|dan>", Ann));
        await slack.SettleAsync();

        Assert.Equal("Only bob, their lead carol or a workspace admin can set bob's lead. Nothing was changed.", TextOf(body));
        Assert.Equal(Carol, await LeadOfAsync(slack, Bob));
        Assert.Empty(DirectMessages(slack));
    }

    [Fact]
    public async Task Lead_BobSetsHisOwn_DoneAndBobHisOldAndHisNewLeadToldByDirectMessage()
    {
        var slack = await StartWithBobReportingToCarolAsync();

        var (_, body) = await slack.SendAsync(slack.Requests.Command($"lead <@{Dan}|dan>", Bob));
        await slack.SettleAsync();

        Assert.Equal("Your escalations now go to dan.", TextOf(body));
        Assert.Equal(Dan, await LeadOfAsync(slack, Bob));
        var told = DirectMessages(slack);
        Assert.Equal(["D" + Bob, "D" + Carol, "D" + Dan], told.Select(c => c["channel"]!).Order(StringComparer.Ordinal));
        Assert.All(told, c => Assert.Equal($"<@{Bob}>'s escalations now go to <@{Dan}>, no longer to <@{Carol}>.", c["text"]));
    }

    [Fact]
    public async Task Lead_WorkspaceAdminSetsBobsLead_DoneAndEveryoneConcernedTold()
    {
        var slack = await StartWithBobReportingToCarolAsync();
        slack.Slack.SetUserAdmin(Eve);
        await slack.StartProfileSyncAsync();
        await slack.SendAsync(slack.Requests.Command("list", Eve));
        await Eventually.Async(() => slack.App.QueryAsync(db => db.People.Where(p => p.PlatformUserId == Eve && p.IsWorkspaceAdmin).Select(p => p.PlatformUserId).FirstOrDefaultAsync()), "Eve recorded as a workspace admin");

        var (_, body) = await slack.SendAsync(slack.Requests.Command($"lead <@{Bob}|bob> <@{Dan}|dan>", Eve));
        await slack.SettleAsync();

        Assert.Equal("bob's escalations now go to dan.", TextOf(body));
        Assert.Equal(Dan, await LeadOfAsync(slack, Bob));
        Assert.Equal(["D" + Bob, "D" + Carol, "D" + Dan], DirectMessages(slack).Select(c => c["channel"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Lead_WorkspaceAdminsVeryFirstCommand_DoneWithoutWaitingForTheProfileLookUp()
    {
        var slack = await StartWithBobReportingToCarolAsync();
        slack.Slack.SetUserAdmin(Eve);

        var (_, body) = await slack.SendAsync(slack.Requests.Command($"lead <@{Bob}|bob> <@{Dan}|dan>", Eve));

        Assert.Equal("bob's escalations now go to dan.", TextOf(body));
        Assert.Equal(Dan, await LeadOfAsync(slack, Bob));
    }

    [Fact]
    public async Task Lead_MemberLookedUpAsNoAdmin_StillRefused()
    {
        var slack = await StartWithBobReportingToCarolAsync();
        await slack.StartProfileSyncAsync();
        await slack.SendAsync(slack.Requests.Command("list", Ann));
        await Eventually.Async(() => slack.App.QueryAsync(db => db.People.Where(p => p.PlatformUserId == Ann && p.TimeZoneId != null).Select(p => p.PlatformUserId).FirstOrDefaultAsync()), "Ann's profile looked up");

        var (_, body) = await slack.SendAsync(slack.Requests.Command($"lead <@{Bob}|bob> <@{Dan}|dan>", Ann));

        Assert.StartsWith("Only bob, their lead carol or a workspace admin", TextOf(body), StringComparison.Ordinal);
        Assert.Equal(Carol, await LeadOfAsync(slack, Bob));
    }

    [Fact]
    public async Task Away_StrangerMarksBobAwayWithADelegate_RefusedAndBobIsNotAway()
    {
        var slack = await StartWithBobReportingToCarolAsync();

        var (_, body) = await slack.SendAsync(slack.Requests.Command($"away <@{Bob}|bob> until Friday delegate <@{Dan}|dan>", Ann));
        await slack.SettleAsync();

        Assert.Equal("Only bob, their lead carol or a workspace admin can mark bob away or name their delegate. Nothing was changed.", TextOf(body));
        var bob = await slack.App.QueryAsync(db => db.People.SingleAsync(p => p.PlatformUserId == Bob));
        Assert.Null(bob.AwayUntil);
        Assert.Null(bob.DelegateId);
        Assert.Empty(DirectMessages(slack));
    }

    [Fact]
    public async Task Team_StrangerPutsBobInATeam_RefusedAndNoTeamRecorded()
    {
        var slack = await StartWithBobReportingToCarolAsync();

        var (_, body) = await slack.SendAsync(slack.Requests.Command($"team backend <@{Ann}|ann> <@{Bob}|bob>", Ann));

        Assert.Equal("Only bob, their lead carol or a workspace admin can add bob to a team or take them off one. Nothing was changed.", TextOf(body));
        Assert.Equal(0, await slack.App.QueryAsync(db => db.WorkTeams.CountAsync()));
    }

    [Fact]
    public async Task Team_LeadPutsTheirReportInATeam_Recorded()
    {
        var slack = await StartWithBobReportingToCarolAsync();

        var (_, body) = await slack.SendAsync(slack.Requests.Command($"team backend <@{Carol}|carol> <@{Bob}|bob>", Carol));

        Assert.StartsWith("Team *backend*: ", TextOf(body), StringComparison.Ordinal);
        Assert.Contains("bob", TextOf(body), StringComparison.Ordinal);
    }

    /// <summary>Bob reports to Carol, as before the test; Ann and Dan are colleagues with no say over Bob.</summary>
    private async Task<SlackTestHost> StartWithBobReportingToCarolAsync()
    {
        var slack = await StartAsync();
        await slack.App.QueryAsync(db => OrgChart.SetLeadAsync(db, ChatPlatform.Slack, SlackRequests.Team, new(Bob, "bob"), new(Carol, "carol")));
        return slack;
    }

    private static Task<string?> LeadOfAsync(SlackTestHost slack, string user) =>
        slack.App.QueryAsync(db => db.People.Where(p => p.PlatformUserId == user).Select(p => p.Lead!.PlatformUserId).SingleAsync())!;

    private static List<Coordination.Testing.Slack.FakeSlackCall> DirectMessages(SlackTestHost slack) =>
        [.. slack.Slack.CallsTo("chat.postMessage").Where(c => c["channel"]?.StartsWith('D') == true)];
}

public sealed class SqliteSlackPermissionScenarios() : SlackPermissionScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackPermissionScenarios(PostgresFixture server) : SlackPermissionScenarios(new PostgresDatabases(server));
