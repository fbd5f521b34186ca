using Coordination.Bot.Web;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Telemetry;

public static class TelemetryEndpoints
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// <c>GET /metrics</c> in Prometheus text, only when <c>Telemetry:Prometheus</c> is on, and only for whoever the web
    /// access rule admits (this machine, or the admin token), exactly as the dashboard.
    /// </summary>
    public static IEndpointRouteBuilder MapTelemetry(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ServiceProvider.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus)
        {
            // The exporter's endpoint is a plain request pipeline, which endpoint filters do not reach: check in the pipeline.
            app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(RequireWebAccessAsync), optionsName: null);
        }

        return app;
    }

    private static async Task RequireWebAccessAsync(HttpContext http, RequestDelegate next)
    {
        var outcome = await WebAccess.CheckAsync(new DefaultEndpointFilterInvocationContext(http), _ => ValueTask.FromResult<object?>(null));
        if (outcome is IResult refusal)
        {
            await refusal.ExecuteAsync(http);
            return;
        }

        await next(http);
    }
}
