using Coordination.Bot.Web.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web.SignIn;

/// <summary>
/// <c>GET /signin</c> (the providers), <c>GET /signin/{slack|entra}</c> (off to the provider, back to <c>/dashboard</c>),
/// <c>/signin/{slack|entra}/callback</c> (the redirect URI, answered by the OpenID Connect handler) and
/// <c>POST /signout</c>. Only configured providers answer; the others are not found.
/// </summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SignInDefaults.Root, SignInPages.Choose);
        endpoints.MapGet(SignInDefaults.Root + "/{scheme}", Start);
        endpoints.MapPost(SignInDefaults.SignOutPath, () =>
            Results.SignOut(new AuthenticationProperties { RedirectUri = SignInDefaults.Root }, [SignInDefaults.CookieScheme]));
        return endpoints;
    }

    private static IResult Start(string scheme, IOptions<SignInOptions> options, TimeProvider time)
    {
        var enabled = scheme switch
        {
            SignInDefaults.SlackScheme => options.Value.Slack.Enabled,
            SignInDefaults.EntraScheme => options.Value.Entra.Enabled,
            _ => false,
        };
        return enabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = DashboardKeys.Root }, [scheme])
            : DashboardLayout.NotFound(DashboardView.For(time.GetUtcNow(), null, TimeZoneInfo.Utc), "There is no such way to sign in here.");
    }
}
