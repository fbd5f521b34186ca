namespace Coordination.Bot.Web;

/// <summary>The coordination dashboard at <c>/dashboard</c>.</summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dashboard", () => Results.Content("<!doctype html><title>Coordination dashboard</title><p>The dashboard is coming.</p>", "text/html; charset=utf-8")).RequireWebAccess();
        return endpoints;
    }
}
