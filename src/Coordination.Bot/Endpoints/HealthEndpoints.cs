using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coordination.Bot.Endpoints;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>GET /healthz</c> and <c>GET /healthz/ready</c>: 200 with each check's state when the database and the
    /// scheduler are healthy, 503 otherwise (take the instance out of the load balancer). <c>GET /healthz/live</c>: 200
    /// while the process answers at all, whatever its dependencies (restart it only when this fails).
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var ready = new HealthCheckOptions { ResponseWriter = WriteAsync };
        endpoints.MapHealthChecks("/healthz", ready);
        endpoints.MapHealthChecks("/healthz/ready", ready);
        endpoints.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
