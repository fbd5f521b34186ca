using Coordination.Bot.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Coordination.Bot.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="CoordinationTelemetry"/> always (counting costs nothing while nobody listens); the OpenTelemetry SDK
    /// only when something exports: metrics for Prometheus when <c>Telemetry:Prometheus</c> is on, metrics and traces
    /// (ASP.NET Core, HttpClient, Npgsql and the bot's own) by OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </summary>
    public static IServiceCollection AddCoordinationTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = services.AddBoundOptions<TelemetryOptions, TelemetryOptionsValidator>(configuration, TelemetryOptions.SectionName);
        services.AddMetrics();
        var otlp = !string.IsNullOrWhiteSpace(configuration[TelemetryOptions.OtlpEndpointKey]);
        var exports = options.Prometheus || otlp;
        services.TryAddSingleton<OutboxGauge>();
        services.TryAddSingleton(sp =>
        {
            var telemetry = new CoordinationTelemetry(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());

            // The outbox gauges read the database: only where something collects them (and so only this instance's).
            if (exports)
            {
                telemetry.ObserveOutbox(sp.GetRequiredService<OutboxGauge>().Read);
            }

            return telemetry;
        });

        if (!exports)
        {
            return services;
        }

        var builder = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(string.IsNullOrWhiteSpace(options.ServiceName) ? "coordination-bot" : options.ServiceName))
            .WithMetrics(metrics => Metrics(metrics, options.Prometheus));
        if (otlp)
        {
            builder.WithTracing(Tracing).UseOtlpExporter();
        }

        return services;
    }

    private static void Metrics(MeterProviderBuilder metrics, bool prometheus)
    {
        metrics
            .AddMeter(CoordinationTelemetry.Name)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddNpgsqlInstrumentation()
            // Resolving the telemetry with the provider registers the outbox gauges before the first collection.
            .AddInstrumentation(sp => sp.GetRequiredService<CoordinationTelemetry>());
        if (prometheus)
        {
            metrics.AddPrometheusExporter();
        }
    }

    private static void Tracing(TracerProviderBuilder tracing) => tracing
        .AddSource(CoordinationTelemetry.Name)
        .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz") && !http.Request.Path.StartsWithSegments("/metrics"))
        .AddHttpClientInstrumentation()
        .AddNpgsql();
}
