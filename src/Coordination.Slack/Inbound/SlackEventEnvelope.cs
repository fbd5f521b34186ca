using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coordination.Slack.Inbound;

/// <summary>An Events API body: the URL check, or an <c>event_callback</c> around one event. Unknown fields are ignored.</summary>
public sealed record SlackEventEnvelope(
    string? Type,
    string? Challenge,
    string? TeamId,
    string? EventId,
    SlackEvent? Event,
    IReadOnlyList<SlackAuthorization>? Authorizations)
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Reads an Events API body; <c>null</c> when it is not a JSON object.</summary>
    public static SlackEventEnvelope? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize<SlackEventEnvelope>(body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The bot's own user id in this workspace, as Slack says in the delivery.</summary>
    [JsonIgnore]
    public string? BotUserId => Authorizations?.FirstOrDefault(a => a is { IsBot: true })?.UserId;
}

public sealed record SlackAuthorization(string? TeamId, string? UserId, bool IsBot);

/// <summary>The inner event: an <c>app_mention</c> or a <c>message</c> (with its edit or deletion subtypes).</summary>
public sealed record SlackEvent(
    string? Type,
    string? Subtype,
    string? User,
    string? BotId,
    string? Text,
    string? Ts,
    string? ThreadTs,
    string? Channel,
    string? ChannelType)
{
    public const string AppMention = "app_mention";
    public const string Message = "message";
}
