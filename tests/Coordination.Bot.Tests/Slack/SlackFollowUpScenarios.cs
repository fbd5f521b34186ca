using System.Net;
using System.Text.Json.Nodes;
using Coordination.Core.Commands;
using Coordination.Slack;
using Coordination.Testing;
using Coordination.Testing.Slack;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>"Follow up on this": the message shortcut and the global shortcut open the new-request form; submitting it records an ask.</summary>
public abstract class SlackFollowUpScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    private const string MessageTs = "1764170000.000100";

    [Fact]
    public async Task MessageShortcut_OpensTheFormPrefilledWithTheMessagesWordsAndAPeoplePicker()
    {
        var slack = await StartAsync();

        var (status, body) = await slack.SendAsync(MessageShortcut(slack, $"<@{Bob}> can you check the &lt;rollout&gt; plan?"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(string.Empty, body);
        var open = Assert.Single(slack.Slack.CallsTo("views.open"));
        Assert.Equal("123.123.xxx", open["trigger_id"]);
        var view = open.Body["view"]!;
        Assert.Equal(FollowUpForm.Kind, view["callback_id"]!.GetValue<string>());
        var blocks = view["blocks"]!.AsArray();
        Assert.Equal([FollowUpForm.Title, FollowUpForm.Stakeholders, FollowUpForm.Due, FollowUpForm.EscalateTo], blocks.Select(b => b!["block_id"]!.GetValue<string>()));
        Assert.Equal($"@{Bob} can you check the <rollout> plan?", blocks[0]!["element"]!["initial_value"]!.GetValue<string>());
        Assert.Equal("multi_users_select", blocks[1]!["element"]!["type"]!.GetValue<string>());
        Assert.False(blocks[1]!["optional"]!.GetValue<bool>());
        Assert.Equal("datepicker", blocks[2]!["element"]!["type"]!.GetValue<string>());
        Assert.Equal("users_select", blocks[3]!["element"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task FollowUpForm_Submitted_RecordsTheRequestInTheMessagesThreadWithItsLinkInTheTrail()
    {
        var slack = await StartAsync();
        var view = await OpenAsync(slack, MessageShortcut(slack, "the rollout plan"));

        var (status, body) = await slack.SendAsync(slack.Requests.ViewSubmission(view, Ann, Values("Review the rollout plan", [Bob, Carol], due: "2026-12-18")));
        await slack.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(string.Empty, body);
        var request = await slack.App.QueryAsync(db => db.Requests.Include(r => r.Stakeholders).ThenInclude(s => s.Person).SingleAsync());
        Assert.Equal(("Review the rollout plan", SlackRequests.Channel, MessageTs), (request.Title, request.Channel, request.ThreadId));
        Assert.Equal([Bob, Carol], request.Stakeholders.Select(s => s.Person.PlatformUserId).Order());
        Assert.NotNull(request.DueAt);
        var post = Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.Contains("CR-1", StringComparison.Ordinal));
        Assert.Equal(MessageTs, post["thread_ts"]);

        var (_, trail) = await slack.SendAsync(slack.Requests.Command("status CR-1", Ann));
        Assert.Contains($"https://acme.slack.com/archives/{SlackRequests.Channel}/p1764170000000100", TextOf(trail), StringComparison.Ordinal);

        await slack.SendAsync(slack.Requests.ThreadReply(Bob, MessageTs, "Looks good"));
        await slack.SettleAsync();
        Assert.Equal(Core.Requests.StakeholderState.Responded, await StateOfAsync(slack, Bob));
    }

    [Fact]
    public async Task FollowUpForm_WithoutStakeholders_ShowsTheErrorOnThatFieldAndRecordsNothing()
    {
        var slack = await StartAsync();
        var view = await OpenAsync(slack, MessageShortcut(slack, "the rollout plan"));

        var (_, body) = await slack.SendAsync(slack.Requests.ViewSubmission(view, Ann, Values("Review the rollout plan", [])));

        var answer = JsonNode.Parse(body)!;
        Assert.Equal("errors", answer["response_action"]!.GetValue<string>());
        Assert.Contains("at least one person", answer["errors"]![FollowUpForm.Stakeholders]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await slack.App.QueryAsync(db => db.Requests.CountAsync()));
    }

    [Fact]
    public async Task GlobalShortcut_OpensTheFormWithAChannelPicker_AndPostsTheRequestInTheChosenChannel()
    {
        var slack = await StartAsync();
        var view = await OpenAsync(slack, Shortcut(slack, "interactivity_global_shortcut_payload.json", SlackShortcuts.NewRequest));
        var channel = view["blocks"]!.AsArray().Single(b => b!["block_id"]!.GetValue<string>() == FollowUpForm.Channel)!;
        Assert.Equal("conversations_select", channel["element"]!["type"]!.GetValue<string>());

        await slack.SendAsync(slack.Requests.ViewSubmission(view, Ann, Values("Pick the launch date", [Dan], channel: "C0002")));
        await slack.SettleAsync();

        var request = await slack.App.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal("C0002", request.Channel);
        var post = Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.Contains("CR-1", StringComparison.Ordinal));
        Assert.Equal("C0002", post["channel"]);
        Assert.Null(post["thread_ts"]);
    }

    private static async Task<JsonObject> OpenAsync(SlackTestHost slack, HttpRequestMessage shortcut)
    {
        await slack.SendAsync(shortcut);
        return (JsonObject)slack.Slack.CallsTo("views.open")[^1].Body["view"]!;
    }

    /// <summary>Slack's message shortcut sample, by Ann in the test workspace, on a message with <paramref name="text"/>.</summary>
    private static HttpRequestMessage MessageShortcut(SlackTestHost slack, string text) =>
        Shortcut(slack, "interactivity_message_shortcut_payload.json", SlackShortcuts.FollowUpMessage, p =>
        {
            p["channel"]!["id"] = SlackRequests.Channel;
            p["message_ts"] = MessageTs;
            p["message"]!["ts"] = MessageTs;
            p["message"]!["text"] = text;
        });

    private static HttpRequestMessage Shortcut(SlackTestHost slack, string fixture, string callbackId, Action<JsonObject>? change = null)
    {
        var payload = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)))!.AsObject();
        payload["callback_id"] = callbackId;
        payload["team"] = new JsonObject { ["id"] = SlackRequests.Team, ["domain"] = "acme" };
        payload["user"] = new JsonObject { ["id"] = Ann, ["name"] = "ann" };
        change?.Invoke(payload);
        return slack.Requests.SignedRequest("/slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()), "application/x-www-form-urlencoded");
    }

    private static JsonObject Values(string title, string[] people, string? due = null, string? channel = null)
    {
        var values = new JsonObject
        {
            [FollowUpForm.Title] = new JsonObject { [FollowUpForm.Title] = new JsonObject { ["type"] = "plain_text_input", ["value"] = title } },
            [FollowUpForm.Stakeholders] = new JsonObject
            {
                [FollowUpForm.Stakeholders] = new JsonObject { ["type"] = "multi_users_select", ["selected_users"] = new JsonArray([.. people.Select(p => JsonValue.Create(p))]) },
            },
            [FollowUpForm.Due] = new JsonObject { [FollowUpForm.Due] = new JsonObject { ["type"] = "datepicker", ["selected_date"] = due } },
        };
        if (channel is not null)
        {
            values[FollowUpForm.Channel] = new JsonObject { [FollowUpForm.Channel] = new JsonObject { ["type"] = "conversations_select", ["selected_conversation"] = channel } };
        }

        return values;
    }
}

public sealed class SqliteSlackFollowUpScenarios() : SlackFollowUpScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackFollowUpScenarios(PostgresFixture server) : SlackFollowUpScenarios(new PostgresDatabases(server));
