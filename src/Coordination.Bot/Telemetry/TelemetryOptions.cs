namespace Coordination.Bot.Telemetry;

/// <summary>
/// Metrics and traces. OTLP export is switched by OpenTelemetry's own <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (and the other
/// <c>OTEL_*</c> variables); this section turns on the Prometheus scrape endpoint and names the service.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The environment variable whose presence turns on OTLP export.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Serve the metrics as Prometheus text at <c>/metrics</c>, behind the web access rule (off by default).</summary>
    public bool Prometheus { get; set; }

    /// <summary>The <c>service.name</c> resource attribute on every metric and span.</summary>
    public string ServiceName { get; set; } = "coordination-bot";
}
