using Coordination.Bot.Digests;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Digests;
using Coordination.Data;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>
/// <c>stats</c>: one person's figures on a hand-built two-week history with known answers, and who may see them. Bob
/// reports to Carol, who reports to Dan; Alice is a peer.
/// </summary>
public abstract class StatsScenarios(ITestDatabases databases) : HostScenarios(databases)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task Stats_KnownTwoWeekHistory_EachFigureIsItsDefinition()
    {
        var (app, start) = await TwoWeeksOfBobAsync();

        var figures = await ComputeAsync(app, Bob, start + (14 * Day));

        Assert.Equal(new PersonPeriod(3, new Rate(2, 2), 2 * Hour, 0, 2, 1, new Rate(1, 1), 1), figures.Current);
        Assert.Equal(new PersonPeriod(4, new Rate(3, 4), 3 * Hour, 1, 1, 1, Rate.None, 0), figures.Previous);
        Assert.Equal(new PersonOpen(1, 1, 1), figures.Open);
        Assert.Equal(new PersonTotals(7, new Rate(5, 6), 3, 2, 1), figures.AllTime);
    }

    [Fact]
    public async Task Stats_Own_TheFiguresForTheAskerOnly()
    {
        var (app, _) = await TwoWeeksOfBobAsync();

        var reply = await app.SendAsync(new StatsCommand(As(Bob)));

        Assert.True(reply.Succeeded, reply.Text);
        Assert.StartsWith("*Your coordination figures* · the 7 days to Thu 10 Dec", reply.Text, StringComparison.Ordinal);
        Assert.Contains("*Asked of you:* Asked 3 ▼ (4) · First response 100% ▲ (75%) · Time to first response 2h ▼ (3h) · Escalated 0 ▼ (1) · Still waiting on you: 1", reply.Text, StringComparison.Ordinal);
        Assert.Contains("*Asked by you:* Asked 2 ▲ (1) · Driven to completion 1 (1) · Success rate 100% (–) · Open now: 1", reply.Text, StringComparison.Ordinal);
        Assert.Contains("*Decisions:* Recorded 1 ▲ (0) · Open next steps you own: 1", reply.Text, StringComparison.Ordinal);
        Assert.Contains("*All time:* asked of you 7 (first response 83%) · asked by you 3, 2 resolved · 1 decision recorded", reply.Text, StringComparison.Ordinal);
        Assert.Contains(PersonStatsText.FirstResponse, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_OfAReportByTheirLeadOrTheLeadsLead_Shown()
    {
        var (app, _) = await TwoWeeksOfBobAsync();

        var lead = await app.SendAsync(new StatsCommand(As(Carol), Bob));
        var leadsLead = await app.SendAsync(new StatsCommand(As(Dan), Bob));

        Assert.True(lead.Succeeded, lead.Text);
        Assert.StartsWith("*Bob's coordination figures*", lead.Text, StringComparison.Ordinal);
        Assert.Contains("Still waiting on Bob: 1", lead.Text, StringComparison.Ordinal);
        Assert.Equal(lead.Text, leadsLead.Text);
    }

    [Fact]
    public async Task Stats_OfSomeoneNotLedByTheAsker_RefusedAndNothingChanges()
    {
        var (app, _) = await TwoWeeksOfBobAsync();
        var before = await SnapshotAsync(app);

        var peer = await app.SendAsync(new StatsCommand(As(Alice), Bob));
        var report = await app.SendAsync(new StatsCommand(As(Bob), Carol));
        var stranger = await app.SendAsync(new StatsCommand(As(Alice), new PersonRef("U-ZED", "Zed")));

        Assert.False(peer.Succeeded);
        Assert.Equal("Only Bob and their lead can see Bob's figures. `/coord stats` shows yours.", peer.Text);
        Assert.False(report.Succeeded);
        Assert.False(stranger.Succeeded);
        Assert.Contains("Only Zed and their lead", stranger.Text, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(app));
    }

    [Fact]
    public async Task Stats_NoHistory_ZerosAndNoRates()
    {
        var app = await StartAsync(PlainTimeline);

        var reply = await app.SendAsync(new StatsCommand(As(Alice)));
        var figures = await ComputeAsync(app, Alice, app.Clock.GetUtcNow());

        Assert.True(reply.Succeeded, reply.Text);
        var quiet = new PersonPeriod(0, Rate.None, null, 0, 0, 0, Rate.None, 0);
        Assert.Equal(new PersonFigures(app.Clock.GetUtcNow(), quiet, quiet, new PersonOpen(0, 0, 0), new PersonTotals(0, Rate.None, 0, 0, 0)), figures);
        Assert.Contains("First response – (–) · Time to first response – (–)", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_InTeams_FiguresGoByDirectMessageAndTheReplySaysWhere()
    {
        var app = await StartAsync(PlainTimeline);
        var inChannel = As(Alice) with { Platform = ChatPlatform.Teams, WorkspaceId = "tenant-1" };

        var reply = await app.SendAsync(new StatsCommand(inChannel));

        Assert.True(reply.Succeeded, reply.Text);
        Assert.DoesNotContain("coordination figures", reply.Text, StringComparison.Ordinal);
        var queued = await app.QueryAsync(db => db.OutboxMessages.ToListAsync());
        var direct = Assert.Single(queued).ReadMessage();
        Assert.Equal(MessageDestination.DirectTo(Alice.PlatformUserId), direct.Destination);
        Assert.StartsWith("*Your coordination figures*", direct.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Two weeks, from Thursday 26 November. The first: Bob is asked four times (answers after 5 h, 1 h and 3 h, in
    /// that order of asking but not of answering; one he never answers and it escalates on day 6) and asks once (Carol
    /// finishes it the next day). The second: he is asked three times (answers after 1 h and 3 h; the last, on day 13,
    /// is inside its window), asks twice (resolves one) and records a decision. One of the asks of him is a decision's
    /// next step, still open.
    /// </summary>
    private async Task<(BotApp App, DateTimeOffset Start)> TwoWeeksOfBobAsync()
    {
        var app = await StartAsync(PlainTimeline);
        var start = app.Clock.GetUtcNow();
        await SendAllAsync(app, new SetLeadCommand(As(Bob), Carol), new SetLeadCommand(As(Carol), Dan), new ListCommand(As(Alice)));
        await SendAllAsync(app,
            new DecideCommand(As(Alice), "Use PostgreSQL", [new NextStepSpec(Bob, "create the cluster")]),
            new AskCommand(As(Alice), "Pick a date", [Bob]));
        await StepToAsync(app, start + Hour);
        await SendAllAsync(app, new AskCommand(As(Alice), "Review the plan", [Bob]));
        await StepToAsync(app, start + (2 * Hour));
        await SendAllAsync(app, new AcknowledgeCommand(As(Bob), 3));
        await StepToAsync(app, start + (3 * Hour));
        await SendAllAsync(app, new AskCommand(As(Alice), "Check the figures", [Bob]));
        await StepToAsync(app, start + (5 * Hour));
        await SendAllAsync(app, new AcknowledgeCommand(As(Bob), 1));
        await StepToAsync(app, start + (6 * Hour));
        await SendAllAsync(app, new AcknowledgeCommand(As(Bob), 4));
        await StepToAsync(app, start + Day);
        await SendAllAsync(app, new AskCommand(As(Bob), "Approve the budget", [Carol]));
        await StepToAsync(app, start + (2 * Day));
        await SendAllAsync(app, new DoneCommand(As(Carol), 5));

        await StepToAsync(app, start + (7 * Day));
        await SendAllAsync(app, new AskCommand(As(Alice), "Check the numbers", [Bob]));
        await StepToAsync(app, start + (7 * Day) + Hour);
        await SendAllAsync(app, new AcknowledgeCommand(As(Bob), 6), new AskCommand(As(Alice), "Sign the contract", [Bob]));
        await StepToAsync(app, start + (7 * Day) + (4 * Hour));
        await SendAllAsync(app, new DoneCommand(As(Bob), 7));
        await StepToAsync(app, start + (8 * Day));
        await SendAllAsync(app, new AskCommand(As(Bob), "Book the room", [Carol]));
        await StepToAsync(app, start + (9 * Day));
        await SendAllAsync(app, new AskCommand(As(Bob), "Order the kit", [Dan]));
        await StepToAsync(app, start + (10 * Day));
        await SendAllAsync(app, new ResolveCommand(As(Bob), 9));
        await StepToAsync(app, start + (11 * Day));
        await SendAllAsync(app, new DecideCommand(As(Bob), "Go with eu-west", []));
        await StepToAsync(app, start + (13 * Day));
        await SendAllAsync(app, new AskCommand(As(Alice), "Read the memo", [Bob]));
        await StepToAsync(app, start + (14 * Day));
        return (app, start);
    }

    private static async Task SendAllAsync(BotApp app, params ChatCommand[] commands)
    {
        foreach (var command in commands)
        {
            var reply = await app.SendAsync(command);
            Assert.True(reply.Succeeded, reply.Text);
        }
    }

    /// <summary>Moves the clock to <paramref name="at"/> in steps of at most 6 hours, sweeping at each, so every nudge is on time.</summary>
    private static async Task StepToAsync(BotApp app, DateTimeOffset at)
    {
        while (app.Clock.GetUtcNow() < at)
        {
            var step = at - app.Clock.GetUtcNow();
            await app.AdvanceAsync(step < TimeSpan.FromHours(6) ? step : TimeSpan.FromHours(6));
        }
    }

    private static Task<PersonFigures> ComputeAsync(BotApp app, PersonRef person, DateTimeOffset end) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CoordinationDbContext>();
        var id = await db.People.Where(p => p.PlatformUserId == person.PlatformUserId).Select(p => p.Id).SingleAsync();
        return await new PersonStats(db, TimeSpan.FromHours(48)).ComputeAsync(id, end, CancellationToken.None);
    });

    private static Task<(int People, int Requests, int Attempts, int Outbox, int Decisions)> SnapshotAsync(BotApp app) => app.QueryAsync(async db =>
        (await db.People.CountAsync(), await db.Requests.CountAsync(), await db.Attempts.CountAsync(), await db.OutboxMessages.CountAsync(), await db.Decisions.CountAsync()));
}

public sealed class SqliteStatsScenarios() : StatsScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresStatsScenarios(PostgresFixture server) : StatsScenarios(new PostgresDatabases(server));
