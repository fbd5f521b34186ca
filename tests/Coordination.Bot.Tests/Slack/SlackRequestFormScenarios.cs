using System.Net;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Testing;
using Coordination.Testing.Slack;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>Not me, Decline and Snooze under a request open a modal; submitting it acts for the stakeholder who pressed.</summary>
public abstract class SlackRequestFormScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task SnoozeButton_Pressed_OpensTheSnoozeModalWithItsChoicesAndADatePicker()
    {
        var slack = await StartAsync();
        var post = await AskBobAsync(slack);

        var (status, _) = await slack.SendAsync(slack.Requests.Press(MessageButton.Snooze, "CR-1", Bob, post));

        Assert.Equal(HttpStatusCode.OK, status);
        var view = Assert.Single(slack.Slack.CallsTo("views.open")).Body["view"]!;
        Assert.Equal(RequestForms.Snooze, view["callback_id"]!.GetValue<string>());
        Assert.Equal($"1|{SlackRequests.Channel}|{post}", view["private_metadata"]!.GetValue<string>());
        var elements = view["blocks"]!.AsArray().Select(b => b!["element"]!).ToList();
        Assert.Equal(["radio_buttons", "datepicker"], elements.Select(e => e["type"]!.GetValue<string>()));
        Assert.Equal([RequestForms.OneDay, RequestForms.ThreeDays, RequestForms.NextMonday, RequestForms.OnDate], elements[0]["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()));
        Assert.Equal(RequestForms.OneDay, elements[0]["initial_option"]!["value"]!.GetValue<string>());
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(slack, Bob));
    }

    [Fact]
    public async Task SnoozeModal_ThreeDays_SnoozesTheStakeholderThreeDays()
    {
        var slack = await StartAsync();
        var view = await OpenAsync(slack, MessageButton.Snooze);
        var now = slack.Clock.GetUtcNow();

        var (_, body) = await slack.SendAsync(slack.Requests.ViewSubmission(view, Bob, Values((RequestForms.For, Choice(RequestForms.ThreeDays)))));
        await slack.SettleAsync();

        Assert.Equal(string.Empty, body);
        var until = await slack.App.QueryAsync(db => db.Stakeholders.Select(s => s.SnoozedUntil).SingleAsync());
        Assert.Equal(now + TimeSpan.FromDays(3), until);
        Assert.Contains(slack.Slack.CallsTo("chat.postEphemeral"), c => c["user"] == Bob && c["text"]!.StartsWith("Snoozed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SnoozeModal_ADateInThePast_IsAnErrorOnTheDateAndSnoozesNothing()
    {
        var slack = await StartAsync();
        var view = await OpenAsync(slack, MessageButton.Snooze);
        var yesterday = FormValues.Format(DateOnly.FromDateTime(slack.Clock.GetUtcNow().UtcDateTime).AddDays(-1));

        var (_, body) = await slack.SendAsync(slack.Requests.ViewSubmission(view, Bob, Values(
            (RequestForms.For, Choice(RequestForms.OnDate)), (RequestForms.Until, new JsonObject { ["type"] = "datepicker", ["selected_date"] = yesterday }))));

        var answer = JsonNode.Parse(body)!;
        Assert.Equal("errors", answer["response_action"]!.GetValue<string>());
        Assert.Contains("after today", answer["errors"]![RequestForms.Until]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await slack.App.QueryAsync(db => db.Stakeholders.Select(s => s.SnoozedUntil).SingleAsync()));
    }

    [Fact]
    public async Task DeclineModal_WithAReason_DeclinesAndPostsTheReasonInTheThread()
    {
        var slack = await StartAsync();
        var view = await OpenAsync(slack, MessageButton.Decline);
        Assert.Equal("rich_text_input", view["blocks"]![0]!["element"]!["type"]!.GetValue<string>());

        var (_, body) = await slack.SendAsync(slack.Requests.ViewSubmission(view, Bob, Values((RequestForms.Reason, Rich("not my team, ask platform")))));
        await slack.SettleAsync();

        Assert.Equal(string.Empty, body);
        Assert.Equal(StakeholderState.Declined, await StateOfAsync(slack, Bob));
        var posted = slack.Slack.CallsTo("chat.postMessage").Single(c => c["text"]!.Contains("declined", StringComparison.Ordinal));
        Assert.Contains("not my team, ask platform", posted["text"], StringComparison.Ordinal);
        Assert.Equal(await ThreadOfAsync(slack, 1), posted["thread_ts"]);
    }

    [Fact]
    public async Task DeclineModal_WithoutAReason_IsAnErrorOnTheReasonAndRecordsNothing()
    {
        var slack = await StartAsync();
        var view = await OpenAsync(slack, MessageButton.Decline);

        var (_, body) = await slack.SendAsync(slack.Requests.ViewSubmission(view, Bob, Values((RequestForms.Reason, Rich("  ")))));
        await slack.SettleAsync();

        var answer = JsonNode.Parse(body)!;
        Assert.Equal("errors", answer["response_action"]!.GetValue<string>());
        Assert.Contains("Say why you decline", answer["errors"]![RequestForms.Reason]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(slack, Bob));
        Assert.DoesNotContain(AttemptKind.Decline, await slack.App.QueryAsync(db => db.Attempts.Select(a => a.Kind).ToListAsync()));
    }

    [Fact]
    public async Task DeclineModal_SubmittedBySomeoneNotAsked_ChangesNothing()
    {
        var slack = await StartAsync();
        var view = await OpenAsync(slack, MessageButton.Decline);

        var (_, body) = await slack.SendAsync(slack.Requests.ViewSubmission(view, Dan, Values((RequestForms.Reason, Rich("not mine")))));
        await slack.SettleAsync();

        Assert.Contains("Only the people CR-1 waits on", JsonNode.Parse(body)!["errors"]![RequestForms.Reason]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(slack, Bob));
    }

    [Fact]
    public async Task NotMeModal_APersonAndANote_HandsTheStakeholdersPartOverAndPostsTheNote()
    {
        var slack = await StartAsync();
        var view = await OpenAsync(slack, MessageButton.NotMe);
        Assert.Equal(["users_select", "plain_text_input"], view["blocks"]!.AsArray().Select(b => b!["element"]!["type"]!.GetValue<string>()));
        Assert.Null(view["blocks"]![0]!["element"]!["initial_user"]);

        var (_, body) = await slack.SendAsync(slack.Requests.ViewSubmission(view, Bob, Values(
            (RequestForms.Person, new JsonObject { ["type"] = "users_select", ["selected_user"] = Carol }),
            (RequestForms.Note, new JsonObject { ["type"] = "plain_text_input", ["value"] = "Carol owns billing" }))));
        await slack.SettleAsync();

        Assert.Equal(string.Empty, body);
        var waitingOn = await slack.App.QueryAsync(db => db.Stakeholders.Where(s => s.State == StakeholderState.Waiting).Select(s => s.Person.PlatformUserId).ToListAsync());
        Assert.Equal([Carol], waitingOn);
        Assert.Contains(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.Contains("Carol owns billing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NotMeModal_NobodyChosen_IsAnErrorOnThePersonPicker()
    {
        var slack = await StartAsync();
        var view = await OpenAsync(slack, MessageButton.NotMe);

        var (_, body) = await slack.SendAsync(slack.Requests.ViewSubmission(view, Bob, Values((RequestForms.Person, new JsonObject { ["type"] = "users_select", ["selected_user"] = null }))));

        Assert.Contains("Choose who", JsonNode.Parse(body)!["errors"]![RequestForms.Person]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(slack, Bob));
    }

    [Fact]
    public async Task SnoozeButton_WhenTheModalCannotOpen_TellsThePresserTheCommandInstead()
    {
        var slack = await StartAsync();
        var post = await AskBobAsync(slack);
        slack.Slack.FailNext("views.open", error: "expired_trigger_id");

        await slack.SendAsync(slack.Requests.Press(MessageButton.Snooze, "CR-1", Bob, post));
        await slack.SettleAsync();

        Assert.Contains(slack.Slack.CallsTo("chat.postEphemeral"), c => c["user"] == Bob && c["text"]!.Contains("`snooze CR-1 1d`", StringComparison.Ordinal));
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(slack, Bob));
    }

    private static async Task<JsonObject> OpenAsync(SlackTestHost slack, string button)
    {
        var post = await AskBobAsync(slack);
        await slack.SendAsync(slack.Requests.Press(button, "CR-1", Bob, post));
        return (JsonObject)slack.Slack.CallsTo("views.open")[^1].Body["view"]!;
    }

    private static JsonObject Choice(string value) => new() { ["type"] = "radio_buttons", ["selected_option"] = new JsonObject { ["value"] = value } };

    private static JsonObject Rich(string text) => new()
    {
        ["type"] = "rich_text_input",
        ["rich_text_value"] = new JsonObject
        {
            ["type"] = "rich_text",
            ["elements"] = new JsonArray(new JsonObject { ["type"] = "rich_text_section", ["elements"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }) }),
        },
    };

    private static JsonObject Values(params (string Field, JsonObject Element)[] fields)
    {
        var values = new JsonObject();
        foreach (var (field, element) in fields)
        {
            values[field] = new JsonObject { [field] = element };
        }

        return values;
    }
}

public sealed class SqliteSlackRequestFormScenarios() : SlackRequestFormScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackRequestFormScenarios(PostgresFixture server) : SlackRequestFormScenarios(new PostgresDatabases(server));
