using System.Net;
using System.Text.Json.Nodes;
using Coordination.Bot.Slack;
using Coordination.Data.Outbox;
using Coordination.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>
/// The app removed from a workspace (<c>app_uninstalled</c>, or <c>tokens_revoked</c> naming its bot): its token goes,
/// nothing more is sent there, its trail stays; installing again through OAuth resumes delivery.
/// </summary>
public abstract class SlackUninstallScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    /// <summary>The team, bot user and token in the <c>oauth.v2.access</c> fixture.</summary>
    private const string Team = "T9TK3CUKW";
    private const string BotUser = "U0KRQLJ9H";
    private const string Token = "xoxb-REDACTED-EXAMPLE";

    private static readonly Dictionary<string, string?> MultiWorkspace = new()
    {
        ["Slack:BotToken"] = null,
        ["Slack:ClientId"] = "1234567890.0987654321",
        ["Slack:ClientSecret"] = "client-secret-for-tests",
        ["Slack:RedirectUri"] = "https://coordination.example.com/slack/oauth/callback",
    };

    [Fact]
    public async Task AppUninstalled_WithAMessageWaiting_DeletesTheTokenParksItAndKeepsTheTrail()
    {
        var slack = await InstalledAsync();
        await AskAsync(slack, Bob);
        await slack.SettleAsync();
        await AskAsync(slack, Carol);

        var (status, _) = await slack.SendAsync(Revocation(slack, "event_app_uninstalled.json"));
        await slack.SettleAsync();
        await slack.App.AdvanceAsync(TimeSpan.FromHours(49));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, await slack.App.QueryAsync(db => db.Installations.CountAsync()));
        Assert.Single(slack.Slack.CallsTo("chat.postMessage"));
        var waiting = await slack.App.QueryAsync(db => db.OutboxMessages.Where(m => m.RequestId != null && m.Status != OutboxStatus.Delivered).ToListAsync());
        Assert.Contains(waiting, m => m.Status == OutboxStatus.Parked && m.LastError == SlackUninstall.ParkedReason);
        Assert.DoesNotContain(waiting, m => m.Status == OutboxStatus.Pending);
        Assert.Equal(2, await slack.App.QueryAsync(db => db.Requests.CountAsync()));
        Assert.True(await slack.App.QueryAsync(db => db.Attempts.CountAsync()) >= 2);
    }

    [Fact]
    public async Task TokensRevoked_NamingTheBot_StopsDeliveryAsAnUninstallDoes()
    {
        var slack = await InstalledAsync();
        await AskAsync(slack, Bob);

        await slack.SendAsync(Revocation(slack, "event_tokens_revoked.json", bots: [BotUser]));
        await slack.SettleAsync();

        Assert.Equal(0, await slack.App.QueryAsync(db => db.Installations.CountAsync()));
        Assert.Empty(slack.Slack.CallsTo("chat.postMessage"));
        Assert.Equal(1, await slack.App.QueryAsync(db => db.Requests.CountAsync()));
    }

    [Fact]
    public async Task TokensRevoked_OnlyUserTokens_KeepsTheInstallationAndDelivers()
    {
        var slack = await InstalledAsync();
        await AskAsync(slack, Bob);

        await slack.SendAsync(Revocation(slack, "event_tokens_revoked.json", bots: []));
        await slack.SettleAsync();

        Assert.Equal(1, await slack.App.QueryAsync(db => db.Installations.CountAsync()));
        Assert.Single(slack.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Reinstall_AfterAppUninstalled_DeliversAgainWithTheNewToken()
    {
        var slack = await InstalledAsync();
        await slack.SendAsync(Revocation(slack, "event_app_uninstalled.json"));
        await slack.SettleAsync();

        await InstallAsync(slack);
        await AskAsync(slack, Bob);
        await slack.SettleAsync();

        var post = Assert.Single(slack.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("Bearer " + Token, post.Authorization);
        Assert.Equal(1, await slack.App.QueryAsync(db => db.Installations.CountAsync()));
    }

    private async Task<SlackTestHost> InstalledAsync()
    {
        var slack = await StartAsync(MultiWorkspace);
        await InstallAsync(slack);
        return slack;
    }

    /// <summary>An admin installs through <c>/slack/install</c> and Slack's callback, in one browser.</summary>
    private static async Task InstallAsync(SlackTestHost slack)
    {
        using var browser = slack.CreateBrowser();
        using var install = await browser.GetAsync(new Uri("/slack/install", UriKind.Relative));
        var state = QueryHelpers.ParseQuery(install.Headers.Location!.Query)["state"].ToString();
        var callback = QueryHelpers.AddQueryString("/slack/oauth/callback", new Dictionary<string, string?> { ["code"] = "4242.abcd", ["state"] = state });
        using var installed = await browser.GetAsync(new Uri(callback, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, installed.StatusCode);
    }

    private static async Task AskAsync(SlackTestHost slack, string stakeholder)
    {
        var (status, _) = await slack.SendAsync(slack.Requests.Command($"ask <@{stakeholder}> review the rollout plan", Ann, team: Team));
        Assert.Equal(HttpStatusCode.OK, status);
    }

    /// <summary>Slack's sample event, addressed to the installed team (with <paramref name="bots"/> as the revoked bot users), signed now.</summary>
    private static HttpRequestMessage Revocation(SlackTestHost slack, string fixture, string[]? bots = null)
    {
        var body = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)))!.AsObject();
        body["team_id"] = Team;
        body["event_id"] = "Ev" + Guid.NewGuid().ToString("N");
        if (bots is not null)
        {
            body["event"]!["tokens"]!["bot"] = new JsonArray([.. bots.Select(b => (JsonNode)b)]);
        }

        return slack.Requests.SignedRequest("/slack/events", body.ToJsonString(), "application/json");
    }
}

public sealed class SqliteSlackUninstallScenarios() : SlackUninstallScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackUninstallScenarios(PostgresFixture server) : SlackUninstallScenarios(new PostgresDatabases(server));
