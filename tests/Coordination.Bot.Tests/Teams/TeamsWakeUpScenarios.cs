using System.Net;
using Coordination.Testing;
using Coordination.Testing.Teams;

namespace Coordination.Bot.Tests.Teams;

/// <summary>
/// Over Teams, where every answer goes through the outbox, the request card and each command's answer go out as soon
/// as they are recorded, not at the next poll.
/// </summary>
public abstract class TeamsWakeUpScenarios(ITestDatabases databases) : IAsyncLifetime
{
    private const string Ann = "29:ann";
    private const string Bob = "29:bob";
    private TeamsTestHost? _teams;

    [Fact]
    public async Task AskThenStatus_PollIntervalAnHour_TheCardAndTheAnswerAreSentAtOnce()
    {
        _teams = await TeamsTestHost.StartAsync(databases, new Dictionary<string, string?> { ["Outbox:DeliveryInterval"] = "01:00:00" }, runJobs: true);

        var ask = _teams.Activities.Command(Ann, "ask <at>bob</at> review the rollout plan", people: [(Bob, "bob")]);
        var (status, _) = await _teams.PostAsync(ask);
        var thread = $"{TeamsActivities.Channel};messageid={ask["id"]!.GetValue<string>()}";
        var card = await _teams.Connector.WaitForCallAsync(c => c.Kind == FakeConnectorCallKind.SendActivity && c.Card is not null && c.ConversationId == thread && Said(c).Contains("review the rollout plan", StringComparison.Ordinal));

        await Eventually.Async(() => Task.FromResult(Sends().Count >= 2 ? Sends() : null), "the ask's card and its confirmation");
        await _teams.PostAsync(_teams.Activities.Command(Ann, "status CR-1"));
        await Eventually.Async(() => Task.FromResult(Sends().Count >= 3 ? Sends() : null), "the answer to status");
        var answer = Sends()[^1];

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<at>bob</at>", Said(card), StringComparison.Ordinal);
        Assert.Contains("review the rollout plan", Said(answer), StringComparison.Ordinal);
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

    private IReadOnlyList<FakeConnectorCall> Sends() => _teams!.Connector.CallsOf(FakeConnectorCallKind.SendActivity);

    private static string Said(FakeConnectorCall call) => call.Body.ToJsonString(TeamsScenarios.Readable);
}

public sealed class SqliteTeamsWakeUpScenarios() : TeamsWakeUpScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresTeamsWakeUpScenarios(PostgresFixture server) : TeamsWakeUpScenarios(new PostgresDatabases(server));
