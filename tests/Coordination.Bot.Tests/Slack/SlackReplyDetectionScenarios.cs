using System.Net;
using System.Text.Json.Nodes;
using Coordination.Core.Requests;
using Coordination.Testing;

namespace Coordination.Bot.Tests.Slack;

/// <summary>Only the stakeholder's own message in the request's thread is their answer.</summary>
public abstract class SlackReplyDetectionScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    private const string SomeoneNotAsked = "someone not asked";
    private const string AppPostingAsTheStakeholder = "an app posting as the stakeholder (bot_id)";
    private const string BotMessageNamingTheStakeholder = "a bot_message naming the stakeholder";
    private const string StakeholderEditingAMessage = "the stakeholder editing a message (message_changed)";

    [Theory]
    [InlineData(SomeoneNotAsked)]
    [InlineData(AppPostingAsTheStakeholder)]
    [InlineData(BotMessageNamingTheStakeholder)]
    [InlineData(StakeholderEditingAMessage)]
    public async Task ThreadMessage_NotTheStakeholdersOwnReply_TheirClockKeepsRunning(string message)
    {
        var slack = await StartAsync();
        var thread = await AskBobAsync(slack);

        var (status, _) = await slack.SendAsync(slack.Requests.Event(SlackRequests.Team, null, NotAnAnswer(slack.Requests, message, thread)));
        await slack.SettleAsync();
        await slack.App.AdvanceAsync(TimeSpan.FromHours(48));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(slack, Bob));
        Assert.Equal(thread, Assert.Single(NudgesTo(slack, Bob))["thread_ts"]);
    }

    [Fact]
    public async Task ThreadMessage_FromTheStakeholder_StopsTheirClock()
    {
        var slack = await StartAsync();
        var thread = await AskBobAsync(slack);

        var (status, _) = await slack.SendAsync(slack.Requests.ThreadReply(Bob, thread, "Approved"));
        await slack.SettleAsync();
        await slack.App.AdvanceAsync(TimeSpan.FromHours(48));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(StakeholderState.Responded, await StateOfAsync(slack, Bob));
        Assert.Empty(NudgesTo(slack, Bob));
    }

    /// <summary>A message in the thread that is not Bob answering, shaped as the Events API delivers it.</summary>
    private static JsonObject NotAnAnswer(SlackRequests requests, string message, string thread)
    {
        switch (message)
        {
            case SomeoneNotAsked:
                return requests.ThreadMessage(Eve, thread, "Following along");
            case AppPostingAsTheStakeholder:
                var posted = requests.ThreadMessage(Bob, thread, "Deployed build 42 to staging");
                posted["bot_id"] = "B0DEPLOY";
                return posted;
            case BotMessageNamingTheStakeholder:
                var bot = requests.ThreadMessage(Bob, thread, "Build 42 passed");
                bot["subtype"] = "bot_message";
                bot["username"] = "ci";
                return bot;
            default:
                var edited = requests.ThreadMessage(Bob, thread, "On it (fixed a typo)");
                return new JsonObject
                {
                    ["type"] = "message", ["subtype"] = "message_changed", ["hidden"] = true, ["channel"] = SlackRequests.Channel,
                    ["ts"] = "1764170500.000100", ["event_ts"] = "1764170500.000100", ["channel_type"] = "channel",
                    ["message"] = edited, ["previous_message"] = requests.ThreadMessage(Bob, thread, "On it (with a typo)"),
                };
        }
    }
}

public sealed class SqliteSlackReplyDetectionScenarios() : SlackReplyDetectionScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackReplyDetectionScenarios(PostgresFixture server) : SlackReplyDetectionScenarios(new PostgresDatabases(server));
