using Coordination.Bot.Web.Dashboard;

namespace Coordination.Bot.Web.SignIn;

/// <summary>
/// Keeps a member to their own workspace: any address naming another workspace answers as if it did not exist, and
/// the list of workspaces goes straight to theirs. Every page then reads only the workspace its address names.
/// </summary>
public static class DashboardScope
{
    public static async ValueTask<object?> ScopeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var viewer = DashboardViewer.Of(http);
        if (viewer.SeesEverything || IsAsset(http.Request.Path))
        {
            return await next(context);
        }

        if (http.GetRouteValue("workspace") is string key)
        {
            return Guid.TryParse(key, out var id) && viewer.MaySee(id) ? await next(context) : NoSuchWorkspace(http);
        }

        return Results.Redirect(DashboardKeys.WorkspacePath(viewer.WorkspaceId!.Value.ToString("D")));
    }

    internal static bool IsAsset(PathString path) => path.StartsWithSegments(DashboardKeys.Root + "/assets", StringComparison.Ordinal);

    /// <summary>The same page an unknown workspace gets, so another workspace's id tells nothing.</summary>
    private static IResult NoSuchWorkspace(HttpContext http) =>
        DashboardLayout.NotFound(DashboardView.For(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), null, TimeZoneInfo.Utc), "There is no such workspace here.");
}
