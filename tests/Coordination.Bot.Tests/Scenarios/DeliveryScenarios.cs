using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>The outbox: retries with backoff, Retry-After honoured, parked at last and never silently dropped.</summary>
public sealed class DeliveryScenarios : IAsyncLifetime, IAsyncDisposable
{
    private readonly SqliteDatabases _databases = new();
    private BotApp? _app;

    private async Task<BotApp> StartAsync(ScriptedChannel channel)
    {
        var (provider, connectionString) = await _databases.CreateAsync();
        _app = new BotApp(provider, connectionString, settings: new Dictionary<string, string?>
        {
            ["Outbox:MaxDeliveryAttempts"] = "3",
            ["Outbox:RetryDelay"] = "00:01:00",
        }, channel: channel);
        await _app.SendAsync(new AskCommand(As(Alice), "Confirm the freeze date", [Bob]));
        return _app;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => ((IAsyncDisposable)this).DisposeAsync().AsTask();

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _databases.Dispose();
    }

    [Fact]
    public async Task Delivery_ChannelKeepsFailing_RetriedWithBackoffThenParkedWithItsError()
    {
        var channel = new ScriptedChannel(DeliveryResult.Transient("channel_unavailable"));
        var app = await StartAsync(channel);

        await app.DeliverAsync();
        await app.DeliverAsync();
        var afterFirst = channel.Calls;
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.DeliverAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.DeliverAsync();
        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.DeliverAsync();

        Assert.Equal(1, afterFirst);
        var row = await AskRowAsync(app);
        Assert.Equal(3, row.DeliveryAttempts);
        Assert.Equal(OutboxStatus.Parked, row.Status);
        Assert.Contains("channel_unavailable", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delivery_PlatformAsksToRetryAfter_WaitsAtLeastThatLong()
    {
        var channel = new ScriptedChannel(DeliveryResult.Transient("ratelimited", TimeSpan.FromMinutes(10)), DeliveryResult.Success("m-1"));
        var app = await StartAsync(channel);

        await app.DeliverAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(9));
        await app.DeliverAsync();
        var beforeRetryAfter = channel.Calls;
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.DeliverAsync();

        Assert.Equal(1, beforeRetryAfter);
        Assert.Equal(2, channel.Calls);
        var row = await AskRowAsync(app);
        Assert.Equal(OutboxStatus.Delivered, row.Status);
    }

    [Fact]
    public async Task Delivery_PlatformRejectsForGood_ParkedAtOnce()
    {
        var channel = new ScriptedChannel(DeliveryResult.Rejected("channel_not_found"));
        var app = await StartAsync(channel);

        await app.DeliverAsync();

        var row = await AskRowAsync(app);
        Assert.Equal(OutboxStatus.Parked, row.Status);
        Assert.Equal(1, row.DeliveryAttempts);
    }

    [Fact]
    public async Task Delivery_RequestsOwnPostRefusedForGood_RequestWithdrawnAndRequesterToldWhyByDirectMessage()
    {
        var channel = new ScriptedChannel(DeliveryResult.Rejected("not_in_channel: the bot is not a member of the channel"), DeliveryResult.Success("m-2"));
        var app = await StartAsync(channel);

        await app.DeliverAsync();
        await app.DeliverAsync();
        await app.AdvanceAsync(TimeSpan.FromDays(7));

        var request = await app.QueryAsync(db => db.Requests.Include(r => r.Stakeholders).Include(r => r.Attempts).SingleAsync());
        Assert.Equal(RequestStatus.Cancelled, request.Status);
        Assert.All(request.Stakeholders, s => Assert.Null(s.NextActionAt));
        Assert.Contains(request.Attempts, a => a.Kind == AttemptKind.Cancel && a.Note!.Contains("not_in_channel", StringComparison.Ordinal));
        Assert.Equal(2, channel.Calls);
        var notice = channel.Sent[1];
        Assert.Equal(MessageDestination.DirectTo(Alice.PlatformUserId), notice.Destination);
        Assert.Contains("not_in_channel", notice.Text, StringComparison.Ordinal);
        Assert.Contains("CR-1", notice.Text, StringComparison.Ordinal);
    }

    private static Task<OutboxMessage> AskRowAsync(BotApp app) =>
        app.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.DeduplicationKey.StartsWith("ask:")));
}
