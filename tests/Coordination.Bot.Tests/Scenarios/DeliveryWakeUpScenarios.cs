using Coordination.Core.Commands;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>Delivery starts when a message is queued, not at the next poll.</summary>
public sealed class DeliveryWakeUpScenarios : IAsyncLifetime, IAsyncDisposable
{
    private readonly SqliteDatabases _databases = new();
    private BotApp? _app;

    [Fact]
    public async Task Ask_PollIntervalAnHour_TheRequestPostStillArrivesAtOnce()
    {
        var (provider, connectionString) = await _databases.CreateAsync();
        _app = new BotApp(provider, connectionString, settings: new Dictionary<string, string?> { ["Outbox:DeliveryInterval"] = "01:00:00" }, runJobs: true);
        _ = _app.Services;

        await _app.SendAsync(new AskCommand(As(Alice), "Pick the freeze date", [Bob]));

        var post = await Eventually.Async(
            () => Task.FromResult(_app.Chat.Messages.FirstOrDefault(m => m.Message.Text.Contains("Pick the freeze date", StringComparison.Ordinal))),
            "the request post",
            TimeSpan.FromSeconds(10));
        Assert.Equal(BotApp.Thursday, post.DeliveredAt);
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
}
