using Microsoft.Extensions.Logging;

namespace Coordination.Slack;

/// <summary>
/// The Slack adapter's log events, with stable ids: 100–149 the Web API client, 150–199 outbound delivery, 200–219 Socket Mode.
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
    [LoggerMessage(200, LogLevel.Information, "Slack Socket Mode connection {Slot} open to {Host}")]
    public static partial void SocketConnected(ILogger logger, int slot, string host);

    [LoggerMessage(201, LogLevel.Warning, "Slack Socket Mode connection {Slot} could not be opened: {Error}; retrying with backoff")]
    public static partial void SocketOpenFailed(ILogger logger, int slot, string error);

    [LoggerMessage(202, LogLevel.Debug, "Slack Socket Mode said hello")]
    public static partial void SocketHello(ILogger logger);

    [LoggerMessage(203, LogLevel.Information, "Slack Socket Mode asked to disconnect ({Reason})")]
    public static partial void SocketDisconnectRequested(ILogger logger, string reason);

    [LoggerMessage(204, LogLevel.Warning, "Slack Socket Mode connection ended: {Error}")]
    public static partial void SocketReadFailed(ILogger logger, string error);

    [LoggerMessage(205, LogLevel.Warning, "Slack Socket Mode sent a frame that is not JSON with a type ({Length} bytes)")]
    public static partial void SocketFrameUnreadable(ILogger logger, int length);

    [LoggerMessage(206, LogLevel.Debug, "Slack Socket Mode frame of type {Type} ignored")]
    public static partial void SocketFrameIgnored(ILogger logger, string type);

    [LoggerMessage(207, LogLevel.Error, "Slack Socket Mode {Type} envelope {EnvelopeId} failed; not acknowledged, so Slack sends it again")]
    public static partial void SocketEnvelopeFailed(ILogger logger, Exception exception, string type, string envelopeId);

    [LoggerMessage(208, LogLevel.Error, "Slack Socket Mode is switched off in the app's settings (link_disabled); connection {Slot} stops")]
    public static partial void SocketModeSwitchedOff(ILogger logger, int slot);
}
