using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web.SignIn;

/// <summary>
/// Who may open the dashboard. With no sign-in configured: exactly <see cref="WebAccess"/> (this machine, or the admin
/// token), seeing everything. With sign-in: a signed-in member sees their workspace; the admin token, if set, still
/// sees everything; anyone else is sent to sign in (this machine included, since behind a proxy every visitor is).
/// </summary>
public static class DashboardAccess
{
    public static TBuilder RequireDashboardAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(AccessAsync).AddEndpointFilter(DashboardScope.ScopeAsync);

    private static async ValueTask<object?> AccessAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        if (!services.GetRequiredService<IOptions<SignInOptions>>().Value.Enabled)
        {
            DashboardViewer.Everything.Attach(http);
            return await WebAccess.CheckAsync(context, next);
        }

        if (DashboardScope.IsAsset(http.Request.Path))
        {
            return await next(context);
        }

        var session = await http.AuthenticateAsync(SignInDefaults.CookieScheme);
        if (SignInClaims.From(session.Principal) is { } who)
        {
            return await SignedInAsync(context, next, who, session.Principal!);
        }

        if (string.IsNullOrWhiteSpace(services.GetRequiredService<IOptions<WebOptions>>().Value.AdminToken))
        {
            return SignInPages.ToSignIn();
        }

        DashboardViewer.Everything.Attach(http);
        var outcome = await WebAccess.CheckAsync(context, next);
        return outcome is IStatusCodeHttpResult { StatusCode: StatusCodes.Status401Unauthorized } ? SignInPages.ToSignIn() : outcome;
    }

    private static async ValueTask<object?> SignedInAsync(
        EndpointFilterInvocationContext context, EndpointFilterDelegate next, SignInClaims who, System.Security.Claims.ClaimsPrincipal principal)
    {
        var http = context.HttpContext;
        if (await http.RequestServices.GetRequiredService<DashboardViewers>().ForAsync(who, http.RequestAborted) is not { } viewer)
        {
            Log.SignInNotInstalled(http.RequestServices.GetRequiredService<ILogger<SignInOptions>>(), who.Platform);
            return SignInPages.NotInstalled(http, who);
        }

        http.User = principal;
        viewer.Attach(http);
        return await next(context);
    }
}
