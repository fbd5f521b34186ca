using System.Globalization;
using System.Text.Json.Nodes;

namespace Coordination.Bot.Tests.Slack;

/// <summary>
/// The Events API samples of <c>Fixtures/</c> moved into the test workspace: its team, the bot as the authorised user,
/// a fresh event id, and the inner event reshaped (who, where, what) by the test.
/// </summary>
public static class SlackSamples
{
    private static int _sequence;

    public static HttpRequestMessage Event(SlackRequests requests, string sample, Action<JsonObject> reshape, string team = SlackRequests.Team)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(reshape);
        var body = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", sample)))!;
        body["team_id"] = team;
        body.Remove("enterprise_id");
        body["event_id"] = "EvSAMPLE" + Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture);
        body["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = team, ["user_id"] = SlackRequests.BotUser, ["is_bot"] = true });
        reshape((JsonObject)body["event"]!);
        return requests.SignedRequest("/slack/events", body.ToJsonString(), "application/json");
    }

    /// <summary><c>event_reaction_added.json</c> (or <c>_removed</c>): <paramref name="user"/>'s <paramref name="emoji"/> on the message <paramref name="ts"/>.</summary>
    public static HttpRequestMessage Reaction(
        SlackRequests requests, string user, string emoji, string ts, string channel = SlackRequests.Channel, string sample = "event_reaction_added.json") =>
        Event(requests, sample, e =>
        {
            e["user"] = user;
            e["reaction"] = emoji;
            e["item"] = new JsonObject { ["type"] = "message", ["channel"] = channel, ["ts"] = ts };
        });

    /// <summary><c>event_message_im.json</c>: <paramref name="user"/> writes <paramref name="text"/> to the bot in their direct messages.</summary>
    public static HttpRequestMessage DirectMessage(SlackRequests requests, string user, string text, Action<JsonObject>? reshape = null) =>
        Event(requests, "event_message_im.json", e =>
        {
            e["user"] = user;
            e["text"] = text;
            e.Remove("blocks");
            reshape?.Invoke(e);
        });

    /// <summary><c>event_message_user_in_channel.json</c>: <paramref name="user"/> writes <paramref name="text"/> at the top of <paramref name="channel"/>.</summary>
    public static HttpRequestMessage ChannelMessage(
        SlackRequests requests, string user, string text, string channel, string team = SlackRequests.Team, Action<JsonObject>? reshape = null) =>
        Event(requests, "event_message_user_in_channel.json", e =>
        {
            e["user"] = user;
            e["text"] = text;
            e["channel"] = channel;
            e["team"] = team;
            e.Remove("blocks");
            reshape?.Invoke(e);
        }, team);
}
