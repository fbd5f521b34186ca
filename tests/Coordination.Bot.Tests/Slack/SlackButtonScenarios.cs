using System.Net;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>The buttons under the request's post act for whoever pressed them, and only if that person may.</summary>
public abstract class SlackButtonScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task AcknowledgeButton_PressedByTheStakeholder_StopsTheirClockAndUpdatesThePressedMessage()
    {
        var slack = await StartAsync();
        var post = await AskBobAsync(slack);
        var asked = slack.Slack.CallsTo("chat.postMessage")[0]["text"]!;

        var (status, _) = await slack.SendAsync(slack.Requests.Press(MessageButton.Acknowledge, "CR-1", Bob, post, text: asked));
        await slack.SettleAsync();
        await slack.App.AdvanceAsync(TimeSpan.FromHours(48));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(StakeholderState.Responded, await StateOfAsync(slack, Bob));
        Assert.Empty(NudgesTo(slack, Bob));
        var update = Assert.Single(slack.Slack.CallsTo("chat.update"));
        Assert.Equal(SlackRequests.Channel, update["channel"]);
        Assert.Equal(post, update["ts"]);
        Assert.StartsWith($"{asked}\n{RequestState.Marker}", update["text"], StringComparison.Ordinal);
        Assert.EndsWith(" answered", update["text"], StringComparison.Ordinal);
        var receipt = Assert.Single(slack.Slack.CallsTo("chat.postEphemeral"));
        Assert.Equal(Bob, receipt["user"]);
    }

    [Fact]
    public async Task DoneButton_PressedInTheMorningSummary_AnswersThatRequestAndLeavesTheSummaryAsItIs()
    {
        var slack = await StartAsync(new Dictionary<string, string?> { ["Coordination:DeliveryWindow:Enabled"] = "true" });
        await AskBobAsync(slack);
        await slack.SendAsync(slack.Requests.Command($"ask <@{Bob}|bob> pick a date for the migration", Ann));
        await slack.SettleAsync();
        slack.Clock.Advance(TimeSpan.FromHours(18) + TimeSpan.FromMinutes(5));
        await slack.App.SendMorningSummariesAsync();
        await slack.SettleAsync();

        var summary = Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["channel"] == "D" + Bob);
        var blocks = JsonNode.Parse(summary["blocks"]!)!.AsArray();
        Assert.StartsWith("Good morning", summary["text"], StringComparison.Ordinal);
        Assert.Equal(["section", "actions", "actions"], blocks.Select(b => b!["type"]!.GetValue<string>()));
        var row = blocks[2]!["block_id"]!.GetValue<string>();
        Assert.Equal("coord-actions:CR-2", row);
        var (status, _) = await slack.SendAsync(slack.Requests.Press(MessageButton.Done, "CR-2", Bob, "1764230700.000100", text: summary["text"]!, blockId: row));
        await slack.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        var states = await slack.App.QueryAsync(db => db.Stakeholders.OrderBy(s => s.Request.Number).Select(s => s.State).ToListAsync());
        Assert.Equal([StakeholderState.Waiting, StakeholderState.Done], states);
        Assert.Empty(slack.Slack.CallsTo("chat.update"));
        var receipt = Assert.Single(slack.Slack.CallsTo("chat.postEphemeral"));
        Assert.Contains("CR-2", receipt["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoneButton_PressedBySomeoneNotAsked_ChangesNothingLeavesTheMessageAndTellsThePresserWhy()
    {
        var slack = await StartAsync();
        var post = await AskBobAsync(slack);

        var (status, _) = await slack.SendAsync(slack.Requests.Press(MessageButton.Done, "CR-1", Dan, post));
        await slack.SettleAsync();
        await slack.App.AdvanceAsync(TimeSpan.FromHours(48));

        Assert.Equal(HttpStatusCode.OK, status);
        var explanation = Assert.Single(slack.Slack.CallsTo("chat.postEphemeral"));
        Assert.Equal(Dan, explanation["user"]);
        Assert.Contains("Only the people CR-1 waits on", explanation["text"], StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Open, await slack.App.QueryAsync(db => db.Requests.Select(r => r.Status).SingleAsync()));
        Assert.DoesNotContain(AttemptKind.Done, await slack.App.QueryAsync(db => db.Attempts.Select(a => a.Kind).ToListAsync()));
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(slack, Bob));
        Assert.Single(NudgesTo(slack, Bob));
        Assert.Empty(slack.Slack.CallsTo("chat.update"));
    }
}

public sealed class SqliteSlackButtonScenarios() : SlackButtonScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackButtonScenarios(PostgresFixture server) : SlackButtonScenarios(new PostgresDatabases(server));
