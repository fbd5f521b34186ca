using Coordination.Core.Requests;
using Coordination.Data.Outbox;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>When the Web API refuses a post: wait as long as Slack asks, retry what may succeed, withdraw what never can.</summary>
public abstract class SlackDeliveryFailureScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    private const string Post = "chat.postMessage";

    [Fact]
    public async Task AskPost_RateLimitedWithRetryAfter_NotSentAgainBeforeThenDelivered()
    {
        var slack = await StartAsync();
        slack.Slack.FailNext(Post, 429, retryAfterSeconds: 30);
        await SendAskAsync(slack);

        await slack.App.DeliverAsync();
        await slack.App.AdvanceAsync(TimeSpan.FromSeconds(29));
        var beforeRetryAfter = slack.Slack.CallsTo(Post).Count;
        await slack.App.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(1, beforeRetryAfter);
        Assert.Equal(2, slack.Slack.CallsTo(Post).Count);
        var row = await AskRowAsync(slack);
        Assert.Equal(OutboxStatus.Delivered, row.Status);
        Assert.False(string.IsNullOrEmpty(await ThreadOfAsync(slack, 1)));
    }

    [Fact]
    public async Task AskPost_ServerError_RetriedThroughTheOutboxAndDelivered()
    {
        var slack = await StartAsync(new Dictionary<string, string?> { ["Outbox:RetryDelay"] = "00:01:00" });
        slack.Slack.FailNext(Post, 503);
        await SendAskAsync(slack);

        await slack.App.DeliverAsync();
        var failed = await AskRowAsync(slack);
        await slack.App.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(OutboxStatus.Pending, failed.Status);
        Assert.Contains("503", failed.LastError, StringComparison.Ordinal);
        var row = await AskRowAsync(slack);
        Assert.Equal(OutboxStatus.Delivered, row.Status);
        Assert.Equal(2, row.DeliveryAttempts);
        Assert.Equal(2, slack.Slack.CallsTo(Post).Count);
    }

    [Fact]
    public async Task AskPost_BotNotInTheChannel_RequestWithdrawnRequesterToldByDirectMessageAndNobodyNudged()
    {
        var slack = await StartAsync();
        slack.Slack.FailNext(Post, error: "not_in_channel");
        await SendAskAsync(slack);

        await slack.App.DeliverAsync();
        for (var day = 0; day < 7; day++)
        {
            await slack.App.AdvanceAsync(TimeSpan.FromDays(1));
        }

        Assert.Equal(RequestStatus.Cancelled, await slack.App.QueryAsync(db => db.Requests.Select(r => r.Status).SingleAsync()));
        Assert.Equal(Ann, Assert.Single(slack.Slack.CallsTo("conversations.open"))["users"]);
        var notice = Assert.Single(slack.Slack.CallsTo(Post), c => c["channel"] == "D" + Ann);
        Assert.Contains("not_in_channel", notice["text"], StringComparison.Ordinal);
        Assert.Contains("CR-1", notice["text"], StringComparison.Ordinal);
        Assert.Equal(2, slack.Slack.CallsTo(Post).Count);
        Assert.Empty(NudgesTo(slack, Bob));
    }

    private static async Task SendAskAsync(SlackTestHost slack) =>
        await slack.SendAsync(slack.Requests.Command($"ask <@{Bob}|bob> review the rollout plan", Ann));

    private static Task<OutboxMessage> AskRowAsync(SlackTestHost slack) =>
        slack.App.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.DeduplicationKey.StartsWith("ask:")));
}

public sealed class SqliteSlackDeliveryFailureScenarios() : SlackDeliveryFailureScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackDeliveryFailureScenarios(PostgresFixture server) : SlackDeliveryFailureScenarios(new PostgresDatabases(server));
