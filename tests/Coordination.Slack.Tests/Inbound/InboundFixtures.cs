using System.Text;
using System.Text.Json.Nodes;
using Coordination.Core.Commands;
using Coordination.Slack.Inbound;

namespace Coordination.Slack.Tests.Inbound;

/// <summary>Reads the real Slack payloads in <c>Fixtures/</c> and builds variations of them.</summary>
internal static class InboundFixtures
{
    public static string FullPath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(FullPath(name));

    public static string Text(string name) => File.ReadAllText(FullPath(name));

    public static JsonObject Json(string name) => JsonNode.Parse(Text(name))!.AsObject();

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    /// <summary>The fixture's envelope, parsed as the Events API endpoint parses it.</summary>
    public static SlackEventEnvelope Envelope(string name) => SlackEventEnvelope.Parse(Bytes(name))!;

    public static SlackEventEnvelope Envelope(JsonNode node) => SlackEventEnvelope.Parse(Utf8(node))!;

    /// <summary>The fixture's event, changed by <paramref name="change"/>, through the parser to a command.</summary>
    public static ChatCommand? Command(string name, Action<JsonObject> change)
    {
        var json = Json(name);
        change(json["event"]!.AsObject());
        return SlackInboundParser.FromEvent(Envelope(json));
    }

    /// <summary>An <c>event_callback</c> envelope around <paramref name="inner"/>, with <paramref name="botUserId"/> as the bot.</summary>
    public static JsonObject Wrap(JsonNode inner, string team = "T111", string botUserId = "UBOT") => new()
    {
        ["type"] = SlackEventEnvelope.EventCallback,
        ["team_id"] = team,
        ["event_id"] = "Ev999",
        ["event"] = inner,
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = team, ["user_id"] = botUserId, ["is_bot"] = true }),
    };

    /// <summary>A form body (<c>application/x-www-form-urlencoded</c>) with every value escaped.</summary>
    public static byte[] Form(IEnumerable<KeyValuePair<string, string>> fields) =>
        Utf8(string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));

    /// <summary>Every string field of a JSON object as a form body (how a socket-mode slash command would arrive over HTTP).</summary>
    public static byte[] Form(JsonObject payload) =>
        Form(payload.Select(p => KeyValuePair.Create(p.Key, p.Value?.GetValue<string>() ?? string.Empty)));

    /// <summary>An interactivity form body around a JSON payload.</summary>
    public static byte[] InteractivityForm(JsonNode payload) => Form([KeyValuePair.Create("payload", payload.ToJsonString())]);
}
