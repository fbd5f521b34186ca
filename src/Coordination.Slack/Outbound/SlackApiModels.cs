using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Coordination.Slack.Outbound;

/// <summary>
/// The outcome of one Web API call. <see cref="Error"/> is Slack's error code (<c>not_in_channel</c>), or
/// <c>http_&lt;status&gt;</c>, <c>timeout</c>, <c>network</c> or <c>invalid_response</c> when Slack's answer never arrived
/// or could not be read.
/// </summary>
public sealed record SlackApiResult<T>(bool Ok, T? Value, string? Error, TimeSpan? RetryAfter, bool IsTransient);

/// <summary>Factories for <see cref="SlackApiResult{T}"/>.</summary>
public static class SlackApiResult
{
    public static SlackApiResult<T> Success<T>(T? value) => new(true, value, null, null, false);

    public static SlackApiResult<T> Failure<T>(string error, bool transient, TimeSpan? retryAfter = null) =>
        new(false, default, error, retryAfter, transient);
}

/// <summary>What <c>auth.test</c> says about the token: the bot's own user id is <see cref="UserId"/>.</summary>
public sealed record SlackAuthTest(
    string? Url,
    string? Team,
    string? TeamId,
    string? User,
    string? UserId,
    string? BotId,
    string? EnterpriseId,
    bool IsEnterpriseInstall);

/// <summary>
/// A Slack user from <c>users.info</c>; <see cref="TimeZone"/> is an IANA id such as <c>America/Los_Angeles</c>;
/// <see cref="IsAdmin"/> is any of Slack's <c>is_admin</c>, <c>is_owner</c> and <c>is_primary_owner</c>.
/// </summary>
public sealed record SlackUser(
    string Id,
    string? Name,
    string? RealName,
    string? DisplayName,
    string? TimeZone,
    bool IsBot,
    bool Deleted,
    bool IsAdmin = false);

/// <summary>A workspace installation from <c>oauth.v2.access</c>. <see cref="AccessToken"/> is a secret: never log it.</summary>
public sealed record SlackOAuthAccess(
    string AccessToken,
    string? BotUserId,
    string? TeamId,
    string? TeamName,
    string? EnterpriseId,
    string? Scope,
    string? AppId,
    string? InstallerUserId,
    bool IsEnterpriseInstall)
{
    public override string ToString() =>
        $"SlackOAuthAccess {{ TeamId = {TeamId}, EnterpriseId = {EnterpriseId}, BotUserId = {BotUserId}, AppId = {AppId}, Scope = {Scope} }}";
}

internal sealed record PostMessageRequest(string Channel, string Text, JsonArray? Blocks, string? ThreadTs);

internal sealed record PostEphemeralRequest(string Channel, string User, string Text, JsonArray? Blocks, string? ThreadTs);

internal sealed record UpdateMessageRequest(string Channel, string Ts, string Text, JsonArray? Blocks);

internal sealed record OpenConversationRequest(string Users);

internal sealed record OpenViewRequest(string TriggerId, JsonObject View);

internal sealed record PublishViewRequest(string UserId, JsonObject View);

internal sealed record CompleteUploadRequest(IReadOnlyList<CompleteUploadFile> Files, string ChannelId, string? ThreadTs);

internal sealed record CompleteUploadFile(string Id, string Title);

/// <summary>What <c>files.getUploadURLExternal</c> hands out: where to send a file's bytes, and the file's id.</summary>
internal sealed record SlackUploadTicket(Uri UploadUrl, string FileId);

/// <summary>The JSON conventions of the Web API, and small readers for its answers.</summary>
internal static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The string at <paramref name="path"/>, or <c>null</c> when any step is missing or not of that kind.</summary>
    public static string? Str(this JsonElement element, params ReadOnlySpan<string> path) =>
        Walk(element, path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static bool Flag(this JsonElement element, params ReadOnlySpan<string> path) =>
        Walk(element, path) is { ValueKind: JsonValueKind.True };

    /// <summary>The root object of <paramref name="body"/>, or <c>null</c> when the body is not a JSON object.</summary>
    public static JsonElement? ParseObject(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Walk(JsonElement element, ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }
}

/// <summary>Reads the typed values out of successful Web API answers.</summary>
internal static class SlackReaders
{
    public static SlackUser? User(JsonElement root) =>
        root.Str("user", "id") is not { } id ? null : new SlackUser(
            id,
            root.Str("user", "name"),
            root.Str("user", "real_name"),
            root.Str("user", "profile", "display_name"),
            root.Str("user", "tz"),
            root.Flag("user", "is_bot"),
            root.Flag("user", "deleted"),
            root.Flag("user", "is_admin") || root.Flag("user", "is_owner") || root.Flag("user", "is_primary_owner"));

    public static IReadOnlyList<string>? Members(JsonElement root) =>
        root.TryGetProperty("users", out var users) && users.ValueKind == JsonValueKind.Array
            ? [.. users.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.String).Select(u => u.GetString()!)]
            : null;

    /// <summary>The thread of the first message <c>conversations.replies</c> returns: its <c>thread_ts</c>, else its own <c>ts</c>.</summary>
    public static string? ThreadRoot(JsonElement root) =>
        root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array && messages.GetArrayLength() > 0
            ? messages[0].Str("thread_ts") ?? messages[0].Str("ts")
            : null;

    /// <summary>The upload URL and file id; <c>null</c> when either is missing or the URL is neither https nor loopback.</summary>
    public static SlackUploadTicket? UploadTicket(JsonElement root) =>
        root.Str("file_id") is { Length: > 0 } id && Uri.TryCreate(root.Str("upload_url"), UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
            ? new SlackUploadTicket(url, id)
            : null;

    public static SlackOAuthAccess? OAuthAccess(JsonElement root) =>
        root.Str("access_token") is not { } token ? null : new SlackOAuthAccess(
            token,
            root.Str("bot_user_id"),
            root.Str("team", "id"),
            root.Str("team", "name"),
            root.Str("enterprise", "id"),
            root.Str("scope"),
            root.Str("app_id"),
            root.Str("authed_user", "id"),
            root.Flag("is_enterprise_install"));
}
