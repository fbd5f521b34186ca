using Microsoft.Extensions.Logging;

namespace Coordination.Teams;

/// <summary>
/// The Teams adapter's log events, with stable ids: 100–199 inbound token validation (100–109 the token, 110–149 the
/// signing keys), 200–229 the outbound token, 230–259 the connector client, 260–299 outbound delivery. Never pass a token, a client secret or an Authorization header to any of these.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(100, LogLevel.Warning, "Inbound Teams token refused: {Reason}")]
    public static partial void InboundTokenRefused(ILogger logger, Inbound.TokenRefusal reason);

    [LoggerMessage(101, LogLevel.Warning, "Inbound Teams token refused: it failed validation ({Failure})")]
    public static partial void InboundTokenInvalid(ILogger logger, string failure);

    [LoggerMessage(110, LogLevel.Information, "Bot Framework signing keys fetched from {Url}: {Count} keys")]
    public static partial void KeysFetched(ILogger logger, Uri url, int count);

    [LoggerMessage(111, LogLevel.Warning, "Bot Framework key fetch from {Url} answered HTTP {Status}")]
    public static partial void KeysHttpError(ILogger logger, Uri url, int status);

    [LoggerMessage(112, LogLevel.Warning, "Bot Framework key fetch from {Url} did not answer within {Timeout}")]
    public static partial void KeysTimeout(ILogger logger, Uri url, TimeSpan timeout);

    [LoggerMessage(113, LogLevel.Warning, "Bot Framework key fetch from {Url} failed")]
    public static partial void KeysNetworkError(ILogger logger, Exception exception, Uri url);

    [LoggerMessage(114, LogLevel.Warning, "Bot Framework OpenID metadata at {Url} names no usable jwks_uri")]
    public static partial void MetadataUnusable(ILogger logger, Uri url);

    [LoggerMessage(115, LogLevel.Warning, "Bot Framework key set at {Url} holds no usable signing key")]
    public static partial void KeysUnusable(ILogger logger, Uri url);

    [LoggerMessage(116, LogLevel.Warning, "Bot Framework signing keys could not be refreshed; still using the {Count} fetched at {FetchedAt}")]
    public static partial void KeysKept(ILogger logger, int count, DateTimeOffset fetchedAt);

    [LoggerMessage(117, LogLevel.Debug, "Bot Framework key refresh skipped: the last attempt was {Since} ago (at least {Interval} between attempts)")]
    public static partial void KeyRefreshThrottled(ILogger logger, TimeSpan since, TimeSpan interval);

    [LoggerMessage(200, LogLevel.Debug, "Teams bot token acquired; it expires at {ExpiresAt}")]
    public static partial void TokenAcquired(ILogger logger, DateTimeOffset expiresAt);

    [LoggerMessage(201, LogLevel.Warning, "Teams bot token request answered HTTP {Status} ({Error} {ErrorCodes})")]
    public static partial void TokenRefused(ILogger logger, int status, string error, string errorCodes);

    [LoggerMessage(202, LogLevel.Warning, "Teams bot token endpoint did not answer within {Timeout}")]
    public static partial void TokenTimeout(ILogger logger, TimeSpan timeout);

    [LoggerMessage(203, LogLevel.Warning, "Teams bot token endpoint could not be reached")]
    public static partial void TokenNetworkError(ILogger logger, Exception exception);

    [LoggerMessage(204, LogLevel.Warning, "Teams bot token endpoint answered HTTP {Status} without a usable token ({ContentType}, {Length} chars)")]
    public static partial void TokenInvalidBody(ILogger logger, int status, string? contentType, int length);

    [LoggerMessage(205, LogLevel.Debug, "Teams bot token invalidated")]
    public static partial void TokenInvalidated(ILogger logger);

    [LoggerMessage(206, LogLevel.Error, "Teams bot token cannot be requested: Teams:AppId or Teams:AppPassword is not set")]
    public static partial void TokenNotConfigured(ILogger logger);

    [LoggerMessage(230, LogLevel.Debug, "Bot Connector {Operation} answered HTTP {Status} (operation id {OperationId})")]
    public static partial void ConnectorOk(ILogger logger, string operation, int status, string? operationId);

    [LoggerMessage(231, LogLevel.Warning, "Bot Connector {Operation} answered HTTP {Status} with {Error} ({Detail}); retry after {RetryAfter}; operation id {OperationId}")]
    public static partial void ConnectorHttpError(ILogger logger, string operation, int status, string error, string? detail, TimeSpan? retryAfter, string? operationId);

    [LoggerMessage(232, LogLevel.Warning, "Bot Connector {Operation} did not answer within {Timeout}")]
    public static partial void ConnectorTimeout(ILogger logger, string operation, TimeSpan timeout);

    [LoggerMessage(233, LogLevel.Warning, "Bot Connector {Operation} could not be reached")]
    public static partial void ConnectorNetworkError(ILogger logger, Exception exception, string operation);

    [LoggerMessage(234, LogLevel.Warning, "Bot Connector {Operation} answered HTTP {Status} with a body that names no id ({ContentType}, {Length} chars); operation id {OperationId}")]
    public static partial void ConnectorInvalidBody(ILogger logger, string operation, int status, string? contentType, int length, string? operationId);

    [LoggerMessage(235, LogLevel.Information, "Bot Connector {Operation} refused the bot token (operation id {OperationId}); trying once more with a fresh one")]
    public static partial void ConnectorTokenRefused(ILogger logger, string operation, string? operationId);

    [LoggerMessage(260, LogLevel.Debug, "Teams delivery to {Destination} in tenant {TenantId}: {Outcome}")]
    public static partial void Delivered(ILogger logger, string destination, string tenantId, string outcome);

    [LoggerMessage(261, LogLevel.Information, "Teams 1:1 conversation with {UserId} in tenant {TenantId} is gone; creating it again")]
    public static partial void DirectConversationGone(ILogger logger, string userId, string tenantId);
}
