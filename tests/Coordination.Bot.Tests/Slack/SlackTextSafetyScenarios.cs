using Coordination.Core.Chat;
using Coordination.Testing;
using Coordination.Testing.Slack;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>
/// What people write reaches Slack as words, never as a broadcast, however often the bot repeats it; and the names the
/// bot keeps come from Slack, never from a mention's label.
/// </summary>
public abstract class SlackTextSafetyScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    private const string Broadcasts = "<!channel>";

    [Fact]
    public async Task Ask_ChannelBroadcastInTheTitle_RequestPostNudgesAndEscalationPingNobody()
    {
        var slack = await StartAsync();
        await slack.App.QueryAsync(db => OrgChart.SetLeadAsync(db, ChatPlatform.Slack, SlackRequests.Team, new(Carol, "carol"), new(Dan, "dan")));

        await slack.SendAsync(slack.Requests.Command($"ask <@{Carol}|carol> {Broadcasts} review the rollout plan", Ann));
        await slack.SettleAsync();
        var thread = await ThreadOfAsync(slack, 1);
        for (var miss = 1; miss <= 3; miss++)
        {
            await slack.App.AdvanceAsync(TimeSpan.FromHours(48));
        }

        var title = await slack.App.QueryAsync(db => db.Requests.Select(r => r.Title).SingleAsync());
        Assert.Contains(Broadcasts, title, StringComparison.Ordinal);
        var post = Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["thread_ts"] is null && c["channel"] == SlackRequests.Channel);
        var nudges = NudgesTo(slack, Carol);
        Assert.Equal(2, nudges.Count);
        var direct = Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["channel"] == "D" + Dan);
        foreach (var sent in new[] { post, nudges[0], nudges[1], direct })
        {
            Assert.DoesNotContain(Broadcasts, Sent(sent), StringComparison.Ordinal);
            Assert.Contains("@\u2060channel review the rollout plan", sent["text"], StringComparison.Ordinal);
            Assert.Contains($"<@{Carol}>", sent["text"], StringComparison.Ordinal);
        }

        Assert.All(nudges, n => Assert.Equal(thread, n["thread_ts"]));
        Assert.Contains("<!date^", direct["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_MentionLabelNamesAKnownPersonOtherwise_TheirNameStays()
    {
        var slack = await StartAsync();
        await slack.SendAsync(slack.Requests.Command("list", Bob));
        Assert.Equal("ubob", await NameOfAsync(slack, Bob));

        await slack.SendAsync(slack.Requests.Command($"ask <@{Bob}|the-ceo> approve the budget", Ann));
        await slack.SettleAsync();

        Assert.Equal("ubob", await NameOfAsync(slack, Bob));
        var post = Assert.Single(slack.Slack.CallsTo("chat.postMessage"));
        Assert.DoesNotContain("the-ceo", Sent(post), StringComparison.Ordinal);
        Assert.Contains($"<@{Bob}>", post["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_MentionLabelOfSomeoneNeverSeen_UsedAsTheirNameUntilTheyAct()
    {
        var slack = await StartAsync();

        await slack.SendAsync(slack.Requests.Command($"ask <@{Eve}|eve> approve the budget", Ann));
        Assert.Equal("eve", await NameOfAsync(slack, Eve));
        await slack.SendAsync(slack.Requests.Command("list", Eve));

        Assert.Equal("ueve", await NameOfAsync(slack, Eve));
    }

    /// <summary>Everything a call sent, text and blocks alike, with its angle brackets as written.</summary>
    private static string Sent(FakeSlackCall call) => call.Body.ToJsonString(Teams.TeamsScenarios.Readable);

    private static Task<string> NameOfAsync(SlackTestHost slack, string user) =>
        slack.App.QueryAsync(db => db.People.Where(p => p.PlatformUserId == user).Select(p => p.DisplayName).SingleAsync());
}

public sealed class SqliteSlackTextSafetyScenarios() : SlackTextSafetyScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackTextSafetyScenarios(PostgresFixture server) : SlackTextSafetyScenarios(new PostgresDatabases(server));
