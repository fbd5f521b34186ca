using System.Text.Json.Nodes;

namespace Coordination.Bot.Tests.Slack;

/// <summary>
/// Socket Mode frames built from Slack's own samples (<c>Fixtures/socket_mode_*.json</c>), re-addressed to the test
/// workspace: the sample's shape, with the fields the bot reads set to this scenario's people and request.
/// </summary>
public static class SocketModeEnvelopes
{
    public static JsonObject SlashCommand(string envelopeId, string user, string text, string triggerId)
    {
        var envelope = Sample("socket_mode_slash_commands_envelope.json", envelopeId);
        var payload = envelope["payload"]!.AsObject();
        payload["team_id"] = SlackRequests.Team;
        payload["channel_id"] = SlackRequests.Channel;
        payload["user_id"] = user;
        payload["user_name"] = user.ToLowerInvariant();
        payload["command"] = "/coord";
        payload["text"] = text;
        payload["trigger_id"] = triggerId;
        return envelope;
    }

    /// <summary>An <c>events_api</c> envelope around <paramref name="inner"/>; a retry says so, as Slack does.</summary>
    public static JsonObject Event(string envelopeId, string eventId, JsonObject inner, int retryAttempt = 0)
    {
        var envelope = Sample("socket_mode_events_api_envelope.json", envelopeId);
        var payload = envelope["payload"]!.AsObject();
        payload["team_id"] = SlackRequests.Team;
        payload["event_id"] = eventId;
        payload["event"] = inner.DeepClone();
        payload["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = SlackRequests.Team, ["user_id"] = SlackRequests.BotUser, ["is_bot"] = true });
        envelope["retry_attempt"] = retryAttempt;
        envelope["retry_reason"] = retryAttempt > 0 ? "timeout" : string.Empty;
        return envelope;
    }

    /// <summary>An <c>interactive</c> envelope: <paramref name="user"/> pressing <paramref name="action"/> on the request's message.</summary>
    public static JsonObject Press(string envelopeId, string user, string action, string requestKey, string messageTs, string messageText, string triggerId)
    {
        var envelope = Sample("socket_mode_interactive_envelope.json", envelopeId);
        var payload = envelope["payload"]!.AsObject();
        payload["team"] = new JsonObject { ["id"] = SlackRequests.Team, ["domain"] = "acme" };
        payload["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["name"] = user.ToLowerInvariant(), ["team_id"] = SlackRequests.Team };
        payload["trigger_id"] = triggerId;
        payload["container"]!["message_ts"] = messageTs;
        payload["container"]!["channel_id"] = SlackRequests.Channel;
        payload["channel"]!["id"] = SlackRequests.Channel;
        payload["message"]!["ts"] = messageTs;
        payload["message"]!["text"] = messageText;
        var pressed = payload["actions"]![0]!.AsObject();
        pressed["action_id"] = action;
        pressed["block_id"] = "coord-actions";
        pressed["value"] = requestKey;
        return envelope;
    }

    /// <summary>The sample <c>disconnect</c> frame with <paramref name="reason"/>.</summary>
    public static JsonObject Disconnect(string reason) =>
        JsonNode.Parse(File.ReadAllText(PathOf("socket_mode_disconnect_messages.json")))!.AsArray()
            .Single(f => f!["reason"]!.GetValue<string>() == reason)!.AsObject().DeepClone().AsObject();

    private static JsonObject Sample(string file, string envelopeId)
    {
        var envelope = JsonNode.Parse(File.ReadAllText(PathOf(file)))!.AsObject();
        envelope["envelope_id"] = envelopeId;
        return envelope;
    }

    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", file);
}
