using System.Net;
using System.Text.Json.Nodes;
using Coordination.Core.Commands;
using Coordination.Testing;
using Coordination.Testing.Slack;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>The decision template: <c>/coord decide</c> alone opens a modal, and submitting it records the decision.</summary>
public abstract class SlackDecisionFormScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task DecideAlone_AsSlashCommand_OpensTheDecisionModalWithItsTrigger()
    {
        var slack = await StartAsync();

        var (status, body) = await slack.SendAsync(slack.Requests.Command("decide", Ann));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(string.Empty, body);
        var open = Assert.Single(slack.Slack.CallsTo("views.open"));
        Assert.StartsWith("trigger", open["trigger_id"], StringComparison.Ordinal);
        var view = open.Body["view"]!;
        Assert.Equal(ChatForms.Decision, view["callback_id"]!.GetValue<string>());
        var blocks = view["blocks"]!.AsArray().Select(b => b!["block_id"]!.GetValue<string>()).ToList();
        Assert.Equal([ChatForms.DecisionText, ChatForms.OptionsConsidered, ChatForms.Rationale, ChatForms.Owner, ChatForms.NextSteps, ChatForms.LongTerm], blocks);
        Assert.Equal(Ann, view["blocks"]![3]!["element"]!["initial_user"]!.GetValue<string>());
    }

    [Fact]
    public async Task DecisionModal_Submitted_RecordsTheDecisionAndAsksEachNextStepOfItsOwner()
    {
        var slack = await StartAsync();
        var view = await OpenAsync(slack);

        var (status, body) = await slack.SendAsync(slack.Requests.ViewSubmission(view, Ann, Values(
            decision: "Ship on Postgres", options: "SQLite; SQL Server", rationale: "we know it best", owner: Carol, longTerm: true,
            steps: [[User(Bob), Text(" migrate the schema by Friday")], [User(Dan), Text(" update the runbook")]])));
        await slack.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(string.Empty, body);
        var decision = await slack.App.QueryAsync(db => db.Decisions.Include(d => d.Owner).Include(d => d.NextSteps).ThenInclude(r => r.Stakeholders).ThenInclude(s => s.Person).SingleAsync());
        Assert.Equal("Ship on Postgres", decision.Text);
        Assert.Equal("SQLite; SQL Server", decision.OptionsConsidered);
        Assert.Equal("we know it best", decision.Rationale);
        Assert.Equal(Carol, decision.Owner!.PlatformUserId);
        Assert.True(decision.LongTerm);
        Assert.Equal([Bob, Dan], decision.NextSteps.OrderBy(r => r.Number).Select(r => r.Stakeholders.Single().Person.PlatformUserId));
        Assert.NotNull(decision.NextSteps.Single(r => r.Stakeholders.Single().Person.PlatformUserId == Bob).DueAt);
        Assert.Contains(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.Contains("decided *D-1*: Ship on Postgres", StringComparison.Ordinal));
        Assert.Contains(slack.Slack.CallsTo("chat.postEphemeral"), c => c["text"]!.StartsWith("Recorded D-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DecisionModal_WithAStepWithoutOwner_ShowsTheErrorOnNextStepsAndRecordsNothing()
    {
        var slack = await StartAsync();
        var view = await OpenAsync(slack);

        var (_, body) = await slack.SendAsync(slack.Requests.ViewSubmission(view, Ann, Values(decision: "Ship on Postgres", steps: [[Text("migrate the schema")]])));

        var answer = JsonNode.Parse(body)!;
        Assert.Equal("errors", answer["response_action"]!.GetValue<string>());
        Assert.Contains("owner's @-mention", answer["errors"]![ChatForms.NextSteps]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await slack.App.QueryAsync(db => db.Decisions.CountAsync()));
        Assert.Equal(0, await slack.App.QueryAsync(db => db.Requests.CountAsync()));
    }

    [Fact]
    public async Task DecideAlone_ByMention_OffersAButtonThatOpensTheModal()
    {
        var slack = await StartAsync();
        await slack.SendAsync(slack.Requests.Mention(Ann, "decide"));
        await slack.SettleAsync();

        var reply = Assert.Single(slack.Slack.CallsTo("chat.postEphemeral"));
        var button = JsonNode.Parse(reply["blocks"]!)!.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? []).Single()!;
        Assert.Equal("open-form", button["action_id"]!.GetValue<string>());

        await slack.SendAsync(slack.Requests.Press("open-form", button["value"]!.GetValue<string>(), Ann, "1764170000.000900", ephemeral: true));

        Assert.Equal(ChatForms.Decision, Assert.Single(slack.Slack.CallsTo("views.open")).Body["view"]!["callback_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task DecideAlone_WhenTheModalCannotOpen_AnswersWithTheCommandForm()
    {
        var slack = await StartAsync();
        slack.Slack.FailNext("views.open", error: "expired_trigger_id");

        var (_, body) = await slack.SendAsync(slack.Requests.Command("decide", Ann));

        Assert.StartsWith("To record a decision: `decide", TextOf(body), StringComparison.Ordinal);
    }

    private static async Task<JsonObject> OpenAsync(SlackTestHost slack)
    {
        await slack.SendAsync(slack.Requests.Command("decide", Ann));
        return (JsonObject)slack.Slack.CallsTo("views.open")[^1].Body["view"]!;
    }

    private static JsonObject User(string id) => new() { ["type"] = "user", ["user_id"] = id };

    private static JsonObject Text(string text) => new() { ["type"] = "text", ["text"] = text };

    private static JsonObject Values(string decision, string? options = null, string? rationale = null, string? owner = null, bool longTerm = false, JsonObject[][]? steps = null)
    {
        static JsonObject Rich(IEnumerable<JsonObject[]> sections) => new()
        {
            ["type"] = "rich_text_input",
            ["rich_text_value"] = new JsonObject
            {
                ["type"] = "rich_text",
                ["elements"] = new JsonArray([.. sections.Select(s => new JsonObject { ["type"] = "rich_text_section", ["elements"] = new JsonArray([.. s]) })]),
            },
        };

        JsonObject Block(string id, JsonObject value) => new() { [id] = value };
        return new JsonObject
        {
            [ChatForms.DecisionText] = Block(ChatForms.DecisionText, Rich([[Text(decision)]])),
            [ChatForms.OptionsConsidered] = Block(ChatForms.OptionsConsidered, Rich(options is null ? [] : [[Text(options)]])),
            [ChatForms.Rationale] = Block(ChatForms.Rationale, Rich(rationale is null ? [] : [[Text(rationale)]])),
            [ChatForms.Owner] = Block(ChatForms.Owner, new JsonObject { ["type"] = "users_select", ["selected_user"] = owner ?? Ann }),
            [ChatForms.NextSteps] = Block(ChatForms.NextSteps, Rich(steps ?? [])),
            [ChatForms.LongTerm] = Block(ChatForms.LongTerm, new JsonObject
            {
                ["type"] = "checkboxes",
                ["selected_options"] = longTerm ? new JsonArray(new JsonObject { ["value"] = "true" }) : new JsonArray(),
            }),
        };
    }
}

public sealed class SqliteSlackDecisionFormScenarios() : SlackDecisionFormScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackDecisionFormScenarios(PostgresFixture server) : SlackDecisionFormScenarios(new PostgresDatabases(server));
