using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Coordination.Bot.Tests.Slack;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Testing;
using Coordination.Testing.Slack;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Scheduling;

/// <summary><c>/coord schedule</c> on Slack: three times as buttons, each stakeholder's pick, then the agreement.</summary>
public abstract class SlackScheduleScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task Schedule_BothPickTheSameTime_AgreesItInTheThreadWithAnInviteAndResolvesTheRequest()
    {
        var slack = await StartAsync();
        var (post, actions) = await ScheduleAsync(slack);

        Assert.Equal(["slot-1", "slot-2", "slot-3", MessageButton.Decline], actions);
        await PressAsync(slack, "slot-1", Bob, post);
        await PressAsync(slack, "slot-1", Carol, post);

        var agreed = Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.StartsWith("Agreed: ", StringComparison.Ordinal));
        Assert.Equal(post, agreed["thread_ts"]);
        Assert.Contains($"UTC> with <@{Bob}> and <@{Carol}>", agreed["text"], StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Resolved, await slack.App.QueryAsync(db => db.Requests.Select(r => r.Status).SingleAsync()));
        var notes = await slack.App.QueryAsync(db => db.Attempts.Select(a => a.Note).ToListAsync());
        Assert.Equal(2, notes.Count(n => n != null && n.StartsWith("picked ", StringComparison.Ordinal)));
        Assert.Contains(notes, n => n != null && n.StartsWith("agreed: ", StringComparison.Ordinal));
        var invite = Assert.Single(slack.Slack.Uploads);
        Assert.Contains("BEGIN:VEVENT", Encoding.UTF8.GetString(invite.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_PicksDiffer_TheRequesterChoosesAndTheChoiceIsTheAnswer()
    {
        var slack = await StartAsync();
        var (post, _) = await ScheduleAsync(slack);

        await PressAsync(slack, "slot-1", Bob, post);
        await PressAsync(slack, "slot-2", Carol, post);
        var tally = Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.StartsWith("Everyone has picked", StringComparison.Ordinal));
        Assert.Equal(["choose-slot-1", "choose-slot-2"], Actions(tally));
        Assert.Equal(RequestStatus.Open, await slack.App.QueryAsync(db => db.Requests.Select(r => r.Status).SingleAsync()));

        await PressAsync(slack, "choose-slot-2", Bob, post);
        Assert.Equal(RequestStatus.Open, await slack.App.QueryAsync(db => db.Requests.Select(r => r.Status).SingleAsync()));
        await PressAsync(slack, "choose-slot-2", Ann, post);

        Assert.Equal(RequestStatus.Resolved, await slack.App.QueryAsync(db => db.Requests.Select(r => r.Status).SingleAsync()));
        Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.StartsWith("Agreed: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlotButton_PressedBySomeoneNotAsked_IsRefusedAndRecordsNothing()
    {
        var slack = await StartAsync();
        var (post, _) = await ScheduleAsync(slack);

        var status = await PressAsync(slack, "slot-1", Dan, post);

        Assert.Equal(HttpStatusCode.OK, status);
        var refusal = Assert.Single(slack.Slack.CallsTo("chat.postEphemeral"), c => c["user"] == Dan);
        Assert.Contains("Only the people CR-1 waits on can pick a time", refusal["text"], StringComparison.Ordinal);
        Assert.Equal(0, await slack.App.QueryAsync(db => db.MeetingPicks.CountAsync()));
    }

    [Fact]
    public async Task SlotButton_PressedTwice_KeepsOnePick()
    {
        var slack = await StartAsync();
        var (post, _) = await ScheduleAsync(slack);

        await PressAsync(slack, "slot-3", Bob, post);
        await PressAsync(slack, "slot-3", Bob, post);

        Assert.Equal(1, await slack.App.QueryAsync(db => db.MeetingPicks.CountAsync()));
        Assert.Equal(StakeholderState.Responded, await StateOfAsync(slack, Bob));
    }

    /// <summary>Ann schedules with Bob and Carol next week; the post's thread and its buttons' action ids.</summary>
    private static async Task<(string Post, List<string> Actions)> ScheduleAsync(SlackTestHost slack)
    {
        var (status, body) = await slack.SendAsync(slack.Requests.Command($"schedule 30m with <@{Bob}|bob> <@{Carol}|carol> next week \"Design review\"", Ann));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Recorded CR-1: 3 times proposed", TextOf(body), StringComparison.Ordinal);
        await slack.SettleAsync();
        var post = Assert.Single(slack.Slack.CallsTo("chat.postMessage"));
        Assert.Contains("Pick a time that works for you", post["text"], StringComparison.Ordinal);
        return (await ThreadOfAsync(slack, 1), Actions(post));
    }

    private static List<string> Actions(FakeSlackCall call) =>
        [.. JsonNode.Parse(call["blocks"]!)!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray()).Select(e => e!["action_id"]!.GetValue<string>())];

    private static async Task<HttpStatusCode> PressAsync(SlackTestHost slack, string action, string user, string post)
    {
        var (status, _) = await slack.SendAsync(slack.Requests.Press(action, "CR-1", user, post));
        await slack.SettleAsync();
        return status;
    }
}

public sealed class SqliteSlackScheduleScenarios() : SlackScheduleScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresSlackScheduleScenarios(PostgresFixture server) : SlackScheduleScenarios(new PostgresDatabases(server));
