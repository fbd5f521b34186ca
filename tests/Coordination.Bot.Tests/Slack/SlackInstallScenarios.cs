using System.Net;
using System.Text;
using Coordination.Bot.Slack;
using Coordination.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>Installing into many workspaces with OAuth v2: the state ties the callback to the browser that started it.</summary>
public abstract class SlackInstallScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    private const string ClientId = "1234567890.0987654321";
    private const string ClientSecret = "client-secret-for-tests";

    /// <summary>The team and bot token in the <c>oauth.v2.access</c> fixture.</summary>
    private const string InstalledTeam = "T9TK3CUKW";
    private const string InstalledToken = "xoxb-REDACTED-EXAMPLE";

    private const string NoState = "no state";
    private const string ForgedState = "a forged state";
    private const string AnotherBrowsersState = "another browser's state";
    private const string StateWithoutItsCookie = "the state without its cookie";

    private const string RedirectUri = "https://coordination.example.com/slack/oauth/callback";

    private static readonly Dictionary<string, string?> MultiWorkspace = new()
    {
        ["Slack:BotToken"] = null,
        ["Slack:ClientId"] = ClientId,
        ["Slack:ClientSecret"] = ClientSecret,
        ["Slack:RedirectUri"] = RedirectUri,
    };

    [Fact]
    public async Task Install_Opened_RedirectsToSlacksAuthorizePageWithTheBotScopesAndAStateCookie()
    {
        var slack = await StartAsync(MultiWorkspace);
        using var browser = slack.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/slack/install", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(SlackInstallEndpoints.AuthorizeUrl, location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(ClientId, query["client_id"]);
        var scopes = query["scope"].ToString().Split(',');
        Assert.Contains("chat:write", scopes);
        Assert.Contains("commands", scopes);
        Assert.False(string.IsNullOrEmpty(query["state"]));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("coordination-slack-state=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(NoState)]
    [InlineData(ForgedState)]
    [InlineData(AnotherBrowsersState)]
    [InlineData(StateWithoutItsCookie)]
    public async Task OAuthCallback_StateNotThisBrowsers_AnswersBadRequestAndStoresNothing(string state)
    {
        var slack = await StartAsync(MultiWorkspace);
        using var browser = slack.CreateBrowser();
        using var other = slack.CreateBrowser();
        var issued = await BeginInstallAsync(browser);
        if (state == AnotherBrowsersState)
        {
            await BeginInstallAsync(other);
        }

        var (sender, sent) = state switch
        {
            NoState => (browser, null),
            ForgedState => (browser, "CfDJ8forged"),
            _ => (other, issued),
        };
        using var response = await sender.GetAsync(CallbackUri("4242.abcd", sent));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(slack.Slack.CallsTo("oauth.v2.access"));
        Assert.Equal(0, await slack.App.QueryAsync(db => db.Installations.CountAsync()));
    }

    [Fact]
    public async Task OAuthCallback_RightStateAndCode_StoresTheTokenEncryptedAndPostsForThatTeamWithIt()
    {
        var slack = await StartAsync(MultiWorkspace);
        using var browser = slack.CreateBrowser();
        var state = await BeginInstallAsync(browser);

        using var response = await browser.GetAsync(CallbackUri("4242.abcd", state));
        await slack.SendAsync(slack.Requests.Command($"ask <@{Bob}|bob> review the rollout plan", Ann, team: InstalledTeam));
        await slack.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var exchange = Assert.Single(slack.Slack.CallsTo("oauth.v2.access"));
        Assert.Equal("4242.abcd", exchange["code"]);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}")), exchange.Authorization);
        var installation = await slack.App.QueryAsync(db => db.Installations.SingleAsync());
        Assert.Equal(InstalledTeam, installation.ExternalId);
        Assert.False(string.IsNullOrEmpty(installation.EncryptedToken));
        Assert.DoesNotContain(InstalledToken, installation.EncryptedToken, StringComparison.Ordinal);
        var post = Assert.Single(slack.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("Bearer " + InstalledToken, post.Authorization);
    }

    [Fact]
    public async Task OAuthCallback_SameStateAndCookieUsedTwice_RefusesTheSecondAndInstallsOnce()
    {
        var slack = await StartAsync(MultiWorkspace);
        using var client = slack.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var (state, cookie) = await BeginInstallKeepingTheCookieAsync(client);

        var (first, firstPage) = await CallbackWithCookieAsync(client, state, cookie);
        var (second, secondPage) = await CallbackWithCookieAsync(client, state, cookie);

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.BadRequest, second);
        Assert.Contains("already used", secondPage, StringComparison.Ordinal);
        Assert.DoesNotContain("already used", firstPage, StringComparison.Ordinal);
        Assert.Single(slack.Slack.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task OAuthCallback_StateWithADifferentBrowsersCookieValue_IsRefused()
    {
        var slack = await StartAsync(MultiWorkspace);
        using var client = slack.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var (state, _) = await BeginInstallKeepingTheCookieAsync(client);
        var (_, otherCookie) = await BeginInstallKeepingTheCookieAsync(client);

        var (status, _) = await CallbackWithCookieAsync(client, state, otherCookie);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(slack.Slack.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task OAuthCallback_StateOlderThanTenMinutes_IsRefused()
    {
        var slack = await StartAsync(MultiWorkspace);
        using var browser = slack.CreateBrowser();
        var state = await BeginInstallAsync(browser);

        slack.Clock.Advance(TimeSpan.FromMinutes(11));
        using var response = await browser.GetAsync(CallbackUri("4242.abcd", state));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(slack.Slack.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task InstallAndCallback_ForeignHostHeader_UseTheConfiguredRedirectUri()
    {
        var slack = await StartAsync(MultiWorkspace);
        using var browser = slack.CreateBrowser();
        using var install = new HttpRequestMessage(HttpMethod.Get, "/slack/install");
        install.Headers.Host = "attacker.example";
        using var redirect = await browser.SendAsync(install);
        var state = QueryHelpers.ParseQuery(redirect.Headers.Location!.Query)["state"].ToString();

        using var callback = new HttpRequestMessage(HttpMethod.Get, CallbackUri("4242.abcd", state));
        callback.Headers.Host = "attacker.example";
        using var response = await browser.SendAsync(callback);

        Assert.Equal(RedirectUri, QueryHelpers.ParseQuery(redirect.Headers.Location!.Query)["redirect_uri"].ToString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RedirectUri, Assert.Single(slack.Slack.CallsTo("oauth.v2.access"))["redirect_uri"]);
    }

    /// <summary>Opens the install link without a cookie jar and returns the state and the cookie's value, as someone who captured both would hold them.</summary>
    private static async Task<(string State, string Cookie)> BeginInstallKeepingTheCookieAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/slack/install", UriKind.Relative));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie")).Split(';')[0];
        return (QueryHelpers.ParseQuery(response.Headers.Location!.Query)["state"].ToString(), cookie);
    }

    private static async Task<(HttpStatusCode Status, string Page)> CallbackWithCookieAsync(HttpClient client, string state, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, CallbackUri("4242.abcd", state));
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens the install link in <paramref name="browser"/> (which keeps the cookie) and returns the state Slack would echo.</summary>
    private static async Task<string> BeginInstallAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync(new Uri("/slack/install", UriKind.Relative));
        return QueryHelpers.ParseQuery(response.Headers.Location!.Query)["state"].ToString();
    }

    private static Uri CallbackUri(string code, string? state) =>
        new(QueryHelpers.AddQueryString("/slack/oauth/callback", new Dictionary<string, string?> { ["code"] = code, ["state"] = state }), UriKind.Relative);
}

public sealed class SqliteSlackInstallScenarios() : SlackInstallScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackInstallScenarios(PostgresFixture server) : SlackInstallScenarios(new PostgresDatabases(server));
