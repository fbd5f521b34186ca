using System.Net;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>Where people already look: the bot's direct messages run commands, and ✅ / 👀 in a request's thread answer it.</summary>
public abstract class SlackDirectMessageAndReactionScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    /// <summary>The direct-message channel of <c>event_message_im.json</c>.</summary>
    private const string Dm = "D0442US94JD";

    [Theory]
    [InlineData("list waiting")]
    [InlineData("what's waiting on me")]
    public async Task DirectMessage_CommandOrPlainEnglish_AnsweredInTheDmForAllToSee(string text)
    {
        var slack = await StartAsync();
        await AskBobAsync(slack);
        var before = slack.Slack.Calls.Count;

        var (status, _) = await slack.SendAsync(SlackSamples.DirectMessage(slack.Requests, Bob, text));
        await slack.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        var answer = Assert.Single(slack.Slack.Calls.Skip(before), c => c.Method.StartsWith("chat.", StringComparison.Ordinal));
        Assert.Equal("chat.postMessage", answer.Method);
        Assert.Equal(Dm, answer["channel"]);
        Assert.Null(answer["thread_ts"]);
        Assert.Contains("CR-1", answer["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DirectMessage_Ask_AsksWhichChannelToPostInAndRecordsNothingYet()
    {
        var slack = await StartAsync();

        await slack.SendAsync(SlackSamples.DirectMessage(slack.Requests, Ann, $"ask <@{Bob}|bob> review the rollout plan"));
        await slack.SettleAsync();

        Assert.Equal(0, await slack.App.QueryAsync(db => db.Requests.CountAsync()));
        var answer = Assert.Single(slack.Slack.CallsTo("chat.postMessage"));
        Assert.Equal(Dm, answer["channel"]);
        Assert.Contains("which channel to post", answer["text"], StringComparison.Ordinal);
        Assert.Contains(MessageButton.OpenForm, answer["blocks"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bot")]
    [InlineData("app")]
    [InlineData("edit")]
    [InlineData("reply")]
    public async Task DirectMessage_NotAPersonWritingANewMessage_IgnoredAndNeverAThreadAnswer(string kind)
    {
        var slack = await StartAsync();
        var thread = await AskBobAsync(slack);
        var before = slack.Slack.Calls.Count;

        await slack.SendAsync(SlackSamples.DirectMessage(slack.Requests, kind == "bot" ? SlackRequests.BotUser : Bob, "ok", e =>
        {
            _ = kind switch
            {
                "app" => e["bot_id"] = "B0APP",
                "edit" => e["subtype"] = "message_changed",
                "reply" => e["thread_ts"] = thread,
                _ => null,
            };
        }));
        await slack.SettleAsync();

        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(slack, Bob));
        Assert.DoesNotContain(slack.Slack.Calls.Skip(before), c => c.Method == "chat.postEphemeral" || (c.Method == "chat.postMessage" && c["channel"] != Dm));
        Assert.Equal(kind == "reply" ? 1 : 0, slack.Slack.Calls.Skip(before).Count(c => c.Method == "chat.postMessage"));
    }

    [Theory]
    [InlineData("white_check_mark")]
    [InlineData("heavy_check_mark")]
    public async Task Reaction_StakeholdersCheckMarkOnTheRequest_RecordsDoneAndPostsItInTheThread(string emoji)
    {
        var slack = await StartAsync();
        var thread = await AskBobAsync(slack);
        var before = slack.Slack.Calls.Count;

        var (status, _) = await slack.SendAsync(SlackSamples.Reaction(slack.Requests, Bob, emoji, thread));
        await slack.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(StakeholderState.Done, await StateOfAsync(slack, Bob));
        Assert.Equal(1, await AttemptsAsync(slack, AttemptKind.Done));
        var post = Assert.Single(slack.Slack.Calls.Skip(before), c => c.Method == "chat.postMessage" && c["thread_ts"] == thread);
        Assert.Equal($"<@{Bob}> marked this done.", post["text"]);
        Assert.DoesNotContain(slack.Slack.Calls.Skip(before), c => c.Method == "chat.postEphemeral");
    }

    [Fact]
    public async Task Reaction_StakeholdersEyes_AcknowledgesWithoutAWord()
    {
        var slack = await StartAsync();
        var thread = await AskBobAsync(slack);
        var before = slack.Slack.Calls.Count;

        await slack.SendAsync(SlackSamples.Reaction(slack.Requests, Bob, "eyes", thread));
        await slack.SettleAsync();
        var said = slack.Slack.Calls.Skip(before).Where(c => c.Method.StartsWith("chat.", StringComparison.Ordinal)).ToList();
        await slack.App.AdvanceAsync(TimeSpan.FromHours(48));

        Assert.Empty(said);
        Assert.Equal(StakeholderState.Responded, await StateOfAsync(slack, Bob));
        Assert.Equal(1, await AttemptsAsync(slack, AttemptKind.Acknowledge));
        Assert.Empty(NudgesTo(slack, Bob));
    }

    [Theory]
    [InlineData(Eve, "white_check_mark")]
    [InlineData(Ann, "white_check_mark")]
    [InlineData(Bob, "heart_eyes")]
    public async Task Reaction_NotAStakeholdersCheckMarkOrEyes_NothingRecordedNothingPosted(string user, string emoji)
    {
        var slack = await StartAsync();
        var thread = await AskBobAsync(slack);
        var before = slack.Slack.Calls.Count;
        var attempts = await AttemptsAsync(slack);

        await slack.SendAsync(SlackSamples.Reaction(slack.Requests, user, emoji, thread));
        await slack.SettleAsync();

        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(slack, Bob));
        Assert.Equal(attempts, await AttemptsAsync(slack));
        Assert.False(await slack.App.QueryAsync(db => db.People.AnyAsync(p => p.PlatformUserId == Eve)));
        Assert.DoesNotContain(slack.Slack.Calls.Skip(before), c => c.Method.StartsWith("chat.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reaction_OnAReplyInTheThread_FindsTheRequestThroughConversationsReplies()
    {
        var slack = await StartAsync();
        var thread = await AskBobAsync(slack);
        const string reply = "1764170000.777777";
        slack.Slack.SetThreadOf(reply, thread);

        await slack.SendAsync(SlackSamples.Reaction(slack.Requests, Bob, "white_check_mark", reply));
        await slack.SettleAsync();

        Assert.Equal(StakeholderState.Done, await StateOfAsync(slack, Bob));
        var lookUp = Assert.Single(slack.Slack.CallsTo("conversations.replies"));
        Assert.Equal(reply, lookUp["ts"]);
        Assert.Equal(SlackRequests.Channel, lookUp["channel"]);
    }

    [Fact]
    public async Task Reaction_InAChannelWithoutRequests_AsksSlackNothing()
    {
        var slack = await StartAsync();
        await AskBobAsync(slack);

        await slack.SendAsync(SlackSamples.Reaction(slack.Requests, Bob, "white_check_mark", "1764170000.888888", channel: "C0999"));
        await slack.SettleAsync();

        Assert.Empty(slack.Slack.CallsTo("conversations.replies"));
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(slack, Bob));
    }

    [Fact]
    public async Task ReactionRemoved_AfterDone_ChangesNothing()
    {
        var slack = await StartAsync();
        var thread = await AskBobAsync(slack);
        await slack.SendAsync(SlackSamples.Reaction(slack.Requests, Bob, "white_check_mark", thread));
        await slack.SettleAsync();
        var before = slack.Slack.Calls.Count;
        var attempts = await AttemptsAsync(slack);

        var (status, _) = await slack.SendAsync(SlackSamples.Reaction(slack.Requests, Bob, "white_check_mark", thread, sample: "event_reaction_removed.json"));
        await slack.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(StakeholderState.Done, await StateOfAsync(slack, Bob));
        Assert.Equal(attempts, await AttemptsAsync(slack));
        Assert.Equal(before, slack.Slack.Calls.Count);
    }

    private static Task<int> AttemptsAsync(SlackTestHost slack, AttemptKind? kind = null) =>
        slack.App.QueryAsync(db => db.Attempts.CountAsync(a => kind == null || a.Kind == kind));
}

public sealed class SqliteSlackDirectMessageAndReactionScenarios() : SlackDirectMessageAndReactionScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackDirectMessageAndReactionScenarios(PostgresFixture server) : SlackDirectMessageAndReactionScenarios(new PostgresDatabases(server));
