using Coordination.Core.Chat;

namespace Coordination.Bot;

/// <summary>The host's log events that matter, with stable ids.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Coordination started with database provider {Provider}; chat channels configured: {Channels}")]
    public static partial void Started(ILogger logger, string provider, string channels);

    [LoggerMessage(10, LogLevel.Information, "Follow-up sweep processed {Count} due stakeholders: {Nudges} nudges, {Escalations} escalations")]
    public static partial void SweepCompleted(ILogger logger, int count, int nudges, int escalations);

    [LoggerMessage(11, LogLevel.Debug, "Nudged {Stakeholder} on {RequestKey} (attempt {Attempt})")]
    public static partial void NudgeQueued(ILogger logger, string stakeholder, string requestKey, int attempt);

    [LoggerMessage(12, LogLevel.Warning, "Escalated {RequestKey}: {Stakeholder} did not answer after {Attempts} attempts; told {Target}")]
    public static partial void StakeholderEscalated(ILogger logger, string requestKey, string stakeholder, int attempts, string target);

    [LoggerMessage(13, LogLevel.Information, "Concurrent change on due stakeholders; retrying the batch")]
    public static partial void SweepConflict(ILogger logger);

    [LoggerMessage(20, LogLevel.Debug, "Delivered outbox message {MessageId} via {Platform}")]
    public static partial void MessageDelivered(ILogger logger, Guid messageId, ChatPlatform platform);

    [LoggerMessage(21, LogLevel.Warning, "Delivery of outbox message {MessageId} via {Platform} failed (attempt {Attempt}): {Error}; retrying at {RetryAt}")]
    public static partial void DeliveryFailed(ILogger logger, Guid messageId, ChatPlatform platform, int attempt, string error, DateTimeOffset retryAt);

    [LoggerMessage(22, LogLevel.Error, "Outbox message {MessageId} via {Platform} parked after {Attempts} attempts: {Error}")]
    public static partial void MessageParked(ILogger logger, Guid messageId, ChatPlatform platform, int attempts, string error);

    [LoggerMessage(23, LogLevel.Error, "No chat channel is configured for platform {Platform}; outbox message {MessageId} parked")]
    public static partial void NoChannel(ILogger logger, ChatPlatform platform, Guid messageId);

    [LoggerMessage(30, LogLevel.Information, "{Platform} command {Command} from {Actor}: {Outcome}")]
    public static partial void CommandHandled(ILogger logger, ChatPlatform platform, string command, string actor, string outcome);

    [LoggerMessage(31, LogLevel.Information, "Concurrent change while handling {Command}; retrying (try {Try})")]
    public static partial void CommandConflict(ILogger logger, string command, int @try);

    [LoggerMessage(40, LogLevel.Error, "A {Job} run failed; the next run will retry")]
    public static partial void JobFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(50, LogLevel.Information, "Local channel: {Destination}: {Text}")]
    public static partial void LocalMessage(ILogger logger, string destination, string text);
}
