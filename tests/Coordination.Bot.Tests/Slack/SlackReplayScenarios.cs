using System.Net;
using System.Text.Json.Nodes;
using Coordination.Bot.Inbox;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Bot.Tests.Slack;

/// <summary>
/// A signed request captured and sent again while its signature is still accepted (Slack's five minutes) is answered
/// with 200 and not acted on: once per request, across instances sharing the database.
/// </summary>
public abstract class SlackReplayScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task SlashCommand_SameSignedRequestSentTwice_RecordsOneRequestAndAnswersTheReplayEmpty()
    {
        var slack = await StartAsync();
        var original = slack.Requests.Command($"ask <@{Bob}|bob> review the rollout plan", Ann);
        var replay = await SlackRequests.CopyAsync(original);

        var (first, answer) = await slack.SendAsync(original);
        slack.Clock.Advance(TimeSpan.FromMinutes(4));
        var (again, replayAnswer) = await slack.SendAsync(replay);
        await slack.SettleAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first, again));
        Assert.NotEmpty(answer);
        Assert.Equal(string.Empty, replayAnswer);
        Assert.Equal(1, await slack.App.QueryAsync(db => db.Requests.CountAsync()));
        Assert.Single(slack.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task SlashCommand_SameTextSentAgainFreshlySigned_IsActedOnAgain()
    {
        var slack = await StartAsync();

        await slack.SendAsync(slack.Requests.Command($"ask <@{Bob}|bob> review the rollout plan", Ann));
        await slack.SendAsync(slack.Requests.Command($"ask <@{Bob}|bob> review the rollout plan", Ann));
        await slack.SettleAsync();

        Assert.Equal(2, await slack.App.QueryAsync(db => db.Requests.CountAsync()));
    }

    [Fact]
    public async Task ButtonPress_SameSignedRequestSentTwice_ActedOnOnce()
    {
        var slack = await StartAsync();
        var post = await AskBobAsync(slack);
        var asked = slack.Slack.CallsTo("chat.postMessage")[0]["text"]!;
        var original = slack.Requests.Press(MessageButton.Acknowledge, "CR-1", Bob, post, text: asked);
        var replay = await SlackRequests.CopyAsync(original);

        var (first, _) = await slack.SendAsync(original);
        await slack.SettleAsync();
        var (again, _) = await slack.SendAsync(replay);
        await slack.SettleAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first, again));
        Assert.Single(slack.Slack.CallsTo("chat.update"));
        Assert.Single(slack.Slack.CallsTo("chat.postEphemeral"));
    }

    [Fact]
    public async Task FormButton_SameSignedPressSentTwice_OpensTheModalOnce()
    {
        var slack = await StartAsync();
        await slack.SendAsync(slack.Requests.Mention(Ann, "decide"));
        await slack.SettleAsync();
        var reply = Assert.Single(slack.Slack.CallsTo("chat.postEphemeral"));
        var button = JsonNode.Parse(reply["blocks"]!)!.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? []).Single()!;
        var original = slack.Requests.Press(MessageButton.OpenForm, button["value"]!.GetValue<string>(), Ann, "1764170000.000900", ephemeral: true);
        var replay = await SlackRequests.CopyAsync(original);

        var (first, _) = await slack.SendAsync(original);
        var (again, _) = await slack.SendAsync(replay);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first, again));
        Assert.Single(slack.Slack.CallsTo("views.open"));
    }

    [Fact]
    public async Task ViewSubmission_SameSignedRequestSentTwice_RecordsOneDecision()
    {
        var slack = await StartAsync();
        await slack.SendAsync(slack.Requests.Command("decide", Ann));
        var view = (JsonObject)slack.Slack.CallsTo("views.open")[^1].Body["view"]!;
        var original = slack.Requests.ViewSubmission(view, Ann, DecisionValues("Ship on Postgres"));
        var replay = await SlackRequests.CopyAsync(original);

        var (first, _) = await slack.SendAsync(original);
        var (again, body) = await slack.SendAsync(replay);
        await slack.SettleAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first, again));
        Assert.Equal(string.Empty, body);
        Assert.Equal(1, await slack.App.QueryAsync(db => db.Decisions.CountAsync()));
        Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.Contains("decided *D-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlashCommand_ReplayedToTwoHostsOnOneDatabaseAtOnce_RecordsOneRequest()
    {
        var (_, connectionString) = await Databases.CreateAsync();
        var first = await StartAsync(connectionString: connectionString);
        var second = await StartAsync(connectionString: connectionString);
        var original = first.Requests.Command($"ask <@{Bob}|bob> review the rollout plan", Ann);
        var replay = await SlackRequests.CopyAsync(original);

        var answers = await Task.WhenAll(first.SendAsync(original), second.SendAsync(replay));
        await first.SettleAsync();
        await second.SettleAsync();

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers, a => a.Body.Length == 0);
        Assert.Equal(1, await first.App.QueryAsync(db => db.Requests.CountAsync()));
        Assert.Single([.. first.Slack.CallsTo("chat.postMessage"), .. second.Slack.CallsTo("chat.postMessage")]);
    }

    [Fact]
    public async Task SeenRequests_AfterTheSignatureLapses_AreForgotten()
    {
        var slack = await StartAsync();
        await slack.SendAsync(slack.Requests.Command("list", Ann));

        slack.Clock.Advance(TimeSpan.FromMinutes(7));
        await slack.App.InScopeAsync(sp => sp.GetRequiredService<InboundEventProcessor>().ProcessDueAsync(CancellationToken.None));

        Assert.Equal(0, await slack.App.QueryAsync(db => db.SeenRequests.CountAsync()));
    }

    /// <summary>The decision modal's state with only the decision filled in (the owner is the submitter).</summary>
    private static JsonObject DecisionValues(string decision)
    {
        static JsonObject Block(string id, JsonObject value) => new() { [id] = value };
        static JsonObject Rich(string? text) => new()
        {
            ["type"] = "rich_text_input",
            ["rich_text_value"] = new JsonObject
            {
                ["type"] = "rich_text",
                ["elements"] = text is null
                    ? new JsonArray()
                    : new JsonArray(new JsonObject { ["type"] = "rich_text_section", ["elements"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }) }),
            },
        };

        return new JsonObject
        {
            [ChatForms.DecisionText] = Block(ChatForms.DecisionText, Rich(decision)),
            [ChatForms.OptionsConsidered] = Block(ChatForms.OptionsConsidered, Rich(null)),
            [ChatForms.Rationale] = Block(ChatForms.Rationale, Rich(null)),
            [ChatForms.Owner] = Block(ChatForms.Owner, new JsonObject { ["type"] = "users_select", ["selected_user"] = Ann }),
            [ChatForms.NextSteps] = Block(ChatForms.NextSteps, Rich(null)),
            [ChatForms.LongTerm] = Block(ChatForms.LongTerm, new JsonObject { ["type"] = "checkboxes", ["selected_options"] = new JsonArray() }),
        };
    }
}

public sealed class SqliteSlackReplayScenarios() : SlackReplayScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackReplayScenarios(PostgresFixture server) : SlackReplayScenarios(new PostgresDatabases(server));
