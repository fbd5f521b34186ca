using Microsoft.Extensions.Logging;

namespace Coordination.Slack;

/// <summary>
/// The Slack adapter's log events, with stable ids: 100–149 the Web API client, 150–199 outbound delivery.
/// Never pass a token, a client secret or an OAuth code to any of these.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(100, LogLevel.Warning, "Slack {Method} answered ok:false with {Error} {Messages}")]
    public static partial void ApiError(ILogger logger, string method, string error, string messages);

    [LoggerMessage(101, LogLevel.Warning, "Slack {Method} answered HTTP {Status} ({Error}); retry after {RetryAfter}")]
    public static partial void ApiHttpError(ILogger logger, string method, int status, string error, TimeSpan? retryAfter);

    [LoggerMessage(102, LogLevel.Warning, "Slack {Method} did not answer within {Timeout}")]
    public static partial void ApiTimeout(ILogger logger, string method, TimeSpan timeout);

    [LoggerMessage(103, LogLevel.Warning, "Slack {Method} could not be reached")]
    public static partial void ApiNetworkError(ILogger logger, Exception exception, string method);

    [LoggerMessage(104, LogLevel.Warning, "Slack {Method} answered HTTP {Status} with a body that is not a JSON object ({ContentType}, {Length} chars)")]
    public static partial void ApiInvalidBody(ILogger logger, string method, int status, string? contentType, int length);

    [LoggerMessage(150, LogLevel.Debug, "Slack delivery to {Destination} in team {TeamId}: {Outcome}")]
    public static partial void Delivered(ILogger logger, string destination, string teamId, string outcome);

    [LoggerMessage(151, LogLevel.Warning, "Slack message to {Destination} in team {TeamId} was delivered, but its file {FileName} was not shared: {Error}")]
    public static partial void FileNotShared(ILogger logger, string fileName, string destination, string teamId, string error);
}
