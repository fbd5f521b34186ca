using System.Net;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>The 48-hour rule driven entirely through Slack's requests and the Web API, on each database engine.</summary>
public abstract class SlackScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task Ask_OneAnswersOneStaysSilent_NudgesTwiceInTheThreadThenEscalatesToTheLeadByDirectMessage()
    {
        var slack = await StartAsync();
        await slack.App.QueryAsync(db => OrgChart.SetLeadAsync(db, ChatPlatform.Slack, SlackRequests.Team, new(Carol, "carol"), new(Dan, "dan")));

        var (status, body) = await slack.SendAsync(slack.Requests.Command($"ask <@{Bob}|bob> <@{Carol}|carol> review the rollout plan", Ann));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"response_type\":\"ephemeral\"", body, StringComparison.Ordinal);
        Assert.Contains("CR-1", body, StringComparison.Ordinal);

        await slack.SettleAsync();
        var post = Assert.Single(slack.Slack.CallsTo("chat.postMessage"));
        Assert.Equal(SlackRequests.Channel, post["channel"]);
        Assert.Null(post["thread_ts"]);
        Assert.Contains($"<@{Bob}>", post["text"], StringComparison.Ordinal);
        Assert.Contains($"<@{Carol}>", post["text"], StringComparison.Ordinal);
        Assert.Contains("Bearer xoxb-test-token", post.Authorization, StringComparison.Ordinal);
        var thread = await ThreadOfAsync(slack, 1);

        await slack.SendAsync(slack.Requests.ThreadReply(Bob, thread, "Looks good to me"));
        await slack.SettleAsync();

        for (var nudge = 1; nudge <= 2; nudge++)
        {
            await slack.App.AdvanceAsync(TimeSpan.FromHours(48));
            var inThread = slack.Slack.CallsTo("chat.postMessage").Where(c => c["thread_ts"] == thread).ToList();
            var nudges = inThread.Where(c => c["text"]!.Contains("reminder", StringComparison.Ordinal)).ToList();
            Assert.Equal(nudge, nudges.Count);
            Assert.All(nudges, n => Assert.Contains($"<@{Carol}>", n["text"], StringComparison.Ordinal));
            Assert.DoesNotContain(inThread, c => c["text"]!.Contains($"reminder, <@{Bob}>", StringComparison.Ordinal));
        }

        await slack.App.AdvanceAsync(TimeSpan.FromHours(48));
        var open = Assert.Single(slack.Slack.CallsTo("conversations.open"));
        Assert.Equal(Dan, open["users"]);
        var direct = Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["channel"] == "D" + Dan);
        Assert.Contains($"<@{Carol}>", direct["text"], StringComparison.Ordinal);
        Assert.Contains("CR-1", direct["text"], StringComparison.Ordinal);
        Assert.Contains("<!date^", direct["text"], StringComparison.Ordinal);

        var states = await slack.App.QueryAsync(db => db.Stakeholders.Include(s => s.Person).ToDictionaryAsync(s => s.Person.PlatformUserId, s => s.State));
        Assert.Equal(StakeholderState.Responded, states[Bob]);
        Assert.Equal(StakeholderState.Escalated, states[Carol]);
    }
}

public sealed class SqliteSlackScenarios() : SlackScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackScenarios(PostgresFixture server) : SlackScenarios(new PostgresDatabases(server));
