using System.Text.Json;
using Coordination.Bot.LocalChat;
using Coordination.Core.Chat;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.LocalChat;

/// <summary>"How did it go?" in the local chat: the question in the requester's direct messages, answered with its buttons.</summary>
public abstract class LocalSatisfactionScenarios(ITestDatabases databases) : LocalChatTests(databases)
{
    private const string Alice = "U-ALICE";
    private const string Bob = "U-BOB";

    [Fact]
    public async Task Resolved_AliceIsAskedInHerDirectMessages_HerPressRecordsOneAnswer()
    {
        await using var host = await StartAsync();
        await host.WriteAsync(Alice, "/coord ask @bob review the rollout plan");

        await host.WriteAsync(Bob, "/coord done CR-1");

        var question = Assert.Single(await host.MessagesAsync(Alice), m => m.GetProperty("text").GetString()!.Contains("How did it go?", StringComparison.Ordinal));
        Assert.Equal(LocalWorkspace.DirectConversation(Alice, LocalWorkspace.BotId), question.GetProperty("conversation").GetString());
        Assert.DoesNotContain(await host.MessagesAsync(Bob), m => m.GetProperty("text").GetString()!.Contains("How did it go?", StringComparison.Ordinal));
        var button = question.GetProperty("buttons").EnumerateArray().First();
        Assert.Equal(MessageButton.WentWell, button.GetProperty("action").GetString());

        var answer = await Press(host, question, button);
        var again = await Press(host, question, button);

        Assert.Equal("Thanks: glad it went well.", answer.GetProperty("reply").GetProperty("text").GetString());
        Assert.StartsWith("You already answered 👍", again.GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(await host.QueryAsync(db => db.SatisfactionQuestions.Select(q => q.Happy).SingleAsync()));
    }

    private static Task<JsonElement> Press(LocalChatHost host, JsonElement message, JsonElement button) =>
        host.PostAsync("/local/press", new
        {
            @as = Alice,
            messageId = message.GetProperty("id").GetString(),
            action = button.GetProperty("action").GetString(),
            value = button.GetProperty("value").GetString(),
        });
}

public sealed class SqliteLocalSatisfactionScenarios() : LocalSatisfactionScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresLocalSatisfactionScenarios(PostgresFixture server) : LocalSatisfactionScenarios(new PostgresDatabases(server));
