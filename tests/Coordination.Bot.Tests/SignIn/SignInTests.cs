using System.Net;
using System.Net.Http.Headers;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.SignIn;

/// <summary>
/// Sign-in to the dashboard end to end, against an OpenID provider on loopback: Slack workspaces T-ALPHA (Alice asks,
/// Dan leads Carol) and T-BRAVO (a request of its own), and a Teams tenant.
/// </summary>
public sealed partial class SignInTests : IAsyncLifetime, IDisposable
{
    private const string AdminToken = "sign-in-admin-token-0123456789";
    private const string Alpha = "T-ALPHA";
    private const string Bravo = "T-BRAVO";
    private const string AlphaTitle = "Review the alpha rollout";
    private const string BravoTitle = "Bravo private plan";
    private const string Tenant = "7f1c6c55-3b1e-4a53-9a5e-3d2f5cfa1b11";

    private readonly SqliteDatabases _databases = new();
    private readonly List<BotApp> _apps = [];
    private OpenIdProvider _provider = null!;
    private readonly HttpClient _browserAtProvider = new(new HttpClientHandler { AllowAutoRedirect = false });

    public async Task InitializeAsync() => _provider = await OpenIdProvider.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        await _provider.DisposeAsync();
    }

    public void Dispose()
    {
        _browserAtProvider.Dispose();
        _databases.Dispose();
    }

    [Fact]
    public async Task SlackSignIn_MemberOfAlpha_SeesOnlyAlpha()
    {
        var (app, client) = await StartAsync();
        var start = await client.GetAsync(new Uri("/signin/slack", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var authorize = start.Headers.Location!;
        Assert.StartsWith(_provider.Root + "/authorize?", authorize.ToString(), StringComparison.Ordinal);
        Assert.Contains("state=", authorize.Query, StringComparison.Ordinal);
        Assert.Contains("nonce=", authorize.Query, StringComparison.Ordinal);
        Assert.Contains("code_challenge=", authorize.Query, StringComparison.Ordinal);

        var callback = await client.GetAsync(await AtProviderAsync(authorize, Alpha, Alice.PlatformUserId));
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/dashboard", callback.Headers.Location!.ToString());
        var session = Assert.Single(callback.Headers.GetValues("Set-Cookie"), c => c.StartsWith("coordination-signin=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);

        var index = await client.GetAsync(new Uri("/dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, index.StatusCode);
        Assert.Equal($"/dashboard/{await KeyOfAsync(app, Alpha)}", index.Headers.Location!.ToString());
        var page = await OkTextAsync(client, index.Headers.Location!.ToString());
        Assert.Contains(AlphaTitle, page, StringComparison.Ordinal);
        Assert.DoesNotContain(BravoTitle, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlackSignIn_MemberOfAlpha_CannotOpenBravo()
    {
        var (app, client) = await StartAsync();
        await SignInAsync(client, Alpha, Alice.PlatformUserId);
        var bravo = await KeyOfAsync(app, Bravo);

        foreach (var path in new[] { $"/dashboard/{bravo}", $"/dashboard/{bravo}/requests/1", $"/dashboard/{bravo}/requests/1/evidence.csv", $"/dashboard/{bravo}/chart.png", $"/dashboard/{bravo}/people" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(BravoTitle, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PeopleFigures_Lead_SeesOwnAndReportsOnly()
    {
        var (app, client) = await StartAsync();
        await SignInAsync(client, Alpha, Dan.PlatformUserId);

        var page = await OkTextAsync(client, $"/dashboard/{await KeyOfAsync(app, Alpha)}/people");
        Assert.Contains("data-person=\"U-DAN\"", page, StringComparison.Ordinal);
        Assert.Contains("data-person=\"U-CAROL\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-person=\"U-ALICE\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-person=\"U-BOB\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeopleFigures_Report_SeesOnlyThemselves()
    {
        var (app, client) = await StartAsync();
        await SignInAsync(client, Alpha, Carol.PlatformUserId);

        var page = await OkTextAsync(client, $"/dashboard/{await KeyOfAsync(app, Alpha)}/people");
        Assert.Contains("data-person=\"U-CAROL\"", page, StringComparison.Ordinal);
        Assert.Equal(1, page.Split("data-person=").Length - 1);
    }

    [Fact]
    public async Task SlackCallback_TamperedIdTokenSignature_IsRejected()
    {
        var (_, client) = await StartAsync();
        _provider.Fault = IdTokenFault.TamperedPayload;

        await AssertRejectedAsync(client, await AtProviderAsync(await StartAtAppAsync(client), Alpha, Alice.PlatformUserId));
    }

    [Fact]
    public async Task SlackCallback_WrongNonce_IsRejected()
    {
        var (_, client) = await StartAsync();
        _provider.Fault = IdTokenFault.WrongNonce;

        await AssertRejectedAsync(client, await AtProviderAsync(await StartAtAppAsync(client), Alpha, Alice.PlatformUserId));
    }

    [Fact]
    public async Task SlackCallback_UnknownState_IsRejected()
    {
        var (_, client) = await StartAsync();
        await StartAtAppAsync(client);

        await AssertRejectedAsync(client, new Uri("/signin/slack/callback?code=ABC&state=not-a-state-we-issued", UriKind.Relative));
    }

    [Fact]
    public async Task SlackCallback_ReplayedState_IsRejected()
    {
        var (_, client) = await StartAsync();
        var callback = await AtProviderAsync(await StartAtAppAsync(client), Alpha, Alice.PlatformUserId);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(callback)).StatusCode);

        var (_, other) = await StartAsync();
        await AssertRejectedAsync(other, callback);
        var replayed = await client.GetAsync(callback);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
    }

    [Theory]
    [InlineData("/signin/slack/callback")]
    [InlineData("/signin/slack/callback?code=ABC")]
    [InlineData("/signin/slack/callback?error=access_denied&state=x")]
    public async Task SlackCallback_MalformedOrRefused_IsRejectedNot500(string callback)
    {
        var (_, client) = await StartAsync();
        await StartAtAppAsync(client);

        await AssertRejectedAsync(client, new Uri(callback, UriKind.Relative));
    }

    [Fact]
    public async Task SignOut_SignedIn_EndsTheSession()
    {
        var (_, client) = await StartAsync();
        await SignInAsync(client, Alpha, Alice.PlatformUserId);

        var signOut = await client.PostAsync(new Uri("/signout", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var dashboard = await client.GetAsync(new Uri("/dashboard", UriKind.Relative));
        Assert.Equal("/signin", dashboard.Headers.Location!.ToString());
    }

    [Fact]
    public async Task SignInStart_UnknownProvider_IsNotFound()
    {
        var (_, client) = await StartAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/signin/github", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SlackSignIn_WorkspaceNotInstalled_SaysSo()
    {
        var (_, client) = await StartAsync();
        await SignInAsync(client, "T-ELSEWHERE", "U-SOMEONE");

        var response = await client.GetAsync(new Uri("/dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("id=\"not-installed\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_NotSignedIn_GoesToSignIn()
    {
        var (_, client) = await StartAsync();

        var response = await client.GetAsync(new Uri("/dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin", response.Headers.Location!.ToString());
        var choose = await OkTextAsync(client, "/signin");
        Assert.Contains("data-provider=\"slack\"", choose, StringComparison.Ordinal);
        Assert.Contains("data-provider=\"entra\"", choose, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_AdminTokenWithSignIn_SeesEveryWorkspace()
    {
        var (app, client) = await StartAsync(new() { ["Web:AdminToken"] = AdminToken });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);

        var index = await OkTextAsync(client, "/dashboard");
        Assert.Contains(await KeyOfAsync(app, Alpha), index, StringComparison.Ordinal);
        Assert.Contains(await KeyOfAsync(app, Bravo), index, StringComparison.Ordinal);
        Assert.Contains(BravoTitle, await OkTextAsync(client, $"/dashboard/{await KeyOfAsync(app, Bravo)}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntraSignIn_MemberOfTenant_SeesOnlyTheTenant()
    {
        var (app, client) = await StartAsync();
        var tenant = await app.QueryAsync(async db =>
        {
            var workspace = new Workspace(ChatPlatform.Teams, Tenant);
            db.Workspaces.Add(workspace);
            await db.SaveChangesAsync();
            return workspace.Id.ToString("D");
        });
        _provider.Claims["tid"] = Tenant;
        _provider.Claims["oid"] = "0b5c9c1e-1111-4222-8333-944455556666";
        var start = await client.GetAsync(new Uri("/signin/entra", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(await ProviderRedirectAsync(start.Headers.Location!))).StatusCode);

        var index = await client.GetAsync(new Uri("/dashboard", UriKind.Relative));
        Assert.Equal($"/dashboard/{tenant}", index.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/dashboard/{await KeyOfAsync(app, Alpha)}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task EntraSignIn_PersonKnownByTheirDirectoryId_SeesTheirOwnFigures()
    {
        const string ObjectId = "0b5c9c1e-1111-4222-8333-944455556666";
        var (app, client) = await StartAsync();
        var tenant = await app.QueryAsync(async db =>
        {
            var workspace = new Workspace(ChatPlatform.Teams, Tenant);
            db.Workspaces.Add(workspace);
            var carol = new Person(workspace.Id, "29:carol", "Carol");
            carol.SetDirectoryId(ObjectId.ToUpperInvariant());
            db.People.AddRange(carol, new Person(workspace.Id, "29:dan", "Dan"));
            await db.SaveChangesAsync();
            return workspace.Id.ToString("D");
        });
        _provider.Claims["tid"] = Tenant;
        _provider.Claims["oid"] = ObjectId;
        var start = await client.GetAsync(new Uri("/signin/entra", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(await ProviderRedirectAsync(start.Headers.Location!))).StatusCode);

        var page = await OkTextAsync(client, $"/dashboard/{tenant}/people");

        Assert.Contains("data-person=\"29:carol\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-person=\"29:dan\"", page, StringComparison.Ordinal);
    }
}
