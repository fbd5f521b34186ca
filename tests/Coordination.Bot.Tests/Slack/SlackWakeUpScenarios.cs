using Coordination.Testing;

namespace Coordination.Bot.Tests.Slack;

/// <summary>Over Slack, the request post goes out as soon as the ask is recorded, not at the next poll.</summary>
public abstract class SlackWakeUpScenarios(ITestDatabases databases) : IAsyncLifetime
{
    private SlackTestHost? _slack;

    [Fact]
    public async Task SlashAsk_PollIntervalAnHour_TheRequestPostIsPostedAtOnce()
    {
        _slack = await SlackTestHost.StartAsync(databases, new Dictionary<string, string?> { ["Outbox:DeliveryInterval"] = "01:00:00" }, runJobs: true);

        await _slack.SendAsync(_slack.Requests.Command("ask <@UBOB|bob> review the rollout plan", "UANN"));

        var post = await _slack.Slack.WaitForCallAsync(c => c.Method == "chat.postMessage", TimeSpan.FromSeconds(10));
        Assert.Contains("review the rollout plan", post["text"], StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_slack is not null)
        {
            await _slack.DisposeAsync();
        }

        databases.Dispose();
    }
}

public sealed class SqliteSlackWakeUpScenarios() : SlackWakeUpScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackWakeUpScenarios(PostgresFixture server) : SlackWakeUpScenarios(new PostgresDatabases(server));
