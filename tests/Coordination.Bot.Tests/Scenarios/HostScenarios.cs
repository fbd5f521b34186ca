using Coordination.Core.Chat;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>Scenarios on the real host, one fresh database per app, every app disposed after the test.</summary>
public abstract class HostScenarios(ITestDatabases databases) : IAsyncLifetime
{
    /// <summary>Weekends count and there is no delivery window: nudges at 48 h and 96 h, escalation at 144 h.</summary>
    protected static readonly IReadOnlyDictionary<string, string?> PlainTimeline = new Dictionary<string, string?>
    {
        ["Coordination:CountWeekends"] = "true",
        ["Coordination:DeliveryWindow:Enabled"] = "false",
    };

    private readonly List<BotApp> _apps = [];

    protected async Task<BotApp> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var (provider, connectionString) = await databases.CreateAsync();
        var app = new BotApp(provider, connectionString, settings: settings);
        _apps.Add(app);
        return app;
    }

    /// <summary>Everything the local channel has been sent so far.</summary>
    protected static List<OutgoingMessage> Sent(BotApp app) => [.. app.Chat.Messages.Select(m => m.Message)];

    /// <summary>Two instances of the bot on one fresh database, sharing one clock, as two hosts would.</summary>
    protected async Task<(BotApp First, BotApp Second)> StartTwoAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var (provider, connectionString) = await databases.CreateAsync();
        var first = new BotApp(provider, connectionString, settings: settings);
        _apps.Add(first);
        _ = first.Services;

        // Started once the first has migrated the database, as a second host joining would be.
        var second = new BotApp(provider, connectionString, first.Clock, settings);
        _apps.Add(second);
        _ = second.Services;
        return (first, second);
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
}
