using System.Security.Cryptography;
using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Data.Installations;
using Coordination.Slack;
using Coordination.Slack.Outbound;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Slack;

/// <summary>
/// Installing into many workspaces (OAuth v2): <c>/slack/install</c> sends the admin to Slack with the bot scopes and
/// an unguessable state bound to their browser; <c>/slack/oauth/callback</c> checks it, exchanges the code and stores
/// the workspace's bot token encrypted.
/// </summary>
public static class SlackInstallEndpoints
{
    public const string AuthorizeUrl = "https://slack.com/oauth/v2/authorize";
    private const string StateCookie = "coordination-slack-state";
    private const string StatePurpose = "Coordination.Slack.OAuthState";
    private static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    public static IEndpointRouteBuilder MapSlackInstall(this IEndpointRouteBuilder slack)
    {
        slack.MapGet("/install", Install);
        slack.MapGet("/oauth/callback", CallbackAsync);
        return slack;
    }

    private static IResult Install(HttpContext http, IOptions<SlackOptions> options, IDataProtectionProvider protection)
    {
        if (!options.Value.IsMultiWorkspace || string.IsNullOrWhiteSpace(options.Value.ClientSecret))
        {
            return Results.NotFound("Installing into more workspaces is not configured here: set Slack:ClientId and Slack:ClientSecret.");
        }

        var nonce = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var state = StateProtector(protection).Protect(nonce, StateLifetime);
        http.Response.Cookies.Append(StateCookie, nonce, new CookieOptions
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
            ["redirect_uri"] = RedirectUri(http),
            ["state"] = state,
        });
        return Results.Redirect(url);
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext http,
        IOptions<SlackOptions> options,
        IDataProtectionProvider protection,
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

        if (!StateMatches(StateProtector(protection), query["state"], http.Request.Cookies[StateCookie]))
        {
            Log.SlackInstallFailed(logger, "state missing, expired or from another browser");
            return Page(StatusCodes.Status400BadRequest, "This install link has expired or was opened in another browser. Start again from /slack/install.");
        }

        http.Response.Cookies.Delete(StateCookie, new CookieOptions { Path = "/slack/oauth" });
        if (string.IsNullOrEmpty(query["code"]))
        {
            Log.SlackInstallFailed(logger, query["error"].ToString());
            return Page(StatusCodes.Status400BadRequest, "Slack did not grant the install (" + query["error"] + "). Nothing was stored.");
        }

        var api = http.RequestServices.GetRequiredService<SlackApiClient>();
        var access = await api.ExchangeOAuthCodeAsync(options.Value.ClientId!, options.Value.ClientSecret!, query["code"]!, RedirectUri(http), http.RequestAborted);
        if (access is not { Ok: true, Value: { } installed } || (installed.IsEnterpriseInstall ? installed.EnterpriseId : installed.TeamId) is not { } externalId)
        {
            Log.SlackInstallFailed(logger, access.Error ?? "no team in Slack's answer");
            return Page(StatusCodes.Status502BadGateway, "Slack refused the install (" + access.Error + "). Nothing was stored; try again.");
        }

        var now = time.GetUtcNow();
        var installation = await db.Installations.SingleOrDefaultAsync(i => i.Platform == ChatPlatform.Slack && i.ExternalId == externalId, http.RequestAborted);
        if (installation is null)
        {
            installation = Installation.Create(ChatPlatform.Slack, externalId, now);
            db.Installations.Add(installation);
        }

        installation.Update(installed.TeamName, installed.BotUserId, tokens.Protect(installed.AccessToken), installed.Scope, installed.InstallerUserId, now);
        await db.SaveChangesAsync(http.RequestAborted);
        tokens.Forget(externalId);
        Log.SlackInstalled(logger, externalId, installed.TeamName, installed.InstallerUserId);
        return Page(StatusCodes.Status200OK, $"Coordination is installed in {installed.TeamName ?? externalId}. Invite it to a channel with /invite @Coordination, then try /coord help.");
    }

    private static ITimeLimitedDataProtector StateProtector(IDataProtectionProvider protection) =>
        protection.CreateProtector(StatePurpose).ToTimeLimitedDataProtector();

    private static bool StateMatches(ITimeLimitedDataProtector protector, string? state, string? cookie)
    {
        if (string.IsNullOrEmpty(state) || string.IsNullOrEmpty(cookie))
        {
            return false;
        }

        try
        {
            var nonce = protector.Unprotect(state);
            return CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(nonce), System.Text.Encoding.ASCII.GetBytes(cookie));
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string RedirectUri(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}/slack/oauth/callback";

    private static IResult Page(int status, string message) =>
        Results.Content($"<!doctype html><meta charset=utf-8><title>Coordination</title><p>{System.Net.WebUtility.HtmlEncode(message)}</p>", "text/html", statusCode: status);
}
