using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>Acting on someone else (their absence, their return, their teams) takes their consent, through the host.</summary>
public abstract class PermissionScenarios(ITestDatabases databases) : HostScenarios(databases)
{
    [Fact]
    public async Task Away_LeadMarksTheirReportAwayWithADelegate_DoneAndTheReportToldByDirectMessage()
    {
        var app = await StartAsync(PlainTimeline);
        await OrgChart.SetLeadAsync(app, Bob, Alice);

        var reply = await app.SendAsync(new AwayCommand(As(Alice), new DueDate(InDays: 5), Dan, Bob));
        await app.DeliverAsync();

        Assert.True(reply.Succeeded, reply.Text);
        var bob = await app.QueryAsync(db => db.People.Include(p => p.Delegate).SingleAsync(p => p.PlatformUserId == Bob.PlatformUserId));
        Assert.NotNull(bob.AwayUntil);
        Assert.Equal(Dan.PlatformUserId, bob.Delegate?.PlatformUserId);
        var told = Assert.Single(Sent(app), m => m.Destination.Kind == DestinationKind.Direct && m.Destination.Address == Bob.PlatformUserId);
        Assert.Contains("marked you away", told.PlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Back_StrangerMarksBobBack_RefusedAndBobStaysAway()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AwayCommand(As(Bob), new DueDate(InDays: 5)));

        var reply = await app.SendAsync(new BackCommand(As(Carol), Bob));

        Assert.False(reply.Succeeded);
        Assert.StartsWith("Only Bob, their lead or a workspace admin can mark Bob back.", reply.Text, StringComparison.Ordinal);
        Assert.NotNull(await app.QueryAsync(db => db.People.Where(p => p.PlatformUserId == Bob.PlatformUserId).Select(p => p.AwayUntil).SingleAsync()));
    }

    [Fact]
    public async Task Team_StrangerTakesBobOffATeam_RefusedAndBobStaysOnIt()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new DefineTeamCommand(AsAdmin(Alice), "backend", [Bob, Carol]));

        var reply = await app.SendAsync(new DefineTeamCommand(As(Carol), "backend", [Carol]));

        Assert.False(reply.Succeeded);
        Assert.Contains("add Bob to a team or take them off one", reply.Text, StringComparison.Ordinal);
        var members = await app.QueryAsync(db => db.WorkTeams.SelectMany(t => t.Members).Select(m => m.PlatformUserId).ToListAsync());
        Assert.Equal([Bob.PlatformUserId, Carol.PlatformUserId], members.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Team_MemberJoinsATeamThemselves_Recorded()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new DefineTeamCommand(AsAdmin(Alice), "backend", [Bob]));

        var reply = await app.SendAsync(new DefineTeamCommand(As(Carol), "backend", [Bob, Carol]));

        Assert.True(reply.Succeeded, reply.Text);
    }

    [Fact]
    public async Task Lead_SameLeadAgain_NothingChangesAndNobodyIsTold()
    {
        var app = await StartAsync(PlainTimeline);
        await OrgChart.SetLeadAsync(app, Bob, Alice);

        var reply = await app.SendAsync(new SetLeadCommand(As(Bob), Alice));
        await app.DeliverAsync();

        Assert.False(reply.Succeeded);
        Assert.Equal("Bob's escalations already go to Alice.", reply.Text);
        Assert.Empty(Sent(app));
    }
}

public sealed class SqlitePermissionScenarios() : PermissionScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresPermissionScenarios(PostgresFixture server) : PermissionScenarios(new PostgresDatabases(server));
