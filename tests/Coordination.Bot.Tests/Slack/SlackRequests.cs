using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Coordination.Slack.Inbound;

namespace Coordination.Bot.Tests.Slack;

/// <summary>Builds the requests Slack sends, signed with the test secret at the given clock's time, as Slack signs them.</summary>
public sealed class SlackRequests(TimeProvider clock, string secret = SlackRequests.Secret)
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string Team = "T0001";
    public const string Channel = "C0001";
    public const string BotUser = "UBOT";

    private int _sequence;

    public HttpRequestMessage Command(string text, string user, string channel = Channel, string team = Team) =>
        SignedRequest("/slack/commands", Form(
            ("token", "deprecated"), ("team_id", team), ("team_domain", "acme"), ("channel_id", channel), ("channel_name", "general"),
            ("user_id", user), ("user_name", user.ToLowerInvariant()), ("command", "/coord"), ("text", text),
            ("response_url", "https://hooks.slack.com/commands/T0001/1/x"), ("trigger_id", Next("trigger")), ("api_app_id", "A0001"))
            , "application/x-www-form-urlencoded");

    /// <summary>A person's message in a thread, as the Events API delivers it.</summary>
    public HttpRequestMessage ThreadReply(string user, string threadTs, string text = "On it", string channel = Channel, string team = Team, string? eventId = null) =>
        Event(team, eventId, ThreadMessage(user, threadTs, text, channel));

    /// <summary>The inner <c>message</c> event of a person writing in a thread, to send as is or reshape first.</summary>
    public JsonObject ThreadMessage(string user, string threadTs, string text = "On it", string channel = Channel) => new()
    {
        ["type"] = "message", ["channel"] = channel, ["user"] = user, ["text"] = text, ["ts"] = Next("1764170000."),
        ["thread_ts"] = threadTs, ["parent_user_id"] = BotUser, ["channel_type"] = "channel", ["event_ts"] = "1764170000.000100",
    };

    public HttpRequestMessage Mention(string user, string text, string? threadTs = null, string channel = Channel, string team = Team) =>
        Event(team, null, new JsonObject
        {
            ["type"] = "app_mention", ["channel"] = channel, ["user"] = user, ["text"] = $"<@{BotUser}> {text}", ["ts"] = Next("1764170000."),
            ["thread_ts"] = threadTs, ["event_ts"] = "1764170000.000200",
        });

    public HttpRequestMessage Event(string team, string? eventId, JsonObject inner) =>
        SignedRequest("/slack/events", new JsonObject
        {
            ["token"] = "deprecated", ["team_id"] = team, ["api_app_id"] = "A0001", ["type"] = "event_callback",
            ["event_id"] = eventId ?? Next("Ev"), ["event_time"] = 1764170000, ["event"] = inner,
            ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = team, ["user_id"] = BotUser, ["is_bot"] = true }),
        }.ToJsonString(), "application/json");

    /// <summary>A press of one of the bot's buttons on the message <paramref name="messageTs"/>.</summary>
    public HttpRequestMessage Press(
        string action, string requestKey, string user, string messageTs, string? threadTs = null, string text = "CR request", string team = Team, bool ephemeral = false,
        string blockId = "coord-actions") =>
        SignedRequest("/slack/interactions", Form(("payload", new JsonObject
        {
            ["type"] = "block_actions", ["team"] = new JsonObject { ["id"] = team, ["domain"] = "acme" },
            ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["name"] = user.ToLowerInvariant(), ["team_id"] = team },
            ["api_app_id"] = "A0001", ["trigger_id"] = Next("trigger"), ["response_url"] = "https://hooks.slack.com/actions/T0001/1/x",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = Channel, ["is_ephemeral"] = ephemeral, ["thread_ts"] = threadTs },
            ["channel"] = new JsonObject { ["id"] = Channel, ["name"] = "general" },
            ["message"] = new JsonObject { ["type"] = "message", ["ts"] = messageTs, ["text"] = text, ["thread_ts"] = threadTs },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = action, ["block_id"] = blockId, ["value"] = requestKey, ["type"] = "button", ["action_ts"] = Next("1764170001."),
            }),
        }.ToJsonString())), "application/x-www-form-urlencoded");

    /// <summary>A modal submitted by <paramref name="user"/>: the view as <c>views.open</c> got it, with <paramref name="values"/> as its state.</summary>
    public HttpRequestMessage ViewSubmission(JsonObject view, string user, JsonObject values, string team = Team)
    {
        var submitted = (JsonObject)view.DeepClone();
        submitted["id"] = Next("V");
        submitted["state"] = new JsonObject { ["values"] = values };
        return SignedRequest("/slack/interactions", Form(("payload", new JsonObject
        {
            ["type"] = "view_submission", ["team"] = new JsonObject { ["id"] = team, ["domain"] = "acme" },
            ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["name"] = user.ToLowerInvariant(), ["team_id"] = team },
            ["api_app_id"] = "A0001", ["trigger_id"] = Next("trigger"), ["view"] = submitted,
        }.ToJsonString())), "application/x-www-form-urlencoded");
    }

    /// <summary>A request to <paramref name="path"/> with <paramref name="body"/>, signed now (or at <paramref name="at"/>).</summary>
    public HttpRequestMessage SignedRequest(string path, string body, string contentType, DateTimeOffset? at = null, string? signature = null)
    {
        var timestamp = (at ?? clock.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add(SlackRequestVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackRequestVerifier.SignatureHeader, signature ?? new SlackRequestVerifier(secret, clock).Sign(timestamp, bytes));
        return request;
    }

    /// <summary>Marks <paramref name="request"/> as Slack's redelivery number <paramref name="attempt"/>; the signature stays valid.</summary>
    public static HttpRequestMessage AsRetry(HttpRequestMessage request, int attempt = 1)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Add("X-Slack-Retry-Num", attempt.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        return request;
    }

    /// <summary>The same body and headers again, as someone replaying a captured request would send them.</summary>
    public static async Task<HttpRequestMessage> CopyAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Content = new ByteArrayContent(await request.Content!.ReadAsByteArrayAsync()) };
        copy.Content.Headers.ContentType = request.Content.Headers.ContentType;
        foreach (var (name, values) in request.Headers)
        {
            copy.Headers.Add(name, values);
        }

        return copy;
    }

    private static string Form(params (string Key, string Value)[] fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));

    private string Next(string prefix) => prefix + Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture);
}
