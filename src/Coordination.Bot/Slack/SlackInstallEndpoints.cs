using System.Security.Cryptography;
using System.Text;
using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Data.Installations;
using Coordination.Data.Security;
using Coordination.Slack;
using Coordination.Slack.Outbound;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Slack;

/// <summary>
/// Installing into many workspaces (OAuth v2): <c>/slack/install</c> sends the admin to Slack with the bot scopes and
/// an unguessable state, stored (hashed) with the hash of a second secret kept in their browser's cookie;
/// <c>/slack/oauth/callback</c> consumes that state once, from that browser only, exchanges the code and stores the
/// workspace's bot token encrypted. The redirect URI is the configured one, never the request's host.
/// </summary>
public static class SlackInstallEndpoints
{
    public const string AuthorizeUrl = "https://slack.com/oauth/v2/authorize";
    private const string StateCookie = "coordination-slack-state";
    private static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    public static IEndpointRouteBuilder MapSlackInstall(this IEndpointRouteBuilder slack)
    {
        slack.MapGet("/install", InstallAsync);
        slack.MapGet("/oauth/callback", CallbackAsync);
        return slack;
    }

    private static async Task<IResult> InstallAsync(HttpContext http, IOptions<SlackOptions> options, CoordinationDbContext db, TimeProvider time)
    {
        if (!options.Value.IsMultiWorkspace || string.IsNullOrWhiteSpace(options.Value.ClientSecret))
        {
            return Results.NotFound("Installing into more workspaces is not configured here: set Slack:ClientId and Slack:ClientSecret.");
        }

        var (state, browser) = (NewSecret(), NewSecret());
        var now = time.GetUtcNow();
        await db.OAuthStates.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(http.RequestAborted);
        db.OAuthStates.Add(OAuthState.Create(Hash(state), Hash(browser), now, now + StateLifetime));
        await db.SaveChangesAsync(http.RequestAborted);
        http.Response.Cookies.Append(StateCookie, browser, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/slack/oauth",
            MaxAge = StateLifetime,
        });
        var url = QueryHelpers.AddQueryString(AuthorizeUrl, new Dictionary<string, string?>
        {
            ["client_id"] = options.Value.ClientId,
            ["scope"] = string.Join(',', SlackScopes.Bot),
            ["user_scope"] = string.Empty,
            ["redirect_uri"] = options.Value.RedirectUri!.AbsoluteUri,
            ["state"] = state,
        });
        return Results.Redirect(url);
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext http,
        IOptions<SlackOptions> options,
        CoordinationDbContext db,
        SlackTokenSource tokens,
        TimeProvider time,
        ILogger<SlackTokenSource> logger)
    {
        var query = http.Request.Query;
        if (!options.Value.IsMultiWorkspace || string.IsNullOrWhiteSpace(options.Value.ClientSecret))
        {
            return Results.NotFound();
        }

        if (!await ConsumeStateAsync(db, query["state"], http.Request.Cookies[StateCookie], time.GetUtcNow(), http.RequestAborted))
        {
            Log.SlackInstallFailed(logger, "state missing, expired, already used or from another browser");
            return Page(StatusCodes.Status400BadRequest, "This install link has expired, was already used or was opened in another browser. Start again from /slack/install.");
        }

        http.Response.Cookies.Delete(StateCookie, new CookieOptions { Path = "/slack/oauth" });
        if (string.IsNullOrEmpty(query["code"]))
        {
            Log.SlackInstallFailed(logger, query["error"].ToString());
            return Page(StatusCodes.Status400BadRequest, "Slack did not grant the install (" + query["error"] + "). Nothing was stored.");
        }

        var api = http.RequestServices.GetRequiredService<SlackApiClient>();
        var access = await api.ExchangeOAuthCodeAsync(options.Value.ClientId!, options.Value.ClientSecret!, query["code"]!, options.Value.RedirectUri!.AbsoluteUri, http.RequestAborted);
        if (access is not { Ok: true, Value: { } installed } || (installed.IsEnterpriseInstall ? installed.EnterpriseId : installed.TeamId) is not { } externalId)
        {
            Log.SlackInstallFailed(logger, access.Error ?? "no team in Slack's answer");
            return Page(StatusCodes.Status502BadGateway, "Slack refused the install (" + access.Error + "). Nothing was stored; try again.");
        }

        await StoreAsync(db, tokens, externalId, installed, time.GetUtcNow(), http.RequestAborted);
        Log.SlackInstalled(logger, externalId, installed.TeamName, installed.InstallerUserId);
        return Page(StatusCodes.Status200OK, $"Coordination is installed in {installed.TeamName ?? externalId}. Invite it to a channel with /invite @Coordination, then try /coord help.");
    }

    /// <summary>Records the workspace's installation (or its reinstall) with its bot token encrypted, and drops any cached token.</summary>
    private static async Task StoreAsync(
        CoordinationDbContext db, SlackTokenSource tokens, string externalId, SlackOAuthAccess installed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var installation = await db.Installations.SingleOrDefaultAsync(i => i.Platform == ChatPlatform.Slack && i.ExternalId == externalId, cancellationToken);
        if (installation is null)
        {
            installation = Installation.Create(ChatPlatform.Slack, externalId, now);
            db.Installations.Add(installation);
        }

        installation.Update(installed.TeamName, installed.BotUserId, tokens.Protect(installed.AccessToken), installed.Scope, installed.InstallerUserId, now);
        await db.SaveChangesAsync(cancellationToken);
        tokens.Forget(externalId);
    }

    /// <summary>Takes the state once, and only with the cookie of the browser it was issued to.</summary>
    private static async Task<bool> ConsumeStateAsync(CoordinationDbContext db, string? state, string? browser, DateTimeOffset now, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(state) && !string.IsNullOrEmpty(browser) && state.Length <= 200 && browser.Length <= 200
        && await db.TryConsumeOAuthStateAsync(Hash(state), Hash(browser), now, cancellationToken);

    private static string NewSecret() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static IResult Page(int status, string message) =>
        Results.Content($"<!doctype html><meta charset=utf-8><title>Coordination</title><p>{System.Net.WebUtility.HtmlEncode(message)}</p>", "text/html", statusCode: status);
}
