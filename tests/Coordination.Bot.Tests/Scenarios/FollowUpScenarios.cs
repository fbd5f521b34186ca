using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>The 48-hour rule end to end through the host, on each database engine.</summary>
public abstract class FollowUpScenarios(ITestDatabases databases) : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> PlainTimeline = new()
    {
        ["Coordination:CountWeekends"] = "true",
        ["Coordination:DeliveryWindow:Enabled"] = "false",
    };

    private readonly List<BotApp> _apps = [];

    protected async Task<BotApp> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, IChatChannel? channel = null, string? connectionString = null)
    {
        var (provider, created) = await databases.CreateAsync();
        var app = new BotApp(provider, connectionString ?? created, settings: settings ?? PlainTimeline, channel: channel);
        _apps.Add(app);
        _ = app.Services;
        return app;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        databases.Dispose();
    }

    private static async Task AskCarolAsync(BotApp app)
    {
        await OrgChart.SetLeadAsync(app, Carol, Dan);
        var reply = await app.SendAsync(new AskCommand(As(Alice), "Review the rollout plan", [Bob, Carol]));
        Assert.True(reply.Succeeded, reply.Text);
        await app.DeliverAsync();
    }

    private static List<OutgoingMessage> Sent(BotApp app) => app.Chat.Messages.Select(m => m.Message).ToList();

    [Fact]
    public async Task Ask_NoReplyForOneWindow_NudgesInTheThreadAndTellsTheRequesterToProceed()
    {
        var app = await StartAsync();
        await AskCarolAsync(app);
        var thread = app.Chat.Messages.Single().Id;

        await app.AdvanceAsync(TimeSpan.FromHours(48) - TimeSpan.FromMinutes(1));
        var before = Sent(app).Count;
        await app.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, before);
        var nudges = Sent(app).Where(m => m.Text.Contains("Attempt 2 of 3", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, nudges.Count);
        Assert.All(nudges, n => Assert.Equal(thread, n.Destination.ThreadId));
        Assert.Contains(nudges, n => n.Mentions[0].PlatformUserId == Carol.PlatformUserId);
        Assert.Single(Sent(app), m => m.Text.Contains("proceed with your best judgment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_NoReplyAtAll_NudgesAt48And96HoursAndEscalatesAt144ByDirectMessage()
    {
        var app = await StartAsync();
        await AskCarolAsync(app);
        await app.SendAsync(new ThreadReplyCommand(As(Bob, Channel with { ThreadId = app.Chat.Messages.Single().Id })));

        var timeline = new List<(double Hours, string Text)>();
        for (var hour = 1; hour <= 150; hour++)
        {
            var count = Sent(app).Count;
            await app.AdvanceAsync(TimeSpan.FromHours(1));
            timeline.AddRange(Sent(app).Skip(count).Select(m => ((double)hour, m.PlainText())));
        }

        var carol = timeline.Where(t => t.Text.Contains("@Carol", StringComparison.Ordinal)).ToList();
        Assert.Equal([48.0, 48.0, 96.0, 144.0, 144.0], carol.Select(t => t.Hours));
        Assert.DoesNotContain(timeline, t => t.Text.StartsWith("Friendly reminder, @Bob", StringComparison.Ordinal));
        var dm = Assert.Single(Sent(app), m => m.Destination.Kind == DestinationKind.Direct);
        Assert.Equal(Dan.PlatformUserId, dm.Destination.Address);
        Assert.Contains("after 3 attempts", dm.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ReplyInTheThreadMidWindow_StopsTheClock()
    {
        var app = await StartAsync();
        var reply = await app.SendAsync(new AskCommand(As(Alice), "Pick a date for the migration", [Bob]));
        await app.DeliverAsync();
        await app.AdvanceAsync(TimeSpan.FromHours(20));

        await app.SendAsync(new ThreadReplyCommand(As(Bob, Channel with { ThreadId = app.Chat.Messages.Single().Id })));
        await app.AdvanceAsync(TimeSpan.FromDays(10));

        Assert.True(reply.Succeeded);
        Assert.Single(app.Chat.Messages);
        var stakeholder = await app.QueryAsync(db => db.Stakeholders.SingleAsync());
        Assert.Equal(StakeholderState.Responded, stakeholder.State);
        Assert.Null(stakeholder.NextActionAt);
    }

    [Fact]
    public async Task Restart_MidWindow_TheNudgeStillComesOnTime()
    {
        var (provider, connectionString) = await databases.CreateAsync();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(BotApp.Thursday);
        await using (var first = new BotApp(provider, connectionString, clock, PlainTimeline))
        {
            await first.SendAsync(new AskCommand(As(Alice), "Sign off the API spec", [Bob]));
            await first.DeliverAsync();
            clock.Advance(TimeSpan.FromHours(30));
        }

        await using var second = new BotApp(provider, connectionString, clock, PlainTimeline);
        await second.AdvanceAsync(TimeSpan.FromHours(18));

        var nudge = Assert.Single(second.Chat.Messages, m => m.Message.Text.Contains("Attempt 2 of 3", StringComparison.Ordinal));
        Assert.Equal(BotApp.Thursday.AddHours(48), clock.GetUtcNow());
        Assert.NotNull(nudge.Message.Destination.ThreadId);
    }

    [Fact]
    public async Task Status_AfterEscalation_ShowsEveryAttemptOfThePaperTrail()
    {
        var app = await StartAsync();
        await AskCarolAsync(app);
        for (var i = 0; i < 3; i++)
        {
            await app.AdvanceAsync(TimeSpan.FromHours(48));
        }

        await app.AdvanceAsync(TimeSpan.FromHours(1));
        await app.SendAsync(new ThreadReplyCommand(As(Carol, Channel with { ThreadId = app.Chat.Messages.First().Id })));
        var status = await app.SendAsync(new StatusCommand(As(Alice), 1));

        Assert.True(status.Succeeded);
        foreach (var expected in new[] { "CR-1", "ask @Carol", "nudge @Carol (attempt 2 of 3)", "nudge @Carol (attempt 3 of 3)", "proceed-notice", "escalation @Carol", "response @Carol (late, after escalation)" })
        {
            Assert.Contains(expected, status.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Status_WhoIsBlockingAfterOneAnswered_AnswersInOneLineWithTheOneStillSilent()
    {
        var app = await StartAsync();
        await AskCarolAsync(app);
        await app.SendAsync(new DoneCommand(As(Bob), 1));

        var reply = await app.SendAsync(CommandParser.Parse("what's blocking CR-1?", As(Alice)));

        Assert.True(reply.Succeeded, reply.Text);
        Assert.DoesNotContain('\n', reply.Text);
        Assert.StartsWith("CR-1 waits on @Carol (1 attempt, next follow-up Sat 28 Nov 15:00", ChatText.WithoutDates(reply.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("@Bob", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ResolvedBeforeItsPostWentOut_TheAskStillStartsTheThread()
    {
        var app = await StartAsync();
        await app.SendAsync(new AskCommand(As(Alice), "Choose the release name", [Bob]));
        await app.SendAsync(new ResolveCommand(As(Alice), 1, "settled in the meeting"));

        await app.DeliverAsync();

        var ask = Assert.Single(app.Chat.Messages, m => m.Message.Text.StartsWith("CR-1:", StringComparison.Ordinal));
        var request = await app.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal(ask.Id, request.ThreadId);
        Assert.Equal(2, app.Chat.Messages.Count(m => m.Message.Destination.Kind != DestinationKind.Direct));
    }

    [Fact]
    public async Task Ask_WithoutStakeholders_RepliesWithUsageAndSavesNothing()
    {
        var app = await StartAsync();

        var reply = await app.SendAsync(new AskCommand(As(Alice), "Lonely question", [Alice]));

        Assert.False(reply.Succeeded);
        Assert.Contains("Usage", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Requests.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }
}

public sealed class SqliteFollowUpScenarios() : FollowUpScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresFollowUpScenarios(PostgresFixture server) : FollowUpScenarios(new PostgresDatabases(server));
