using System.Diagnostics;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data.Outbox;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>
/// Stopping the host (SIGTERM, a deploy) while delivery holds a conversation and a send is in flight: the message is
/// recorded once or left queued, never lost or half-recorded, and the conversation is free for another instance at once.
/// </summary>
public abstract class ShutdownScenarios(ITestDatabases databases) : IDisposable
{
    private static Dictionary<string, string?> Settings(int shutdownSeconds) => new()
    {
        ["Coordination:CountWeekends"] = "true",
        ["Coordination:DeliveryWindow:Enabled"] = "false",
        ["Outbox:DeliveryInterval"] = "01:00:00",
        ["shutdownTimeoutSeconds"] = shutdownSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Stop_WhileASendIsInFlight_ItIsRecordedDeliveredTheNextWaitsAndTheConversationIsReleased()
    {
        var (provider, connection) = await databases.CreateAsync();
        var channel = new GatedChannel();
        var app = new BotApp(provider, connection, settings: Settings(10), channel: channel, runJobs: true);
        await app.SendAsync(new AskCommand(As(Alice), "Pick the freeze date", [Bob]));
        await channel.InFlight.WaitAsync(TimeSpan.FromSeconds(30));
        await app.SendAsync(new AskCommand(As(Alice), "Review the rollout plan", [Carol]));

        var elapsed = await StopAsync(app, whileStopping: channel.Open);

        var rows = await QueryAsync(provider, connection, db => db.OutboxMessages.OrderBy(m => m.Sequence).ToListAsync());
        Assert.Equal(1, channel.Calls);
        Assert.Equal([OutboxStatus.Delivered, OutboxStatus.Pending], rows.Select(r => r.Status));
        Assert.Equal(0, rows[1].DeliveryAttempts);
        await AssertReleasedAsync(provider, connection);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"stopping took {elapsed}");
    }

    [Fact]
    public async Task Stop_SendHangsPastTheGrace_CutShortLeftQueuedAndReleasedWithinTheShutdownTimeout()
    {
        var (provider, connection) = await databases.CreateAsync();
        var channel = new GatedChannel();
        var app = new BotApp(provider, connection, settings: Settings(4), channel: channel, runJobs: true);
        await app.SendAsync(new AskCommand(As(Alice), "Pick the freeze date", [Bob]));
        await channel.InFlight.WaitAsync(TimeSpan.FromSeconds(30));

        var elapsed = await StopAsync(app, whileStopping: () => { });

        var row = await QueryAsync(provider, connection, db => db.OutboxMessages.SingleAsync());
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(0, row.DeliveryAttempts);
        Assert.Null(row.DeliveredAt);
        await AssertReleasedAsync(provider, connection);
        Assert.True(elapsed < TimeSpan.FromSeconds(4), $"stopping took {elapsed}");
    }

    [Fact]
    public async Task Host_ByDefault_GivesThirtySecondsToStopHalfOfThemToSendsInFlightAndWaitsForJobs()
    {
        var (provider, connection) = await databases.CreateAsync();
        await using var app = new BotApp(provider, connection);

        Assert.Equal(TimeSpan.FromSeconds(30), app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        Assert.Equal(TimeSpan.FromSeconds(15), app.Services.GetRequiredService<IOptions<Coordination.Bot.Engine.Delivery.OutboxOptions>>().Value.ShutdownGrace);
        Assert.True(app.Services.GetRequiredService<IOptions<QuartzHostedServiceOptions>>().Value.WaitForJobsToComplete);
    }

    public void Dispose()
    {
        databases.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops the host as SIGTERM would, runs <paramref name="whileStopping"/> once it has begun, and times it.</summary>
    private static async Task<TimeSpan> StopAsync(BotApp app, Action whileStopping)
    {
        var begun = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(begun.SetResult);
        var clock = Stopwatch.StartNew();
        var stopped = Task.Run(async () => await app.DisposeAsync());
        await begun.Task.WaitAsync(TimeSpan.FromSeconds(30));
        whileStopping();
        await stopped.WaitAsync(TimeSpan.FromSeconds(60));
        return clock.Elapsed;
    }

    private static async Task AssertReleasedAsync(string provider, string connection)
    {
        var conversations = await QueryAsync(provider, connection, db => db.OutboxConversations.ToListAsync());
        Assert.NotEmpty(conversations);
        Assert.All(conversations, c => Assert.Null(c.LeaseOwner));
        Assert.All(conversations, c => Assert.Null(c.LeaseUntil));
    }

    /// <summary>Reads the database through a fresh host with no jobs, as another instance would see it.</summary>
    private static async Task<T> QueryAsync<T>(string provider, string connection, Func<Coordination.Data.CoordinationDbContext, Task<T>> query)
    {
        await using var reader = new BotApp(provider, connection);
        return await reader.QueryAsync(query);
    }

    /// <summary>A platform that holds each send until the test opens the gate (or the sender gives up).</summary>
    private sealed class GatedChannel : IChatChannel
    {
        private readonly TaskCompletionSource _inFlight = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public ChatPlatform Platform => ChatPlatform.Local;

        public Task InFlight => _inFlight.Task;

        public int Calls => _calls;

        public void Open() => _gate.TrySetResult();

        public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            _inFlight.TrySetResult();
            await _gate.Task.WaitAsync(cancellationToken);
            return DeliveryResult.Success($"m-{call}");
        }
    }
}

public sealed class SqliteShutdownScenarios() : ShutdownScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresShutdownScenarios(PostgresFixture server) : ShutdownScenarios(new PostgresDatabases(server));
