using System.Net;
using System.Text.Json.Nodes;
using Coordination.Core.Commands;
using Coordination.Testing;
using Coordination.Testing.Teams;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Teams;

/// <summary>
/// "Follow up on this" on a Teams channel message: the message action's <c>fetchTask</c> is answered with the form in a
/// dialog, its <c>submitAction</c> records the request in that message's thread and closes the dialog with a message.
/// The invokes are shaped like Teams' documented message-action payloads.
/// </summary>
public abstract class TeamsFollowUpScenarios(ITestDatabases databases) : IAsyncLifetime
{
    private const string Ann = "29:ann";
    private const string Bob = "29:bob";
    private const string Root = "1764169000000";
    private readonly List<TeamsTestHost> _hosts = [];

    [Fact]
    public async Task FetchTask_OnAChannelMessage_AnsweredWithTheFormInADialogPrefilledWithTheMessage()
    {
        var teams = await StartAsync();

        var (status, body) = await teams.PostAsync(MessageAction(teams, "composeExtension/fetchTask"));

        Assert.Equal(HttpStatusCode.OK, status);
        var task = JsonNode.Parse(body)!["task"]!;
        Assert.Equal("continue", task["type"]!.GetValue<string>());
        var card = task["value"]!["card"]!["content"]!;
        var inputs = card["body"]!.AsArray().Where(b => b!["id"] is not null).ToDictionary(b => b!["id"]!.GetValue<string>(), b => b!);
        Assert.Equal("@bob can you check the rollout plan?", inputs[FollowUpForm.Title]["value"]!.GetValue<string>());
        Assert.Equal("Input.ChoiceSet", inputs[FollowUpForm.Stakeholders]["type"]!.GetValue<string>());
        Assert.True(inputs[FollowUpForm.Stakeholders]["isMultiSelect"]!.GetValue<bool>());
        Assert.Equal("Input.Date", inputs[FollowUpForm.Due]["type"]!.GetValue<string>());
        Assert.Equal("Action.Submit", card["actions"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task SubmitAction_RecordsTheRequestInTheMessagesThreadAndClosesTheDialogWithTheAnswer()
    {
        var teams = await StartAsync();
        var (_, opened) = await teams.PostAsync(MessageAction(teams, "composeExtension/fetchTask"));
        var data = JsonNode.Parse(opened)!["task"]!["value"]!["card"]!["content"]!["actions"]![0]!["data"]!.DeepClone().AsObject();
        data[FollowUpForm.Title] = "Check the rollout plan";
        data[FollowUpForm.Stakeholders] = Bob;

        var (status, body) = await teams.PostAsync(MessageAction(teams, "composeExtension/submitAction", data));
        await teams.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        var task = JsonNode.Parse(body)!["task"]!;
        Assert.Equal("message", task["type"]!.GetValue<string>());
        Assert.StartsWith("Recorded CR-1", task["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var request = await teams.App.QueryAsync(db => db.Requests.Include(r => r.Attempts).SingleAsync());
        Assert.Equal((TeamsActivities.Channel, Root), (request.Channel, request.ThreadId));
        Assert.Contains(request.Attempts, a => a.Note?.Contains($"https://teams.microsoft.com/l/message/{TeamsActivities.Channel}/{Root}", StringComparison.Ordinal) == true);
        Assert.Contains(teams.Connector.CallsOf(FakeConnectorCallKind.SendActivity), c => c.ConversationId == $"{TeamsActivities.Channel};messageid={Root}" && c.Card is not null);
    }

    /// <summary>The message action's invoke on the channel post <see cref="Root"/>, by Ann, as Teams documents it.</summary>
    private static JsonObject MessageAction(TeamsTestHost teams, string name, JsonObject? data = null) => teams.Activities.Event("invoke", a =>
    {
        a["id"] = "f:" + Guid.NewGuid().ToString("N");
        a["name"] = name;
        a["from"] = new JsonObject { ["id"] = Ann, ["name"] = "ann" };
        a["conversation"]!["id"] = $"{TeamsActivities.Channel};messageid={Root}";
        a["value"] = new JsonObject
        {
            ["commandId"] = "followUp",
            ["commandContext"] = "message",
            ["messagePayload"] = new JsonObject
            {
                ["id"] = Root,
                ["replyToId"] = null,
                ["linkToMessage"] = $"https://teams.microsoft.com/l/message/{TeamsActivities.Channel}/{Root}",
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<div><at id=\"0\">bob</at> can you check the rollout plan?</div>" },
            },
            ["context"] = new JsonObject { ["theme"] = "default" },
        };
        if (data is not null)
        {
            a["value"]!["data"] = data;
        }
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

public sealed class SqliteTeamsFollowUpScenarios() : TeamsFollowUpScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresTeamsFollowUpScenarios(PostgresFixture server) : TeamsFollowUpScenarios(new PostgresDatabases(server));
