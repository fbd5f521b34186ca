using System.Text.Json.Nodes;
using Coordination.Bot.Tests.Slack;
using Coordination.Core.Chat;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Assistant;

/// <summary>The language agent in Slack: the ephemeral answer carries Confirm / Edit, and only the writer's Confirm acts, once.</summary>
public abstract class SlackAssistantScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task UnreadSlashCommand_AnswersWithTheReadingAndOnlyTheWritersConfirmRecordsIt()
    {
        await using var assistant = await FakeAssistantEndpoint.StartAsync();
        var slack = await StartAsync(new Dictionary<string, string?> { ["Assistant:Endpoint"] = assistant.Endpoint, ["Assistant:Model"] = "fake-model" });
        assistant.Answer("/coord ask @bob review the launch plan by Friday");

        var (_, body) = await slack.SendAsync(slack.Requests.Command($"pester <@{Bob}|bob> about the launch plan", Ann));

        Assert.Equal("pester @bob about the launch plan", assistant.MessagesOf(0)[1].Content);
        var answer = JsonNode.Parse(body)!;
        Assert.StartsWith("I read this as: `/coord ask @bob review the launch plan by Friday`", answer["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var buttons = answer["blocks"]!.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? []).ToList();
        Assert.Equal([MessageButton.ConfirmReading, MessageButton.EditReading], buttons.Select(e => e!["action_id"]!.GetValue<string>()));
        var state = buttons[0]!["value"]!.GetValue<string>();
        Assert.True(state.Length < 2000, "Slack keeps a button's value under 2,000 characters.");

        await slack.SendAsync(slack.Requests.Press(MessageButton.ConfirmReading, state, Bob, "1764170000.000900", ephemeral: true));
        await slack.SendAsync(slack.Requests.Press(MessageButton.ConfirmReading, state, Ann, "1764170000.000900", ephemeral: true));
        await slack.SendAsync(slack.Requests.Press(MessageButton.ConfirmReading, state, Ann, "1764170000.000900", ephemeral: true));
        await slack.SettleAsync();

        var request = await slack.App.QueryAsync(db => db.Requests.Include(r => r.Stakeholders).ThenInclude(s => s.Person).SingleAsync());
        Assert.Equal("review the launch plan", request.Title);
        Assert.Equal(Bob, Assert.Single(request.Stakeholders).Person.PlatformUserId);
        Assert.Equal(Ann, await slack.App.QueryAsync(db => db.Requests.Select(r => r.Requester.PlatformUserId).SingleAsync()));
    }
}

public sealed class SqliteSlackAssistantScenarios() : SlackAssistantScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresSlackAssistantScenarios(PostgresFixture server) : SlackAssistantScenarios(new PostgresDatabases(server));
