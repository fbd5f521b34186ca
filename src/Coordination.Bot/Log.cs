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

    [LoggerMessage(14, LogLevel.Information, "Morning summaries: {Sent} sent")]
    public static partial void MorningSummariesSent(ILogger logger, int sent);

    [LoggerMessage(15, LogLevel.Debug, "The morning summary for {Person} on {Day} was already claimed (another instance, or turned off meanwhile)")]
    public static partial void MorningSummaryAlreadyClaimed(ILogger logger, string person, DateOnly day);

    [LoggerMessage(20, LogLevel.Debug, "Delivered outbox message {MessageId} via {Platform}")]
    public static partial void MessageDelivered(ILogger logger, Guid messageId, ChatPlatform platform);

    [LoggerMessage(21, LogLevel.Warning, "Delivery of outbox message {MessageId} via {Platform} failed (attempt {Attempt}): {Error}; retrying at {RetryAt}")]
    public static partial void DeliveryFailed(ILogger logger, Guid messageId, ChatPlatform platform, int attempt, string error, DateTimeOffset retryAt);

    [LoggerMessage(22, LogLevel.Error, "Outbox message {MessageId} via {Platform} parked after {Attempts} attempts: {Error}")]
    public static partial void MessageParked(ILogger logger, Guid messageId, ChatPlatform platform, int attempts, string error);

    [LoggerMessage(23, LogLevel.Error, "No chat channel is configured for platform {Platform}; outbox message {MessageId} parked")]
    public static partial void NoChannel(ILogger logger, ChatPlatform platform, Guid messageId);

    [LoggerMessage(24, LogLevel.Information, "Outbox message {MessageId} via {Platform} dropped: {Reason}")]
    public static partial void MessageDropped(ILogger logger, Guid messageId, ChatPlatform platform, string reason);

    [LoggerMessage(25, LogLevel.Warning, "Another instance took over conversation {Conversation} before this one had finished; it stops sending there")]
    public static partial void LeaseLost(ILogger logger, string conversation);

    [LoggerMessage(27, LogLevel.Warning, "Shutting down cut a send into conversation {Conversation} short; its message stays queued and the conversation is released for another instance")]
    public static partial void DeliveryCutShort(ILogger logger, string conversation);

    [LoggerMessage(26, LogLevel.Warning, "Listening for outbox notifications from PostgreSQL failed; reconnecting in {Delay}")]
    public static partial void OutboxListenFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(30, LogLevel.Information, "{Platform} command {Command} from {Actor}: {Outcome}")]
    public static partial void CommandHandled(ILogger logger, ChatPlatform platform, string command, string actor, string outcome);

    [LoggerMessage(31, LogLevel.Information, "Concurrent change while handling {Command}; retrying (try {Try})")]
    public static partial void CommandConflict(ILogger logger, string command, int @try);

    [LoggerMessage(33, LogLevel.Information, "A batch of {Count} asks met a concurrent change; recording each on its own")]
    public static partial void AskBatchConflict(ILogger logger, int count);

    [LoggerMessage(32, LogLevel.Warning, "Gave up on {Command} after repeated concurrent changes; the sender was asked to retry")]
    public static partial void CommandGaveUp(ILogger logger, Exception exception, string command);

    [LoggerMessage(40, LogLevel.Error, "A {Job} run failed; the next run will retry")]
    public static partial void JobFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(50, LogLevel.Information, "Local channel: {Destination}: {Text}")]
    public static partial void LocalMessage(ILogger logger, string destination, string text);

    [LoggerMessage(60, LogLevel.Warning, "{Platform} event {EventId} failed (attempt {Attempt}); it will be retried or parked")]
    public static partial void InboundEventFailed(ILogger logger, Exception exception, ChatPlatform platform, string eventId, int attempt);

    [LoggerMessage(61, LogLevel.Error, "Processing received event {Id} failed; the recovery job will retry it")]
    public static partial void InboundQueueFailed(ILogger logger, Exception exception, Guid id);

    [LoggerMessage(62, LogLevel.Debug, "{Platform} event {EventId} was already received (retry {Retry}); acknowledged, not acted on again")]
    public static partial void DuplicateEvent(ILogger logger, ChatPlatform platform, string eventId, string? retry);

    [LoggerMessage(78, LogLevel.Warning, "Could not read the members of Slack user group {Group} in team {TeamId}: {Error}")]
    public static partial void SlackUserGroupFailed(ILogger logger, string group, string teamId, string? error);

    [LoggerMessage(90, LogLevel.Warning, "Refused a Teams activity whose token does not vouch for it (channel {ChannelId}, or another service URL)")]
    public static partial void TeamsActivityRefused(ILogger logger, string? channelId);

    [LoggerMessage(70, LogLevel.Warning, "Rejected a Slack request to {Path}: {Reason}")]
    public static partial void SlackRequestRejected(ILogger logger, string path, string reason);

    [LoggerMessage(71, LogLevel.Information, "Slack bot token works: team {Team} ({TeamId}), bot user {BotUserId}")]
    public static partial void SlackAuthenticated(ILogger logger, string? team, string? teamId, string? botUserId);

    [LoggerMessage(72, LogLevel.Error, "Slack rejected the configured bot token at start: {Error}. Check Slack:BotToken")]
    public static partial void SlackAuthFailed(ILogger logger, string? error);

    [LoggerMessage(73, LogLevel.Warning, "A Slack command took longer than the acknowledgement budget; its reply goes to the response URL")]
    public static partial void SlackCommandLate(ILogger logger);

    [LoggerMessage(74, LogLevel.Warning, "Could not look up Slack user {UserId} in team {TeamId}: {Error}")]
    public static partial void SlackProfileFailed(ILogger logger, string userId, string teamId, string? error);

    [LoggerMessage(75, LogLevel.Information, "Coordination installed in Slack team {TeamId} ({TeamName}) by {User}")]
    public static partial void SlackInstalled(ILogger logger, string teamId, string? teamName, string? user);

    [LoggerMessage(76, LogLevel.Warning, "A Slack install did not complete: {Reason}")]
    public static partial void SlackInstallFailed(ILogger logger, string reason);

    [LoggerMessage(77, LogLevel.Warning, "A late Slack command failed or its reply could not be sent to the response URL")]
    public static partial void SlackLateReplyFailed(ILogger logger, Exception exception);

    [LoggerMessage(79, LogLevel.Warning, "Could not open the {Form} form in Slack team {TeamId}: {Error}")]
    public static partial void SlackFormFailed(ILogger logger, string form, string teamId, string? error);

    [LoggerMessage(100, LogLevel.Information, "Posted the weekly digest of {Platform} workspace {Workspace} for {Week}")]
    public static partial void DigestPosted(ILogger logger, ChatPlatform platform, string workspace, string week);

    [LoggerMessage(101, LogLevel.Information, "The weekly digest of {Platform} workspace {Workspace} for {Week} was posted by another instance")]
    public static partial void DigestAlreadyPosted(ILogger logger, ChatPlatform platform, string workspace, string week);

    [LoggerMessage(130, LogLevel.Warning, "The Data Protection key ring is stored unencrypted in the database; set {Key} to a certificate (.pfx) to protect it")]
    public static partial void KeyRingUnprotected(ILogger logger, string key);

    [LoggerMessage(131, LogLevel.Information, "{Method} {Path} answered {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void RequestAnswered(ILogger logger, string method, string path, int statusCode, long elapsedMilliseconds);

    [LoggerMessage(132, LogLevel.Information, "Refused {Method} {Path} to the web pages: {Reason}")]
    public static partial void WebRequestRefused(ILogger logger, string method, string path, string reason);

    [LoggerMessage(160, LogLevel.Warning, "A Slack request to {Path} was sent again within its signature's lifetime; answered without acting on it")]
    public static partial void SlackRequestReplayed(ILogger logger, string path);

    [LoggerMessage(161, LogLevel.Warning, "Slack says the bot token of {WorkspaceId} no longer works ({Event}): its token is deleted and {Parked} pending messages parked")]
    public static partial void SlackUninstalled(ILogger logger, string workspaceId, string? @event, int parked);

    [LoggerMessage(141, LogLevel.Warning, "Refused {Actor}'s {Action} for {Subject} in {Workspace}: not that person, their lead or a workspace admin")]
    public static partial void ActOnOtherRefused(ILogger logger, string actor, string action, string subject, string workspace);
    [LoggerMessage(170, LogLevel.Debug, "A Slack Socket Mode {Type} envelope carried nothing the bot acts on; acknowledged")]
    public static partial void SlackSocketEnvelopeIgnored(ILogger logger, string type);

    [LoggerMessage(171, LogLevel.Information, "A Slack Socket Mode {Type} envelope was delivered again (retry {Retry}); acknowledged, not acted on again")]
    public static partial void SlackSocketEnvelopeRepeated(ILogger logger, string type, int retry);

    [LoggerMessage(230, LogLevel.Warning, "Could not find the thread of Slack message {Ts} in {Channel} of team {TeamId} for a reaction: {Error}")]
    public static partial void SlackReactionThreadUnknown(ILogger logger, string ts, string channel, string teamId, string? error);
}
