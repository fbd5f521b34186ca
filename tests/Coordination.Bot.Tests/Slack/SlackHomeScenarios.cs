using System.Text.Json.Nodes;
using Coordination.Bot.Home;
using Coordination.Core.Home;
using Coordination.Testing;
using Coordination.Testing.Slack;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>The App Home tab: published on opening, for the viewer alone, and republished (debounced) when their Home changes.</summary>
public abstract class SlackHomeScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task HomeTabOpened_PublishesTheViewersOwnRequestsOldestFirst()
    {
        var slack = await StartAsync();
        await AskAsync(slack, Ann, Bob, "review the rollout plan");
        slack.Clock.Advance(TimeSpan.FromMinutes(5));
        await AskAsync(slack, Ann, Bob, "pick a date for the migration");
        await AskAsync(slack, Carol, Dan, "approve the budget");
        await AskAsync(slack, Bob, Carol, "sign off the design");
        var before = slack.Slack.CallsTo("views.publish").Count;

        await slack.SendAsync(HomeOpened(slack, Bob, "home"));
        await slack.SettleAsync();

        var publish = slack.Slack.CallsTo("views.publish").Skip(before).Last(c => c["user_id"] == Bob);
        var view = ViewText(publish);
        Assert.True(view.IndexOf("review the rollout plan", StringComparison.Ordinal) < view.IndexOf("pick a date for the migration", StringComparison.Ordinal));
        Assert.Contains("sign off the design", view, StringComparison.Ordinal);
        Assert.DoesNotContain("approve the budget", view, StringComparison.Ordinal);
        Assert.Contains("\"callback_id\":\"coord-home\"", publish["view"], StringComparison.Ordinal);
        Assert.InRange(JsonNode.Parse(publish["view"]!)!["blocks"]!.AsArray().Count, 1, 100);
    }

    [Fact]
    public async Task MessagesTabOpened_PublishesNothing()
    {
        var slack = await StartAsync();

        await slack.SendAsync(HomeOpened(slack, Bob, "messages"));
        await slack.SettleAsync();

        Assert.Empty(slack.Slack.CallsTo("views.publish"));
    }

    [Fact]
    public async Task MorningSummarySwitchedOffInTheHome_IsStoredAndTheHomeRepublished()
    {
        var slack = await StartAsync();
        await OpenHomeAsync(slack, Bob);
        await AskAsync(slack, Ann, Bob, "review the rollout plan");
        await PassDebounceAsync(slack, Bob);
        var before = slack.Slack.CallsTo("views.publish").Count;

        await slack.SendAsync(HomePress(slack, Bob, HomeActions.MorningSummary, "off"));
        await slack.SettleAsync();
        await PassDebounceAsync(slack, Bob);

        Assert.True(await slack.App.QueryAsync(db => db.People.Where(p => p.PlatformUserId == Bob).Select(p => p.MorningSummaryOff).SingleAsync()));
        var publish = slack.Slack.CallsTo("views.publish").Skip(before).Last(c => c["user_id"] == Bob);
        Assert.Contains("*Morning summary:* off", ViewText(publish), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcknowledgePressedInTheHome_AnswersTheRequestForThePresser()
    {
        var slack = await StartAsync();
        await AskAsync(slack, Ann, Bob, "review the rollout plan");

        await slack.SendAsync(HomePress(slack, Bob, "ack", "CR-1"));
        await slack.SettleAsync();

        Assert.Equal(Core.Requests.StakeholderState.Responded, await StateOfAsync(slack, Bob));
    }

    [Fact]
    public async Task BurstOfNewRequestsForTheViewer_RepublishesOnceAfterTheDebounce()
    {
        var slack = await StartAsync();
        await OpenHomeAsync(slack, Bob);
        await OpenHomeAsync(slack, Carol);
        await AskAsync(slack, Ann, Carol, "warm up");
        await PassDebounceAsync(slack, Carol);
        var before = slack.Slack.CallsTo("views.publish").Count(c => c["user_id"] == Bob);

        await AskAsync(slack, Ann, Bob, "review the rollout plan");
        await AskAsync(slack, Carol, Bob, "pick a date for the migration");
        var early = slack.Slack.CallsTo("views.publish").Count(c => c["user_id"] == Bob);
        await PassDebounceAsync(slack, Bob);
        slack.Clock.Advance(HomeRefresher.Debounce);
        await slack.App.DeliverAsync();

        Assert.Equal(before, early);
        var publishes = slack.Slack.CallsTo("views.publish").Where(c => c["user_id"] == Bob).Skip(before).ToList();
        var publish = Assert.Single(publishes);
        Assert.Contains("pick a date for the migration", ViewText(publish), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewRequestForSomeoneWhoNeverOpenedTheHome_PublishesNothing()
    {
        var slack = await StartAsync();
        await OpenHomeAsync(slack, Carol);

        await AskAsync(slack, Ann, Bob, "review the rollout plan");
        await AskAsync(slack, Ann, Carol, "pick a date for the migration");
        await PassDebounceAsync(slack, Carol);

        Assert.DoesNotContain(slack.Slack.CallsTo("views.publish"), c => c["user_id"] == Bob || c["user_id"] == Ann);
    }

    [Fact]
    public async Task AnotherWorkspacesRequests_NeverAppearInTheHome()
    {
        var slack = await StartAsync();
        await AskAsync(slack, Ann, Bob, "review the rollout plan");
        await slack.SendAsync(slack.Requests.Command($"ask <@{Bob}|bob> the other workspace's secret", Ann, team: "T0002"));
        await slack.SettleAsync();

        await slack.SendAsync(HomeOpened(slack, Bob, "home"));
        await slack.SettleAsync();

        var view = ViewText(slack.Slack.CallsTo("views.publish").Last(c => c["user_id"] == Bob));
        Assert.Contains("review the rollout plan", view, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", view, StringComparison.Ordinal);
    }

    private static async Task AskAsync(SlackTestHost slack, string from, string to, string what)
    {
        await slack.SendAsync(slack.Requests.Command($"ask <@{to}|{to.ToLowerInvariant()}> {what}", from));
        await slack.SettleAsync();
    }

    /// <summary>Moves the clock past the debounce and waits for <paramref name="user"/>'s Home to be published.</summary>
    /// <summary>The person opens their Home tab once, so changes keep it fresh from then on.</summary>
    private static async Task OpenHomeAsync(SlackTestHost slack, string user)
    {
        await slack.SendAsync(HomeOpened(slack, user, "home"));
        await slack.SettleAsync();
        Assert.Contains(slack.Slack.CallsTo("views.publish"), c => c["user_id"] == user);
    }

    private static async Task PassDebounceAsync(SlackTestHost slack, string user)
    {
        var before = slack.Slack.CallsTo("views.publish").Count(c => c["user_id"] == user);
        slack.Clock.Advance(HomeRefresher.Debounce);
        await Waits.UntilAsync(
            () => slack.Slack.CallsTo("views.publish").Count(c => c["user_id"] == user) > before ? "published" : null,
            Wait,
            () => $"no views.publish for {user} after the debounce");
    }

    private static string ViewText(FakeSlackCall publish) => publish["view"]!;

    /// <summary>Slack's <c>app_home_opened</c> sample, for <paramref name="user"/> on <paramref name="tab"/>, in the test team.</summary>
    private static HttpRequestMessage HomeOpened(SlackTestHost slack, string user, string tab)
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", $"event_app_home_opened_{tab}_tab.json")))!.AsObject();
        var inner = sample["event"]!.AsObject();
        inner["user"] = user;
        return slack.Requests.Event(SlackRequests.Team, null, (JsonObject)inner.DeepClone());
    }

    /// <summary>A press in the Home tab: its container is the view, which Slack sends along.</summary>
    private static HttpRequestMessage HomePress(SlackTestHost slack, string user, string action, string value) =>
        slack.Requests.SignedRequest("/slack/interactions", "payload=" + Uri.EscapeDataString(new JsonObject
        {
            ["type"] = "block_actions", ["team"] = new JsonObject { ["id"] = SlackRequests.Team, ["domain"] = "acme" },
            ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["team_id"] = SlackRequests.Team },
            ["api_app_id"] = "A0001", ["trigger_id"] = "trigger-home",
            ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "VHOME" },
            ["view"] = new JsonObject { ["id"] = "VHOME", ["type"] = "home", ["callback_id"] = "coord-home", ["state"] = new JsonObject { ["values"] = new JsonObject() } },
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = action, ["block_id"] = "home-summary", ["value"] = value, ["type"] = "button", ["action_ts"] = "1764170001.000001" }),
        }.ToJsonString()), "application/x-www-form-urlencoded");
}

public sealed class SqliteSlackHomeScenarios() : SlackHomeScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackHomeScenarios(PostgresFixture server) : SlackHomeScenarios(new PostgresDatabases(server));
