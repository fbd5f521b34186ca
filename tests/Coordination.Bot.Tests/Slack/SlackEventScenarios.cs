using System.Net;
using System.Text.Json.Nodes;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>The Events API: the URL check, and each event acted on once however often Slack delivers it.</summary>
public abstract class SlackEventScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    private const string EventId = "Ev0BOB0001";

    [Fact]
    public async Task UrlVerification_Signed_AnswersTheChallengeAndStoresNothing()
    {
        var slack = await StartAsync();
        var sample = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "event_url_verification.json"));

        var (status, body) = await slack.SendAsync(slack.Requests.SignedRequest("/slack/events", sample, "application/json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonNode.Parse(sample)!["challenge"]!.GetValue<string>(), JsonNode.Parse(body)!["challenge"]!.GetValue<string>());
        Assert.Equal(0, await slack.App.QueryAsync(db => db.InboundEvents.CountAsync()));
    }

    [Fact]
    public async Task EventCallback_RedeliveredWithRetryHeader_AcknowledgedBothTimesAndActedOnOnce()
    {
        var slack = await StartAsync();
        var thread = await AskBobAsync(slack);
        var delivery = slack.Requests.ThreadReply(Bob, thread, eventId: EventId);
        var redelivery = SlackRequests.AsRetry(await SlackRequests.CopyAsync(delivery));

        var (first, _) = await slack.SendAsync(delivery);
        var (retry, _) = await slack.SendAsync(redelivery);
        await slack.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.OK, retry);
        Assert.Equal(1, await AnswersAsync(slack));
        Assert.Equal(1, await slack.App.QueryAsync(db => db.InboundEvents.CountAsync()));
    }

    [Fact]
    public async Task EventCallback_RetryReachesASecondHostOnTheSameDatabase_NotActedOnAgain()
    {
        var (_, connectionString) = await Databases.CreateAsync();
        var first = await StartAsync(connectionString: connectionString);
        var second = await StartAsync(connectionString: connectionString);
        var thread = await AskBobAsync(first);
        var delivery = first.Requests.ThreadReply(Bob, thread, eventId: EventId);
        var redelivery = SlackRequests.AsRetry(await SlackRequests.CopyAsync(delivery));

        await first.SendAsync(delivery);
        await first.SettleAsync();
        var (status, _) = await second.SendAsync(redelivery);
        await second.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, await AnswersAsync(second));
        Assert.Empty(second.Slack.Calls);
    }

    [Fact]
    public async Task EventCallback_RetryOfADeliveryThatNeverArrived_IsActedOn()
    {
        var slack = await StartAsync();
        var thread = await AskBobAsync(slack);

        var (status, _) = await slack.SendAsync(SlackRequests.AsRetry(slack.Requests.ThreadReply(Bob, thread, eventId: EventId)));
        await slack.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, await AnswersAsync(slack));
        Assert.Equal(StakeholderState.Responded, await StateOfAsync(slack, Bob));
    }

    /// <summary>How many thread answers the paper trail holds.</summary>
    private static Task<int> AnswersAsync(SlackTestHost slack) =>
        slack.App.QueryAsync(db => db.Attempts.CountAsync(a => a.Kind == AttemptKind.Response));
}

public sealed class SqliteSlackEventScenarios() : SlackEventScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackEventScenarios(PostgresFixture server) : SlackEventScenarios(new PostgresDatabases(server));
