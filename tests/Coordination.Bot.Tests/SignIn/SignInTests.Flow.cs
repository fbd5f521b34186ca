using System.Net;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.SignIn;

/// <summary>The flow's steps: the app with two workspaces seeded, the browser at the app and at the provider.</summary>
public sealed partial class SignInTests
{
    private async Task<(BotApp App, HttpClient Client)> StartAsync(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Web:SignIn:Slack:ClientId"] = OpenIdProvider.SlackClient,
            ["Web:SignIn:Slack:ClientSecret"] = OpenIdProvider.Secret,
            ["Web:SignIn:Slack:Authority"] = _provider.Root,
            ["Web:SignIn:Entra:ClientId"] = OpenIdProvider.EntraClient,
            ["Web:SignIn:Entra:ClientSecret"] = OpenIdProvider.Secret,
            ["Web:SignIn:Entra:Authority"] = _provider.EntraAuthority,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var (provider, connectionString) = await _databases.CreateAsync();
        var app = new BotApp(provider, connectionString, settings: settings);
        _apps.Add(app);
        await SeedAsync(app);
        return (app, app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
    }

    /// <summary>T-ALPHA: Alice asks Bob and Carol; Carol's lead is Dan. T-BRAVO: one request of its own.</summary>
    private static async Task SeedAsync(BotApp app)
    {
        await app.SendAsync(new SetLeadCommand(In(Alpha, Carol), Dan, Carol));
        Assert.True((await app.SendAsync(new AskCommand(In(Alpha, Alice), AlphaTitle, [Bob, Carol, Dan], null))).Succeeded);
        Assert.True((await app.SendAsync(new AskCommand(In(Bravo, Alice), BravoTitle, [Bob], null))).Succeeded);
    }

    private static CommandContext In(string team, PersonRef who) => new(ChatPlatform.Slack, team, who, new ThreadRef("C-GENERAL", null));

    private async Task SignInAsync(HttpClient client, string team, string user)
    {
        var callback = await client.GetAsync(await AtProviderAsync(await StartAtAppAsync(client), team, user));
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
    }

    private static async Task<Uri> StartAtAppAsync(HttpClient client)
    {
        var start = await client.GetAsync(new Uri("/signin/slack", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        return start.Headers.Location!;
    }

    /// <summary>The browser at the provider as <paramref name="user"/> of <paramref name="team"/>: where it is sent back to.</summary>
    private Task<Uri> AtProviderAsync(Uri authorize, string team, string user)
    {
        _provider.Claims["https://slack.com/team_id"] = team;
        _provider.Claims["https://slack.com/user_id"] = user;
        _provider.Claims["name"] = user;
        return ProviderRedirectAsync(authorize);
    }

    private async Task<Uri> ProviderRedirectAsync(Uri authorize)
    {
        var back = await _browserAtProvider.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        return back.Headers.Location!;
    }

    private static async Task AssertRejectedAsync(HttpClient client, Uri callback)
    {
        var response = await client.GetAsync(callback);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"sign-in-failed\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("coordination-signin=", StringComparison.Ordinal));
        var dashboard = await client.GetAsync(new Uri("/dashboard", UriKind.Relative));
        Assert.Equal("/signin", dashboard.Headers.Location!.ToString());
    }

    private static async Task<string> OkTextAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<string> KeyOfAsync(BotApp app, string externalId) =>
        app.QueryAsync(async db => (await db.Workspaces.SingleAsync(w => w.ExternalId == externalId)).Id.ToString("D"));
}
