using Coordination.Bot.Web.Dashboard;
using Coordination.Core.Chat;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web.SignIn;

/// <summary>
/// The sign-in's pages, in the dashboard's frame. Stable hooks: <c>a.sign-in[data-provider="slack|entra"]</c>,
/// <c>#sign-in-failed</c>, <c>#not-installed</c>, <c>form.sign-out</c>.
/// </summary>
public static class SignInPages
{
    public static IResult ToSignIn() => Results.Redirect(SignInDefaults.Root);

    /// <summary>The providers configured, or who is signed in.</summary>
    public static IResult Choose(HttpContext http, IOptions<SignInOptions> options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Value.Enabled)
        {
            return Page(http, "Not found", new HtmlWriter().Append($"<h1>Not found</h1>\n<p>Sign-in is not set up here.</p>\n").ToMarkup(), StatusCodes.Status404NotFound);
        }

        var html = new HtmlWriter().Append($"<h1>Sign in</h1>\n<p>Sign in to see your own workspace's coordination dashboard.</p>\n<ul>\n");
        if (options.Value.Slack.Enabled)
        {
            html.Append($"<li><a class=\"sign-in\" data-provider=\"slack\" href=\"{SignInDefaults.StartPath(SignInDefaults.SlackScheme)}\">Sign in with Slack</a></li>\n");
        }

        if (options.Value.Entra.Enabled)
        {
            html.Append($"<li><a class=\"sign-in\" data-provider=\"entra\" href=\"{SignInDefaults.StartPath(SignInDefaults.EntraScheme)}\">Sign in with Microsoft (Teams)</a></li>\n");
        }

        return Page(http, "Sign in", html.Append($"</ul>\n").ToMarkup(), StatusCodes.Status200OK);
    }

    /// <summary>A callback that did not hold: unknown or replayed state, a bad token, a refusal at the provider.</summary>
    public static Task FailedAsync(HttpContext http) => Page(http, "Sign-in failed", new HtmlWriter().Append($"""
        <h1 id="sign-in-failed">Sign-in did not complete</h1>
        <p>The answer from the sign-in provider could not be accepted (it may have expired or been used already).</p>
        <p><a href="{SignInDefaults.Root}">Try again</a>.</p>

        """).ToMarkup(), StatusCodes.Status400BadRequest).ExecuteAsync(http);

    /// <summary>A signed-in person whose Slack workspace or Teams tenant the bot does not know.</summary>
    public static IResult NotInstalled(HttpContext http, SignInClaims who)
    {
        ArgumentNullException.ThrowIfNull(who);
        var where = who.Platform == ChatPlatform.Teams ? "your Microsoft Teams organisation" : "your Slack workspace";
        return Page(http, "Not installed here", new HtmlWriter().Append($"""
            <h1 id="not-installed">Coordination is not installed here</h1>
            <p>You are signed in, but Coordination is not installed in {where}, so there is no dashboard to show you.</p>
            <p>Ask an admin of {where} to add the Coordination app, then come back.</p>
            {SignOutForm()}
            """).ToMarkup(), StatusCodes.Status403Forbidden);
    }

    public static Markup SignOutForm() =>
        new HtmlWriter().Append($"<form class=\"sign-out\" method=\"post\" action=\"{SignInDefaults.SignOutPath}\"><button type=\"submit\">Sign out</button></form>\n").ToMarkup();

    private static IResult Page(HttpContext http, string title, Markup main, int status)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        var view = DashboardView.For(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), null, TimeZoneInfo.Utc);
        return DashboardLayout.Html(DashboardLayout.Page(title, view, [], main), status);
    }
}
