using System.Text.Json;

namespace Coordination.Slack.Socket;

/// <summary>
/// One Socket Mode frame: <c>hello</c>, <c>disconnect</c> (with its <c>reason</c>), or an envelope of
/// <c>slash_commands</c>, <c>events_api</c> or <c>interactive</c> whose <c>payload</c> is what Slack would have POSTed.
/// </summary>
public sealed record SocketModeEnvelope(
    string Type,
    string? EnvelopeId,
    byte[]? Payload,
    bool AcceptsResponsePayload,
    int RetryAttempt,
    string? RetryReason,
    string? Reason)
{
    public const string Hello = "hello";
    public const string Disconnect = "disconnect";
    public const string SlashCommands = "slash_commands";
    public const string EventsApi = "events_api";
    public const string Interactive = "interactive";

    /// <summary>Socket Mode was switched off in the app's settings: reconnecting cannot help.</summary>
    public const string LinkDisabled = "link_disabled";

    /// <summary>A frame that needs an acknowledgement: it carries an envelope id.</summary>
    public bool NeedsAck => !string.IsNullOrEmpty(EnvelopeId);

    /// <summary>Reads one text frame; <c>null</c> when it is not a JSON object with a <c>type</c>.</summary>
    public static SocketModeEnvelope? Parse(ReadOnlySpan<byte> frame)
    {
        try
        {
            using var document = JsonDocument.Parse(frame.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "type") is not { } type)
            {
                return null;
            }

            var payload = root.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? JsonSerializer.SerializeToUtf8Bytes(p) : null;
            var accepts = root.TryGetProperty("accepts_response_payload", out var a) && a.ValueKind == JsonValueKind.True;
            var retry = root.TryGetProperty("retry_attempt", out var r) && r.ValueKind == JsonValueKind.Number && r.TryGetInt32(out var n) ? n : 0;
            return new SocketModeEnvelope(type, Text(root, "envelope_id"), payload, accepts, retry, Text(root, "retry_reason"), Text(root, "reason"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
