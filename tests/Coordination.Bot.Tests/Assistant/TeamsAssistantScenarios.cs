using System.Text.Json.Nodes;
using Coordination.Bot.Tests.Teams;
using Coordination.Core.Chat;
using Coordination.Testing;
using Coordination.Testing.Teams;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Assistant;

/// <summary>The language agent in Teams: the answer's card carries Confirm / Edit, and only the writer's Confirm acts, once.</summary>
public abstract class TeamsAssistantScenarios(ITestDatabases databases) : IAsyncLifetime
{
    private const string Ann = "29:ann";
    private const string Bob = "29:bob";

    [Fact]
    public async Task UnreadMention_AnswersWithTheReadingCardAndOnlyTheWritersConfirmRecordsIt()
    {
        await using var assistant = await FakeAssistantEndpoint.StartAsync();
        await using var teams = await TeamsTestHost.StartAsync(databases, new Dictionary<string, string?> { ["Assistant:Endpoint"] = assistant.Endpoint, ["Assistant:Model"] = "fake-model" });
        assistant.Answer("/coord ask @bob review the launch plan by Friday");
        var mention = teams.Activities.Command(Ann, "pester <at>bob</at> about the launch plan", people: [(Bob, "bob")]);

        await teams.PostAsync(mention);
        await teams.SettleAsync();

        Assert.DoesNotContain("29:", assistant.MessagesOf(0)[1].Content, StringComparison.Ordinal);
        var card = Assert.Single(teams.Connector.CallsOf(FakeConnectorCallKind.SendActivity), c => c.Body.ToJsonString().Contains("I read this as", StringComparison.Ordinal));
        var state = Data(card.Body, MessageButton.ConfirmReading)!;
        Assert.NotNull(Data(card.Body, MessageButton.EditReading));
        Assert.Equal(0, await teams.App.QueryAsync(db => db.Requests.CountAsync()));
        var root = mention["id"]!.GetValue<string>();

        await teams.PostAsync(teams.Activities.Press(Bob, MessageButton.ConfirmReading, state, root, "1700000000001"));
        await teams.PostAsync(teams.Activities.Press(Ann, MessageButton.ConfirmReading, state, root, "1700000000001"));
        await teams.PostAsync(teams.Activities.Press(Ann, MessageButton.ConfirmReading, state, root, "1700000000001"));
        await teams.SettleAsync();

        var request = await teams.App.QueryAsync(db => db.Requests.Include(r => r.Stakeholders).ThenInclude(s => s.Person).SingleAsync());
        Assert.Equal("review the launch plan", request.Title);
        Assert.Equal(Bob, Assert.Single(request.Stakeholders).Person.PlatformUserId);
        Assert.Equal(Ann, await teams.App.QueryAsync(db => db.Requests.Select(r => r.Requester.PlatformUserId).SingleAsync()));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        databases.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The <c>key</c> of the card button whose data's <c>action</c> is <paramref name="action"/>.</summary>
    private static string? Data(JsonNode? node, string action) => node switch
    {
        JsonObject o when o["action"] is JsonValue a && a.ToString() == action && o["key"] is JsonValue key => key.ToString(),
        JsonObject o => o.Select(p => Data(p.Value, action)).FirstOrDefault(k => k is not null),
        JsonArray a => a.Select(n => Data(n, action)).FirstOrDefault(k => k is not null),
        _ => null,
    };
}

public sealed class SqliteTeamsAssistantScenarios() : TeamsAssistantScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresTeamsAssistantScenarios(PostgresFixture server) : TeamsAssistantScenarios(new PostgresDatabases(server));
