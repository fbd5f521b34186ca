using System.Net;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>Commands written as @-mentions of the bot: inside a thread they are about that thread.</summary>
public abstract class SlackMentionScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    /// <summary>A discussion already going on in the channel, before anyone asks the bot.</summary>
    private const string Discussion = "1764160000.000100";

    [Fact]
    public async Task Mention_AskInsideAThread_TracksThatThreadAndPostsTheAskIntoIt()
    {
        var slack = await StartAsync();

        var (status, _) = await slack.SendAsync(slack.Requests.Mention(Ann, $"ask <@{Bob}|bob> pick the launch date", threadTs: Discussion));
        await slack.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Discussion, await ThreadOfAsync(slack, 1));
        var post = Assert.Single(slack.Slack.CallsTo("chat.postMessage"));
        Assert.Equal(SlackRequests.Channel, post["channel"]);
        Assert.Equal(Discussion, post["thread_ts"]);
        Assert.Contains($"<@{Bob}>", post["text"], StringComparison.Ordinal);
        var receipt = Assert.Single(slack.Slack.CallsTo("chat.postEphemeral"));
        Assert.Equal(Ann, receipt["user"]);
        Assert.Contains("Recorded CR-1", receipt["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mention_AskInsideAThread_StakeholdersReplyThereStopsTheirClock()
    {
        var slack = await StartAsync();
        await slack.SendAsync(slack.Requests.Mention(Ann, $"ask <@{Bob}|bob> pick the launch date", threadTs: Discussion));
        await slack.SettleAsync();

        await slack.SendAsync(slack.Requests.ThreadReply(Bob, Discussion, "The 14th"));
        await slack.SettleAsync();
        await slack.App.AdvanceAsync(TimeSpan.FromHours(48));

        Assert.Equal(StakeholderState.Responded, await StateOfAsync(slack, Bob));
        Assert.Empty(NudgesTo(slack, Bob));
    }

    [Theory]
    [InlineData("status CR-1")]
    [InlineData("list")]
    public async Task Mention_QueryAtTopLevel_AnswersOnlyTheSenderWithWhatTheSlashCommandSays(string query)
    {
        var slack = await StartAsync();
        await AskBobAsync(slack);
        var (_, slash) = await slack.SendAsync(slack.Requests.Command(query, Ann));

        var (status, _) = await slack.SendAsync(slack.Requests.Mention(Ann, query));
        await slack.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        var answer = Assert.Single(slack.Slack.CallsTo("chat.postEphemeral"));
        Assert.Equal(Ann, answer["user"]);
        Assert.Equal(SlackRequests.Channel, answer["channel"]);
        Assert.Contains("CR-1", answer["text"], StringComparison.Ordinal);
        Assert.Equal(TextOf(slash), answer["text"]);
    }

    [Fact]
    public async Task Mention_TwoAsksInOneThread_StakeholdersReplyThereAnswersBoth()
    {
        var slack = await StartAsync();
        await slack.SendAsync(slack.Requests.Mention(Ann, $"ask <@{Bob}|bob> pick the launch date", threadTs: Discussion));
        await slack.SendAsync(slack.Requests.Mention(Ann, $"ask <@{Bob}|bob> <@{Carol}|carol> name the release", threadTs: Discussion));
        await slack.SettleAsync();

        await slack.SendAsync(slack.Requests.ThreadReply(Bob, Discussion, "The 14th, and call it Aurora"));
        await slack.SettleAsync();

        var states = await slack.App.QueryAsync(db => db.Stakeholders.Where(s => s.Person.PlatformUserId == Bob).Select(s => s.State).ToListAsync());
        Assert.Equal([StakeholderState.Responded, StakeholderState.Responded], states);
    }
}

public sealed class SqliteSlackMentionScenarios() : SlackMentionScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackMentionScenarios(PostgresFixture server) : SlackMentionScenarios(new PostgresDatabases(server));
