using Coordination.Testing;

namespace Coordination.Bot.Tests.Slack;

/// <summary><c>stats</c> through Slack: figures only the asker sees.</summary>
public abstract class SlackInsightScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task Stats_BySlashCommand_AnsweredOnlyToTheAskerAndRefusedForSomeoneTheyDoNotLead()
    {
        var slack = await StartAsync();
        await AskBobAsync(slack);

        var (_, own) = await slack.SendAsync(slack.Requests.Command("stats", Bob));
        var (_, other) = await slack.SendAsync(slack.Requests.Command($"stats <@{Bob}|bob>", Carol));
        await slack.SettleAsync();

        Assert.Contains("\"response_type\":\"ephemeral\"", own, StringComparison.Ordinal);
        Assert.Contains("Still waiting on you: 1", TextOf(own), StringComparison.Ordinal);
        Assert.Contains("\"response_type\":\"ephemeral\"", other, StringComparison.Ordinal);
        Assert.StartsWith("Only ubob and their lead can see ubob's figures.", TextOf(other), StringComparison.Ordinal);
        Assert.DoesNotContain(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.Contains("coordination figures", StringComparison.Ordinal));
    }
}

public sealed class SqliteSlackInsightScenarios() : SlackInsightScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresSlackInsightScenarios(PostgresFixture server) : SlackInsightScenarios(new PostgresDatabases(server));
