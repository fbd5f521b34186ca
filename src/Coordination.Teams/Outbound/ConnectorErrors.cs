using System.Collections.Frozen;
using System.Net;
using System.Text.Json;

namespace Coordination.Teams.Outbound;

/// <summary>An error as the Bot Connector names it: its code and, when it gave one, its message.</summary>
public sealed record ConnectorError(string Code, string? Message);

/// <summary>
/// Reads the Bot Connector's error bodies, says which HTTP statuses are worth retrying, and explains the codes a person
/// must act on. Every refused delivery reports <c>code: explanation</c>, the code first.
/// </summary>
public static class ConnectorErrors
{
    public const string Timeout = "Timeout";
    public const string NetworkError = "NetworkError";
    public const string InvalidResponse = "InvalidResponse";
    public const string NotConfigured = "NotConfigured";
    public const string NoServiceUrl = "NoServiceUrl";
    public const string InvalidDestination = "InvalidDestination";
    public const string BotNotInConversationRoster = "BotNotInConversationRoster";
    public const string ConversationBlockedByUser = "ConversationBlockedByUser";
    public const string MessageWritesBlocked = "MessageWritesBlocked";
    public const string ConversationNotFound = "ConversationNotFound";

    private static readonly FrozenDictionary<string, string> Explanations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [BotNotInConversationRoster] = "the bot is not in the person's roster (the app is not installed for them, or it was removed)",
        [ConversationBlockedByUser] = "the person has blocked the bot",
        [MessageWritesBlocked] = "the conversation is blocked from the bot's messages (the person blocked or uninstalled the app)",
        ["BotDisabledByAdmin"] = "a tenant admin has blocked the bot",
        [ConversationNotFound] = "the conversation no longer exists",
        ["BadSyntax"] = "the Bot Connector could not read the request",
        ["BadArgument"] = "the Bot Connector rejected the request's arguments",
        ["MessageSizeTooBig"] = "the message is too big",
        ["RequestEntityTooLarge"] = "the message is too big",
        ["Unauthorized"] = "the Bot Connector refused the bot's token (check Teams:AppId, Teams:TenantId and that the Teams channel is enabled on the Azure Bot)",
        ["BotNotRegistered"] = "the bot is not registered with the Bot Connector",
        ["Forbidden"] = "the Bot Connector does not let the bot post there",
        ["NotFound"] = "the conversation or message does not exist",
        ["invalid_client"] = "the identity platform refused the bot's credentials (check Teams:AppId, Teams:AppPassword and Teams:TenantId)",
        ["unauthorized_client"] = "the identity platform does not know the bot's app id in that tenant (check Teams:AppId and Teams:TenantId)",
        ["invalid_request"] = "the identity platform could not read the token request",
        ["invalid_scope"] = "the identity platform refused the Bot Framework scope",
        ["Throttled"] = "Teams is throttling the bot",
        ["TooManyRequests"] = "Teams is throttling the bot",
        ["PreconditionFailed"] = "another operation on the conversation was in progress",
        ["BadGateway"] = "the Bot Connector failed to reach Teams",
        ["GatewayTimeout"] = "the Bot Connector timed out reaching Teams",
        ["ServiceUnavailable"] = "the Bot Connector is unavailable",
        ["InternalServerError"] = "the Bot Connector failed",
        ["temporarily_unavailable"] = "the identity platform is temporarily unavailable",
        [NotConfigured] = "Teams:AppId or Teams:AppPassword is not set",
        [NoServiceUrl] = "the bot has not heard from this tenant or conversation yet, so it does not know where to send",
        [InvalidDestination] = "Teams cannot deliver to that destination",
        [Timeout] = "the Bot Connector did not answer in time",
        [NetworkError] = "the Bot Connector could not be reached",
        [InvalidResponse] = "the Bot Connector's answer could not be read",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Whether a call that ended in <paramref name="status"/> may succeed later: 408, 412 (concurrent operations on the
    /// conversation), 429 (throttled), 502, 504 and every other 5xx.
    /// </summary>
    public static bool IsTransientStatus(int status) => status is 408 or 412 or 429 || status >= 500;

    /// <summary>
    /// The code and message in an error body, whichever shape it has: <c>{"error":{"code","message"}}</c>,
    /// Teams' <c>{"errorCode":209,"message":"{\"subCode\":…,\"details\":…}"}</c> (JSON inside a string), or a bare
    /// <c>{"message":…}</c> (the code is then the status's name, e.g. <c>Unauthorized</c>).
    /// </summary>
    public static ConnectorError Parse(int status, string? body)
    {
        var fallback = StatusCode(status);
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ConnectorError(fallback, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ConnectorError(fallback, null);
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return new ConnectorError(NonEmpty(Str(error, "code")) ?? fallback, NonEmpty(Str(error, "message")));
            }

            var message = NonEmpty(Str(root, "message"));
            if (message is not null && Nested(message) is { } nested)
            {
                return nested with { Code = nested.Code.Length > 0 ? nested.Code : fallback };
            }

            return new ConnectorError(NonEmpty(Str(root, "code")) ?? fallback, message);
        }
        catch (JsonException)
        {
            return new ConnectorError(fallback, null);
        }
    }

    /// <summary>A short explanation for people reading the outbox or the logs, else the connector's own message.</summary>
    public static string Explain(string code, string? detail = null) =>
        Explanations.TryGetValue(code, out var text) ? text
        : !string.IsNullOrWhiteSpace(detail) ? detail.Trim()
        : code.StartsWith("http_", StringComparison.Ordinal) ? "the Bot Connector answered with an unexpected HTTP status"
        : "the Bot Connector refused the request";

    /// <summary><c>code: explanation</c>, the form every refused delivery reports.</summary>
    public static string Describe(string code, string? detail = null) => $"{code}: {Explain(code, detail)}";

    /// <summary>The name of an HTTP status (<c>Forbidden</c>, <c>TooManyRequests</c>), or <c>http_NNN</c> for one without.</summary>
    public static string StatusCode(int status) =>
        Enum.IsDefined((HttpStatusCode)status) ? ((HttpStatusCode)status).ToString() : $"http_{status}";

    /// <summary>Teams' 403 bodies carry a JSON object in <c>message</c>: its <c>subCode</c> (else <c>errorSubCode</c>, <c>errorCode</c>) and <c>details</c>.</summary>
    private static ConnectorError? Nested(string message)
    {
        if (!message.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(message);
            var inner = document.RootElement;
            if (inner.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var code = NonEmpty(Str(inner, "subCode")) ?? NonEmpty(Str(inner, "errorSubCode")) ?? NonEmpty(Str(inner, "errorCode")) ?? string.Empty;
            return new ConnectorError(code, NonEmpty(Str(inner, "details")) ?? NonEmpty(Str(inner, "message")));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
