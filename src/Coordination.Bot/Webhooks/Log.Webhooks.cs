namespace Coordination.Bot;

/// <summary>The outgoing webhooks' log events: one per delivery attempt, never with the secret.</summary>
internal static partial class Log
{
    [LoggerMessage(450, LogLevel.Information, "Webhook {EventType} {EventId} delivered to {EndpointKey} ({Url}) on attempt {Attempt} with HTTP {StatusCode}")]
    public static partial void WebhookDelivered(ILogger logger, string eventType, string eventId, string endpointKey, string url, int attempt, int statusCode);

    [LoggerMessage(451, LogLevel.Warning, "Webhook {EventType} {EventId} to {EndpointKey} ({Url}) failed on attempt {Attempt}: {Error}; next try at {RetryAt}")]
    public static partial void WebhookDeliveryFailed(ILogger logger, string eventType, string eventId, string endpointKey, string url, int attempt, string error, DateTimeOffset retryAt);

    [LoggerMessage(452, LogLevel.Warning, "Webhook endpoint {EndpointKey} ({Url}) disabled: every delivery failed since {FailingSince}; last error {Error}")]
    public static partial void WebhookEndpointDisabled(ILogger logger, string endpointKey, string url, DateTimeOffset failingSince, string error);

    [LoggerMessage(453, LogLevel.Error, "Webhook delivery pass failed; the next pass retries")]
    public static partial void WebhookPassFailed(ILogger logger, Exception exception);
}
