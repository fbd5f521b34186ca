using Coordination.Bot.Engine.Delivery;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>Delivery people can trust: in order per conversation, clocks from actual delivery, nothing sent that is moot.</summary>
public abstract class OrderedDeliveryScenarios(ITestDatabases databases) : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Coordination:CountWeekends"] = "true",
        ["Coordination:DeliveryWindow:Enabled"] = "false",
        ["Outbox:MaxDeliveryAttempts"] = "1000",
    };

    private readonly List<BotApp> _apps = [];

    protected ITestDatabases Databases => databases;

    protected async Task<(BotApp App, RecordingChannel Channel)> StartAsync(FakeTimeProvider? clock = null, string? connectionString = null, RecordingChannel? channel = null)
    {
        var (provider, connection) = await databases.CreateAsync();
        clock ??= new FakeTimeProvider(BotApp.Thursday);
        channel ??= new RecordingChannel(clock);
        var app = new BotApp(provider, connectionString ?? connection, clock, Settings, channel);
        _apps.Add(app);
        return (app, channel);
    }

    /// <summary>Steps the clock <paramref name="step"/> at a time for <paramref name="span"/>, delivering and sweeping as the jobs would.</summary>
    protected static async Task RunForAsync(BotApp app, TimeSpan span, TimeSpan step)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < span; elapsed += step)
        {
            await app.AdvanceAsync(step);
        }
    }

    [Fact]
    public async Task Burst_TwentyCommandsWithA429EveryThirdCall_EachConversationGetsItsMessagesInTheOrderQueued()
    {
        var (app, channel) = await StartAsync();
        channel.Refuse = (call, _) => call % 3 == 0 ? DeliveryResult.Transient("ratelimited", TimeSpan.FromSeconds(1)) : null;
        for (var i = 1; i <= 20; i++)
        {
            await app.SendAsync(new AskCommand(As(Alice), $"Question {i}", [i % 2 == 0 ? Bob : Carol]));
        }

        await RunForAsync(app, TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(1));

        var rows = await app.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Sequence).ToListAsync());
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Delivered, r.Status));
        var expected = rows.Select(r => r.ReadMessage().Text).ToList();
        Assert.Equal(expected, channel.Accepted.Select(a => a.Message.Text));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"Question {i}"), channel.Accepted.Select(a => TitleOf(a.Message.Text)).OfType<string>());
    }

    [Fact]
    public async Task Ask_PostDelayedFiveMinutes_FirstWindowCountsFromItsDelivery()
    {
        var (app, channel) = await StartAsync();
        var asked = app.Clock.GetUtcNow();
        channel.Refuse = (_, _) => app.Clock.GetUtcNow() < asked.AddMinutes(5) ? DeliveryResult.Transient("service_unavailable", TimeSpan.FromMinutes(1)) : null;
        await app.SendAsync(new AskCommand(As(Alice), "Pick the freeze date", [Bob]));

        await RunForAsync(app, TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(1));

        var bob = await app.QueryAsync(db => db.Stakeholders.SingleAsync());
        Assert.Equal(asked.AddMinutes(5), channel.Accepted.Single().At);
        Assert.Equal(asked.AddMinutes(5).AddHours(48), bob.NextActionAt);
    }

    [Fact]
    public async Task Nudges_ThreadUnreachableForDays_TheEscalationWaitsUntilBothNudgesArrivedAndAWindowPassed()
    {
        var (app, channel) = await StartAsync();
        var start = app.Clock.GetUtcNow();
        var threadDownUntil = start.AddHours(100);
        channel.Refuse = (_, message) => message.Destination.Kind == DestinationKind.Thread && app.Clock.GetUtcNow() < threadDownUntil && message.Text.Contains("Attempt 2", StringComparison.Ordinal)
            ? DeliveryResult.Transient("ratelimited", TimeSpan.FromHours(1))
            : null;
        await app.SendAsync(new AskCommand(As(Alice), "Sign off the budget", [Bob]));

        await RunForAsync(app, TimeSpan.FromHours(260), TimeSpan.FromHours(1));

        var accepted = channel.Accepted;
        var nudge2 = accepted.Single(a => a.Message.Text.Contains("Attempt 2", StringComparison.Ordinal));
        var nudge3 = accepted.Single(a => a.Message.Text.Contains("Attempt 3", StringComparison.Ordinal));
        var escalation = accepted.Single(a => a.Message.Destination.Kind == DestinationKind.Direct);
        Assert.Equal(threadDownUntil, nudge2.At);
        Assert.Equal(nudge2.At.AddHours(48), nudge3.At);
        Assert.Equal(nudge3.At.AddHours(48), escalation.At);
    }

    [Fact]
    public async Task Nudge_StakeholderAnsweredWhileItWaited_NotSentAndTheTrailSaysWhy()
    {
        var (app, channel) = await StartAsync();
        var blocked = true;
        channel.Refuse = (_, message) => blocked && message.Text.Contains("Attempt 2", StringComparison.Ordinal) ? DeliveryResult.Transient("ratelimited", TimeSpan.FromMinutes(1)) : null;
        await app.SendAsync(new AskCommand(As(Alice), "Pick the freeze date", [Bob]));
        await app.AdvanceAsync(TimeSpan.FromHours(48));

        await app.SendAsync(new AcknowledgeCommand(As(Bob), 1));
        blocked = false;
        await app.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.DoesNotContain(channel.Accepted, a => a.Message.Text.Contains("Attempt 2", StringComparison.Ordinal));
        var nudge = await app.QueryAsync(db => db.Attempts.SingleAsync(a => a.Kind == AttemptKind.Nudge));
        Assert.Equal("not sent: Bob answered first", nudge.NotSentReason);
        Assert.Null(nudge.DeliveredAt);
        Assert.Equal(OutboxStatus.Dropped, await app.QueryAsync(db => db.OutboxMessages.Where(m => m.AttemptId == nudge.Id).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task Status_AfterAResolveQueuedBeforeThePost_TheResolveStillGoesIntoTheRequestsThread()
    {
        var (app, channel) = await StartAsync();
        await app.SendAsync(new AskCommand(As(Alice), "Pick the freeze date", [Bob]));
        await app.SendAsync(new DoneCommand(As(Bob), 1));

        await app.DeliverAsync();

        var inTheChannel = channel.Accepted.Select((a, i) => (a.Message, Id: $"m-{i + 1}")).Where(a => a.Message.Destination.Kind == DestinationKind.Thread).ToList();
        Assert.Null(inTheChannel[0].Message.Destination.ThreadId);
        Assert.All(inTheChannel.Skip(1), a => Assert.Equal(inTheChannel[0].Id, a.Message.Destination.ThreadId));
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

    /// <summary>The title of a "Question n" request post, or <c>null</c> for any other message.</summary>
    protected static string? TitleOf(string text)
    {
        var start = text.IndexOf("*Question ", StringComparison.Ordinal);
        return start < 0 ? null : text[(start + 1)..text.IndexOf('*', start + 1)];
    }
}

public sealed class SqliteOrderedDeliveryScenarios() : OrderedDeliveryScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresOrderedDeliveryScenarios(PostgresFixture server) : OrderedDeliveryScenarios(new PostgresDatabases(server))
{
    [Fact]
    public async Task TwoInstances_OneConversation_EachMessageSentOnceInOrderAtThePlatformsPace()
    {
        var clock = new FakeTimeProvider(BotApp.Thursday);
        var (connection, channel) = (await Databases.CreateAsync().ContinueWith(t => t.Result.ConnectionString), new RecordingChannel(clock, new DeliveryLimits([new RateLimit(2, TimeSpan.FromSeconds(1))], [])));
        var (first, _) = await StartAsync(clock, connection, channel);
        var (second, _) = await StartAsync(clock, connection, channel);
        for (var i = 1; i <= 12; i++)
        {
            await first.SendAsync(new AskCommand(As(Alice), $"Question {i}", [Bob]));
        }

        for (var second_ = 0; second_ < 20; second_++)
        {
            await Task.WhenAll(first.DeliverAsync(), second.DeliverAsync(), first.DeliverAsync(), second.DeliverAsync());
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var accepted = channel.Accepted;
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"Question {i}"), accepted.Select(a => TitleOf(a.Message.Text)));
        Assert.All(accepted.GroupBy(a => a.At), g => Assert.True(g.Count() <= 2, $"{g.Count()} sent at {g.Key}"));
        Assert.All(accepted.Select((a, i) => (a.At, i)), s => Assert.True(s.i + 1 <= 2 + (s.At - BotApp.Thursday).TotalSeconds, $"message {s.i + 1} at {s.At}"));
    }

    [Fact]
    public async Task Crash_MidRound_NothingLostAndOnlyTheMessageInFlightRepeated()
    {
        var clock = new FakeTimeProvider(BotApp.Thursday);
        var (connection, channel) = (await Databases.CreateAsync().ContinueWith(t => t.Result.ConnectionString), new RecordingChannel(clock));
        var (first, _) = await StartAsync(clock, connection, channel);
        var (second, _) = await StartAsync(clock, connection, channel);
        for (var i = 1; i <= 10; i++)
        {
            await first.SendAsync(new AskCommand(As(Alice), $"Question {i}", [Bob]));
        }

        using var crash = new CancellationTokenSource();
        (channel.Crash, channel.CrashAfterCall) = (crash, 5);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            first.InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(crash.Token)));
        var whileLeased = await second.DeliverAsync();
        clock.Advance(TimeSpan.FromMinutes(2));
        await second.DeliverAsync();

        var titles = channel.Accepted.Select(a => TitleOf(a.Message.Text)).ToList();
        Assert.Equal(0, whileLeased);
        Assert.Equal([.. Enumerable.Range(1, 5).Select(i => $"Question {i}"), .. Enumerable.Range(5, 6).Select(i => $"Question {i}")], titles);
    }
}
