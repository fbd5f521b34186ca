using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.LocalChat;

/// <summary>Away with a delegate, in the local chat: the thread and the trail say who is away and who stands in.</summary>
public abstract class LocalStandInScenarios(ITestDatabases databases) : LocalChatTests(databases)
{
    private const string Alice = "U-ALICE";
    private const string Bob = "U-BOB";

    [Fact]
    public async Task AwayWithADelegate_BobIsAsked_ThreadSaysBobIsAwaySoCarolStandsIn()
    {
        await using var host = await StartAsync();
        await host.WriteAsync(Alice, "/coord ask @bob review the rollout plan");

        var answer = await host.WriteAsync(Bob, "/coord away until 2026-12-14 delegate @carol");

        Assert.True(answer.GetProperty("reply").GetProperty("succeeded").GetBoolean());
        var note = Assert.Single(await host.MessagesAsync(), m => m.GetProperty("text").GetString()!.Contains("stands in for CR-1", StringComparison.Ordinal));
        Assert.StartsWith("@Bob is away until Mon 14 Dec, so @Carol stands in for CR-1", note.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(await host.MessagesAsync(), m => m.GetProperty("text").GetString()!.Contains("not theirs", StringComparison.Ordinal));
        var trail = await host.QueryAsync(db => db.Attempts.Where(a => a.Kind == AttemptKind.StandIn).Select(a => a.Note).SingleAsync());
        Assert.Equal("Bob is away until Mon 14 Dec; Carol stands in", trail);
    }
}

public sealed class SqliteLocalStandInScenarios() : LocalStandInScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresLocalStandInScenarios(PostgresFixture server) : LocalStandInScenarios(new PostgresDatabases(server));
