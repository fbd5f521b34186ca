using System.Text.Json.Nodes;
using Coordination.Testing;
using Coordination.Testing.Teams;

namespace Coordination.Bot.Tests.Teams;

/// <summary>The bot's personal chat in Teams: commands and plain English run as the writer and are answered there.</summary>
public abstract class TeamsPersonalChatScenarios(ITestDatabases databases) : IAsyncLifetime
{
    private const string Ann = "29:ann";
    private const string Bob = "29:bob";
    private readonly List<TeamsTestHost> _hosts = [];

    [Theory]
    [InlineData("list waiting")]
    [InlineData("what's waiting on me")]
    public async Task PersonalChat_CommandOrPlainEnglish_AnsweredInThePersonalChat(string text)
    {
        var teams = await StartAsync();
        await teams.PostAsync(teams.Activities.Command(Ann, "ask <at>bob</at> review the rollout plan", people: [(Bob, "bob")]));
        await teams.SettleAsync();
        var personal = PersonalMessage(teams, Bob, text);

        await teams.PostAsync(personal);
        await teams.SettleAsync();

        var conversation = personal["conversation"]!["id"]!.GetValue<string>();
        var answer = Assert.Single(teams.Connector.CallsOf(FakeConnectorCallKind.SendActivity), c => c.ConversationId == conversation);
        Assert.Contains("CR-1", answer.Body.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="user"/> writing to the bot in its personal chat, shaped as <c>personal-chat-message.json</c> of the
    /// Teams fixtures: <c>conversationType: personal</c>, an <c>a:</c> conversation id, the tenant in <c>channelData</c>.
    /// </summary>
    private static JsonObject PersonalMessage(TeamsTestHost teams, string user, string text) =>
        teams.Activities.Event("message", a =>
        {
            a["from"] = new JsonObject { ["id"] = user, ["name"] = TeamsActivities.NameOf(user) };
            a["conversation"] = new JsonObject { ["conversationType"] = "personal", ["id"] = "a:1personal-" + TeamsActivities.NameOf(user), ["tenantId"] = TeamsActivities.Tenant };
            a["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsActivities.Tenant } };
            a["text"] = text;
        });

    private async Task<TeamsTestHost> StartAsync()
    {
        var host = await TeamsTestHost.StartAsync(databases, null);
        _hosts.Add(host);
        return host;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        databases.Dispose();
    }
}

public sealed class SqliteTeamsPersonalChatScenarios() : TeamsPersonalChatScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresTeamsPersonalChatScenarios(PostgresFixture server) : TeamsPersonalChatScenarios(new PostgresDatabases(server));
