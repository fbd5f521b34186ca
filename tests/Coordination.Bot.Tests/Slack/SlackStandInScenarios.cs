using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>Away with a delegate on Slack: the thread and the trail say who is away until when and who stands in.</summary>
public abstract class SlackStandInScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task AwayWithADelegate_BobIsAsked_ThreadSaysBobIsAwaySoCarolStandsIn()
    {
        var slack = await StartAsync();
        var thread = await AskBobAsync(slack);

        await slack.SendAsync(slack.Requests.Command($"away until 2026-12-14 delegate <@{Carol}|carol>", Bob));
        await slack.SettleAsync();

        var note = Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.Contains("stands in for CR-1", StringComparison.Ordinal));
        Assert.Equal(thread, note["thread_ts"]);
        Assert.StartsWith($"<@{Bob}> is away until <!date^", note["text"], StringComparison.Ordinal);
        Assert.Contains($"|Mon 14 Dec>, so <@{Carol}> stands in for CR-1", note["text"], StringComparison.Ordinal);
        Assert.DoesNotContain(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.Contains("not theirs", StringComparison.Ordinal));
        var trail = await slack.App.QueryAsync(db => db.Attempts.Where(a => a.Kind == AttemptKind.StandIn).Select(a => a.Note).SingleAsync());
        Assert.EndsWith(" is away until Mon 14 Dec; carol stands in", trail, StringComparison.Ordinal);
    }
}

public sealed class SqliteSlackStandInScenarios() : SlackStandInScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackStandInScenarios(PostgresFixture server) : SlackStandInScenarios(new PostgresDatabases(server));
