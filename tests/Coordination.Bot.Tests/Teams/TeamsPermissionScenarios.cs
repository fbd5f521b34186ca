using Coordination.Core.Chat;
using Coordination.Testing;
using Coordination.Testing.Teams;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Teams;

/// <summary>In Teams the workspace admins are the members listed in <c>Teams:Admins</c> (Entra ID object ids or Teams user ids).</summary>
public abstract class TeamsPermissionScenarios(ITestDatabases databases) : IAsyncLifetime
{
    private const string Ann = "29:ann";
    private const string Bob = "29:bob";
    private const string Carol = "29:carol";
    private const string Dan = "29:dan";
    private const string AnnsObjectId = "6b1f3c2e-8d4a-4f6e-9a7b-2c5d8e1f0a3b";
    private TeamsTestHost? _teams;

    [Fact]
    public async Task Lead_MemberListedInTeamsAdminsByObjectId_SetsBobsLead()
    {
        var teams = await StartAsync(new Dictionary<string, string?> { ["Teams:Admins:0"] = AnnsObjectIdInCapitals() });

        await teams.PostAsync(LeadOfBobAsAnn(teams, AnnsObjectId));
        await teams.SettleAsync();

        Assert.Equal(Dan, await LeadOfBobAsync(teams));
        Assert.Equal(3, teams.Connector.CallsOf(FakeConnectorCallKind.CreateConversation).Count);
    }

    [Fact]
    public async Task Command_SenderCarriesTheirObjectId_RecordedAsTheirDirectoryIdForSignIn()
    {
        var teams = await StartAsync([]);

        await teams.PostAsync(LeadOfBobAsAnn(teams, AnnsObjectIdInCapitals()));
        await teams.SettleAsync();

        var recorded = await teams.App.QueryAsync(db => db.People.Where(p => p.DirectoryId != null).Select(p => new { p.PlatformUserId, p.DirectoryId }).ToListAsync());
        var ann = Assert.Single(recorded);
        Assert.Equal(Ann, ann.PlatformUserId);
        Assert.Equal(AnnsObjectId, ann.DirectoryId);
    }

    [Fact]
    public async Task Lead_MemberListedInTeamsAdminsByUserId_SetsBobsLead()
    {
        var teams = await StartAsync(new Dictionary<string, string?> { ["Teams:Admins:0"] = Ann });

        await teams.PostAsync(LeadOfBobAsAnn(teams, aadObjectId: null));
        await teams.SettleAsync();

        Assert.Equal(Dan, await LeadOfBobAsync(teams));
    }

    [Fact]
    public async Task Lead_MemberNotListedInTeamsAdmins_RefusedAndNoDirectMessage()
    {
        var teams = await StartAsync(new Dictionary<string, string?> { ["Teams:Admins:0"] = "29:someone-else" });

        await teams.PostAsync(LeadOfBobAsAnn(teams, AnnsObjectId));
        await teams.SettleAsync();

        Assert.Equal(Carol, await LeadOfBobAsync(teams));
        Assert.Empty(teams.Connector.CallsOf(FakeConnectorCallKind.CreateConversation));
        Assert.Contains(
            teams.Connector.CallsOf(FakeConnectorCallKind.SendActivity),
            c => c.Body.ToJsonString(TeamsScenarios.Readable).Contains("Only bob, their lead carol or a workspace admin can set bob's lead.", StringComparison.Ordinal));
    }

    /// <summary>Ann writes <c>lead @bob @dan</c>, from Entra ID object <paramref name="aadObjectId"/> when given.</summary>
    private static System.Text.Json.Nodes.JsonObject LeadOfBobAsAnn(TeamsTestHost teams, string? aadObjectId)
    {
        var activity = teams.Activities.Command(Ann, "lead <at>bob</at> <at>dan</at>", people: [(Bob, "bob"), (Dan, "dan")]);
        if (aadObjectId is not null)
        {
            activity["from"]!["aadObjectId"] = aadObjectId;
        }

        return activity;
    }

    /// <summary>Object ids are GUIDs: the configured one matches whatever its letter case.</summary>
    private static string AnnsObjectIdInCapitals() => AnnsObjectId.ToUpperInvariant();

    private static Task<string?> LeadOfBobAsync(TeamsTestHost teams) =>
        teams.App.QueryAsync(db => db.People.Where(p => p.PlatformUserId == Bob).Select(p => p.Lead!.PlatformUserId).SingleAsync())!;

    /// <summary>Bob reports to Carol before the test begins.</summary>
    private async Task<TeamsTestHost> StartAsync(Dictionary<string, string?> settings)
    {
        _teams = await TeamsTestHost.StartAsync(databases, settings);
        await _teams.App.QueryAsync(db => OrgChart.SetLeadAsync(db, ChatPlatform.Teams, TeamsActivities.Tenant, new(Bob, "bob"), new(Carol, "carol")));
        return _teams;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_teams is not null)
        {
            await _teams.DisposeAsync();
        }

        databases.Dispose();
    }
}

public sealed class SqliteTeamsPermissionScenarios() : TeamsPermissionScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresTeamsPermissionScenarios(PostgresFixture server) : TeamsPermissionScenarios(new PostgresDatabases(server));
