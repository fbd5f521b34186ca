using Coordination.Bot.Web.Dashboard;
using Coordination.Bot.Web.SignIn;

namespace Coordination.Bot.Web;

/// <summary>
/// The coordination dashboard at <c>/dashboard</c>, every route behind <see cref="DashboardAccess.RequireDashboardAccess"/>:
/// <list type="bullet">
/// <item><c>GET /dashboard</c>: the workspaces, or straight to the only one.</item>
/// <item><c>GET /dashboard/{workspace}</c> (<c>?show=stalled|escalated</c>): figures, chart, open requests, decisions, recently closed.</item>
/// <item><c>GET /dashboard/{workspace}/people</c>: per-person figures (a member: their own and their reports').</item>
/// <item><c>GET /dashboard/{workspace}/chart.png</c>: the digest's 8-week chart.</item>
/// <item><c>GET /dashboard/{workspace}/requests/{number}</c>: the request's evidence page (its paper trail), printable.</item>
/// <item><c>GET /dashboard/{workspace}/requests/{number}/evidence.csv</c>: the same as CSV.</item>
/// <item><c>GET /dashboard/assets/dashboard.css</c>, <c>…/dashboard.js</c>: the pages' own style and script.</item>
/// </list>
/// <c>{workspace}</c> is the workspace's id; <c>{number}</c> is <c>12</c> or <c>CR-12</c>. Each page takes <c>?tz=</c> (an IANA zone).
/// </summary>
public static class DashboardEndpoints
{
    /// <summary>Pages that show one workspace's requests: kept off caches and other sites' frames, and leaking no address.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        var dashboard = endpoints.MapGroup(DashboardKeys.Root).RequireDashboardAccess().AddEndpointFilter(async (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            return await next(context);
        });

        dashboard.MapGet("/", (DashboardPages pages, string? tz, CancellationToken cancellationToken) => pages.IndexAsync(tz, cancellationToken));
        dashboard.MapGet("/assets/dashboard.css", DashboardAssets.Css);
        dashboard.MapGet("/assets/dashboard.js", DashboardAssets.Js);
        dashboard.MapGet("/{workspace}", (DashboardPages pages, string workspace, string? tz, string? show, CancellationToken cancellationToken) =>
            pages.WorkspaceAsync(workspace, tz, show, cancellationToken));
        dashboard.MapGet("/{workspace}/people", PeopleFiguresPage.GetAsync);
        dashboard.MapGet("/{workspace}/chart.png", (DashboardPages pages, string workspace, CancellationToken cancellationToken) =>
            pages.ChartAsync(workspace, cancellationToken));
        dashboard.MapGet("/{workspace}/requests/{number}", (DashboardPages pages, string workspace, string number, string? tz, CancellationToken cancellationToken) =>
            pages.RequestAsync(workspace, number, tz, cancellationToken));
        dashboard.MapGet("/{workspace}/requests/{number}/evidence.csv", (DashboardPages pages, string workspace, string number, string? tz, CancellationToken cancellationToken) =>
            pages.EvidenceCsvAsync(workspace, number, tz, cancellationToken));
        return endpoints;
    }
}
