namespace Coordination.Bot;

/// <summary>The telemetry's log events.</summary>
internal static partial class Log
{
    [LoggerMessage(170, LogLevel.Warning, "Could not read the outbox for the telemetry gauges")]
    public static partial void OutboxGaugeUnreadable(ILogger logger, Exception exception);
}
