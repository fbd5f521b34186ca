using System.Net;
using Coordination.Core.Requests;
using Coordination.Testing;

namespace Coordination.Bot.Tests.Slack;

/// <summary>A person who names a request (<c>CR-1</c>) in a message outside its thread sees, alone, where it stands.</summary>
public abstract class SlackRequestMentionScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    private const string Elsewhere = "C0002";

    [Fact]
    public async Task Mention_InAnotherChannel_ShowsTheWriterAloneOneLine()
    {
        var slack = await StartAsync();
        await AskBobAsync(slack);
        var before = slack.Slack.Calls.Count;

        var (status, _) = await slack.SendAsync(SlackSamples.ChannelMessage(slack.Requests, Carol, "did CR-1 land yet?", Elsewhere));
        await slack.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        var line = Assert.Single(slack.Slack.Calls.Skip(before), c => c.Method.StartsWith("chat.", StringComparison.Ordinal));
        Assert.Equal("chat.postEphemeral", line.Method);
        Assert.Equal(Carol, line["user"]);
        Assert.Equal(Elsewhere, line["channel"]);
        Assert.Null(line["thread_ts"]);
        Assert.StartsWith("CR-1 · review the rollout plan · waiting on @bob (attempt 1 of 3), next follow-up ", line["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mention_SameWriterAndRequestWithinTheHour_ShownOnceThenAgainAfterAnHour()
    {
        var slack = await StartAsync();
        await AskBobAsync(slack);

        await slack.SendAsync(SlackSamples.ChannelMessage(slack.Requests, Carol, "CR-1?", Elsewhere));
        await slack.SendAsync(SlackSamples.ChannelMessage(slack.Requests, Carol, "still CR-1", Elsewhere));
        await slack.SettleAsync();
        var withinTheHour = LinesTo(slack, Carol);
        await slack.App.AdvanceAsync(TimeSpan.FromHours(1));
        await slack.SendAsync(SlackSamples.ChannelMessage(slack.Requests, Carol, "CR-1 again", Elsewhere));
        await slack.SettleAsync();

        Assert.Equal(1, withinTheHour);
        Assert.Equal(2, LinesTo(slack, Carol));
    }

    [Fact]
    public async Task Mention_ManyKeys_AtMostThreeLinesInOneMessage()
    {
        var slack = await StartAsync();
        foreach (var title in new[] { "one", "two", "three", "four" })
        {
            await slack.SendAsync(slack.Requests.Command($"ask <@{Bob}|bob> {title}", Ann));
        }

        await slack.SettleAsync();
        var before = slack.Slack.Calls.Count;

        await slack.SendAsync(SlackSamples.ChannelMessage(slack.Requests, Carol, "CR-4, CR-3, CR-2 and CR-1", Elsewhere));
        await slack.SettleAsync();

        var line = Assert.Single(slack.Slack.Calls.Skip(before), c => c.Method == "chat.postEphemeral");
        Assert.Equal(["CR-4", "CR-3", "CR-2"], line["text"]!.Split('\n').Select(l => l.Split(' ')[0]));
    }

    [Theory]
    [InlineData("the bot")]
    [InlineData("another app")]
    [InlineData("in the request's own thread")]
    [InlineData("to the bot")]
    public async Task Mention_NotAPersonsMessageOutsideTheThread_ShowsNothing(string kind)
    {
        var slack = await StartAsync();
        var thread = await AskBobAsync(slack);
        var before = slack.Slack.Calls.Count;

        var message = kind switch
        {
            "the bot" => SlackSamples.ChannelMessage(slack.Requests, SlackRequests.BotUser, "CR-1 is waiting", SlackRequests.Channel),
            "another app" => SlackSamples.ChannelMessage(slack.Requests, Carol, "CR-1 deployed", Elsewhere, reshape: e => e["bot_id"] = "B0DEPLOY"),
            "to the bot" => SlackSamples.ChannelMessage(slack.Requests, Carol, $"<@{SlackRequests.BotUser}> status CR-1", Elsewhere),
            _ => slack.Requests.ThreadReply(Carol, thread, "what about CR-1?"),
        };
        await slack.SendAsync(message);
        await slack.SettleAsync();

        Assert.DoesNotContain(slack.Slack.Calls.Skip(before), c => c.Method == "chat.postEphemeral");
    }

    [Fact]
    public async Task Mention_InAnotherRequestsThread_ShownThereAndTheAnswerStillCounts()
    {
        var slack = await StartAsync();
        await AskBobAsync(slack);
        await slack.SendAsync(slack.Requests.Command($"ask <@{Carol}|carol> pick the launch date", Ann));
        await slack.SettleAsync();
        var second = await ThreadOfAsync(slack, 2);

        await slack.SendAsync(slack.Requests.ThreadReply(Carol, second, "after CR-1 is done"));
        await slack.SettleAsync();

        var line = Assert.Single(slack.Slack.CallsTo("chat.postEphemeral"), c => c["user"] == Carol);
        Assert.Equal(second, line["thread_ts"]);
        Assert.StartsWith("CR-1 · review the rollout plan", line["text"], StringComparison.Ordinal);
        Assert.Equal(StakeholderState.Responded, await StateOfAsync(slack, Carol));
    }

    [Fact]
    public async Task Mention_OfARequestOfAnotherWorkspace_NeverShown()
    {
        var slack = await StartAsync();
        await slack.SendAsync(slack.Requests.Command($"ask <@{Dan}|dan> the secret merger plan", Carol, Elsewhere, "T0002"));
        await slack.SettleAsync();
        var before = slack.Slack.Calls.Count;

        await slack.SendAsync(SlackSamples.ChannelMessage(slack.Requests, Eve, "what is CR-1?", SlackRequests.Channel));
        await slack.SettleAsync();

        Assert.DoesNotContain(slack.Slack.Calls.Skip(before), c => c.Method.StartsWith("chat.", StringComparison.Ordinal));
        Assert.DoesNotContain(slack.Slack.Calls, c => c.Method == "chat.postEphemeral" && c["text"]!.Contains("merger", StringComparison.Ordinal));
    }

    private static int LinesTo(SlackTestHost slack, string user) =>
        slack.Slack.CallsTo("chat.postEphemeral").Count(c => c["user"] == user && c["text"]!.StartsWith("CR-1 ·", StringComparison.Ordinal));
}

public sealed class SqliteSlackRequestMentionScenarios() : SlackRequestMentionScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackRequestMentionScenarios(PostgresFixture server) : SlackRequestMentionScenarios(new PostgresDatabases(server));
