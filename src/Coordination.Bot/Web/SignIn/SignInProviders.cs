using System.Security.Claims;
using Coordination.Core.Chat;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Coordination.Bot.Web.SignIn;

/// <summary>The two providers: where each is, and which of its id_token's claims name the workspace and the person.</summary>
public static class SignInProviders
{
    public const string SlackAuthority = "https://slack.com";

    public const string EntraAuthority = "https://login.microsoftonline.com/organizations/v2.0";

    private const string SlackTeam = "https://slack.com/team_id";
    private const string SlackUser = "https://slack.com/user_id";

    /// <summary>Sign in with Slack: the team is the Slack workspace.</summary>
    public static SignInClaims? FromSlack(ClaimsPrincipal principal) => Claims(principal, ChatPlatform.Slack, SlackTeam, SlackUser);

    /// <summary>Entra ID: the tenant is the Teams workspace, the object id the person.</summary>
    public static SignInClaims? FromEntra(ClaimsPrincipal principal) => Claims(principal, ChatPlatform.Teams, "tid", "oid");

    private static SignInClaims? Claims(ClaimsPrincipal principal, ChatPlatform platform, string workspaceType, string userType) =>
        (principal.FindFirst(workspaceType)?.Value, principal.FindFirst(userType)?.Value) is ({ Length: > 0 } workspace, { Length: > 0 } user)
            ? new SignInClaims(platform, workspace, user, principal.FindFirst("name")?.Value)
            : null;

    /// <summary>The handler's settings for one provider: code flow with PKCE, answered in the query, the two scopes, no token kept.</summary>
    public static void Configure(OpenIdConnectOptions options, string scheme, SignInProviderOptions provider, Func<ClaimsPrincipal, SignInClaims?> map)
    {
        options.SignInScheme = SignInDefaults.CookieScheme;
        options.TimeProvider = TimeProvider.System; // the browser expires the state and nonce cookies by the real clock
        options.Authority = provider.Authority;
        options.MetadataAddress = string.IsNullOrWhiteSpace(provider.MetadataAddress) ? null : provider.MetadataAddress;
        options.RequireHttpsMetadata = !IsLoopback(options.MetadataAddress ?? provider.Authority);
        options.ClientId = provider.ClientId;
        options.ClientSecret = provider.ClientSecret;
        options.ResponseType = "code";
        options.ResponseMode = "query";
        options.UsePkce = true;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.CallbackPath = SignInDefaults.CallbackPath(scheme);
        options.MapInboundClaims = false;
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.DisableTelemetry = true;
        options.TokenValidationParameters.NameClaimType = SignInClaims.NameType;
        foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.HttpOnly = true;
        }

        options.Events = new SignInEvents(map);
    }

    private static bool IsLoopback(string? address) => Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
