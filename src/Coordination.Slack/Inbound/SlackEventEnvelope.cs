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
    IReadOnlyList<SlackAuthorization>? Authorizations,
    string? EnterpriseId = null)
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

    /// <summary>The workspace the delivery is about: the team, or the enterprise of an org-wide install.</summary>
    [JsonIgnore]
    public string? WorkspaceId => TeamId ?? EnterpriseId;

    /// <summary>Someone opened the app's Home tab (not its Messages tab).</summary>
    [JsonIgnore]
    public bool OpensHomeTab => Type == EventCallback && Event is { Type: SlackEvent.AppHomeOpened, Tab: "home", User: not null };

    /// <summary>The app was removed from the workspace, or some of its tokens there were revoked.</summary>
    [JsonIgnore]
    public bool IsRevocation => Type == EventCallback && Event?.Type is SlackEvent.AppUninstalled or SlackEvent.TokensRevoked;

    /// <summary>
    /// Whether the workspace's bot token no longer works: the app was uninstalled, or <c>tokens_revoked</c> names the
    /// bot user <paramref name="botUserId"/> (any bot user when it is not known).
    /// </summary>
    public bool RevokesBotToken(string? botUserId) => Event switch
    {
        { Type: SlackEvent.AppUninstalled } => true,
        { Type: SlackEvent.TokensRevoked, Tokens.Bot: { Count: > 0 } bots } => botUserId is null || bots.Contains(botUserId),
        _ => false,
    };
}

public sealed record SlackAuthorization(string? TeamId, string? UserId, bool IsBot);

/// <summary>The inner event: an <c>app_mention</c>, a <c>message</c> (with its edit or deletion subtypes) or a <c>reaction_added</c>.</summary>
public sealed record SlackEvent(
    string? Type,
    string? Subtype,
    string? User,
    string? BotId,
    string? Text,
    string? Ts,
    string? ThreadTs,
    string? Channel,
    string? ChannelType,
    SlackRevokedTokens? Tokens = null,
    string? Reaction = null,
    SlackReactionItem? Item = null,
    string? Tab = null)
{
    public const string AppMention = "app_mention";
    public const string AppHomeOpened = "app_home_opened";
    public const string Message = "message";
    public const string AppUninstalled = "app_uninstalled";
    public const string TokensRevoked = "tokens_revoked";
    public const string ReactionAdded = "reaction_added";

    /// <summary>The <c>channel_type</c> of a direct message with the bot.</summary>
    public const string DirectMessage = "im";
}

/// <summary>What a <c>reaction_added</c> event reacted to: a <c>message</c> (its channel and <c>ts</c>) or a file.</summary>
public sealed record SlackReactionItem(string? Type, string? Channel, string? Ts);

/// <summary>A <c>tokens_revoked</c> event's lists: the users whose user tokens (<c>oauth</c>) and bot tokens were revoked.</summary>
public sealed record SlackRevokedTokens(IReadOnlyList<string>? Oauth, IReadOnlyList<string>? Bot);
