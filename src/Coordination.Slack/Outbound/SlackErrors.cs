using System.Collections.Frozen;

namespace Coordination.Slack.Outbound;

/// <summary>Which Slack error codes are worth retrying, and a short explanation of the ones a person must fix.</summary>
public static class SlackErrors
{
    private static readonly FrozenSet<string> TransientCodes = FrozenSet.ToFrozenSet(
        ["ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout", "timeout", "network", "invalid_response"],
        StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Explanations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["not_installed"] = "the app is not installed in this workspace",
        ["not_in_channel"] = "the bot is not a member of the channel; invite it with /invite",
        ["channel_not_found"] = "the channel does not exist or the bot cannot see it",
        ["is_archived"] = "the channel is archived",
        ["invalid_auth"] = "the bot token is not valid",
        ["not_authed"] = "no bot token was sent",
        ["account_inactive"] = "the bot's workspace or user has been deactivated",
        ["token_revoked"] = "the app was uninstalled or its token revoked",
        ["token_expired"] = "the bot token has expired",
        ["missing_scope"] = "the app lacks an OAuth scope it needs; reinstall it",
        ["msg_too_long"] = "the message is too long",
        ["msg_blocks_too_long"] = "the message layout is too long",
        ["invalid_blocks"] = "Slack rejected the message layout",
        ["no_text"] = "the message has no text",
        ["user_not_found"] = "no such user in this workspace",
        ["user_not_in_channel"] = "the person is not a member of the channel",
        ["cannot_dm_bot"] = "bots cannot receive direct messages",
        ["message_not_found"] = "the message to update no longer exists",
        ["cant_update_message"] = "the bot may only update its own messages",
        ["edit_window_closed"] = "the message is too old to edit",
        ["restricted_action"] = "the workspace does not allow the bot to post there",
        ["invalid_arguments"] = "Slack rejected the call's arguments",
        ["file_uploads_disabled"] = "the workspace does not allow file uploads",
        ["file_uploads_except_images_disabled"] = "the workspace allows only images to be uploaded",
        ["file_upload_size_restricted"] = "the file is larger than the workspace allows",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether a call that failed with <paramref name="error"/> may succeed when tried again later.</summary>
    public static bool IsTransient(string error) => TransientCodes.Contains(error);

    /// <summary>A short explanation for people reading the outbox or the logs.</summary>
    public static string Explain(string error) =>
        Explanations.TryGetValue(error, out var text) ? text
        : error.StartsWith("http_", StringComparison.Ordinal) ? "Slack answered with an unexpected HTTP status"
        : "Slack refused the request";

    /// <summary><c>code: explanation</c>, the form every refused delivery reports.</summary>
    public static string Describe(string error) => $"{error}: {Explain(error)}";
}
