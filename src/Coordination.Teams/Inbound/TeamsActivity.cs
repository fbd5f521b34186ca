using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coordination.Teams.Inbound;

/// <summary>
/// One Bot Framework activity as Teams sends it: only the fields the bot reads, loosely typed; everything else is kept
/// in <see cref="Extra"/> (receivers must accept unknown fields).
/// </summary>
public sealed record TeamsActivity
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string CardActionInvoke = "adaptiveCard/action";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { MaxDepth = 32 };

    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? ChannelId { get; init; }

    public string? ServiceUrl { get; init; }

    public string? Text { get; init; }

    public string? ReplyToId { get; init; }

    public string? Name { get; init; }

    /// <summary>On <c>installationUpdate</c>: <c>add</c>, <c>remove</c> and their <c>-upgrade</c> forms.</summary>
    public string? Action { get; init; }

    public string? LocalTimezone { get; init; }

    public TeamsAccount? From { get; init; }

    public TeamsAccount? Recipient { get; init; }

    public TeamsConversation? Conversation { get; init; }

    public IReadOnlyList<TeamsEntity>? Entities { get; init; }

    public IReadOnlyList<TeamsAccount>? MembersAdded { get; init; }

    public IReadOnlyList<TeamsAccount>? MembersRemoved { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    /// <summary>A card action's data (<c>Action.Submit</c> messages) or an invoke's payload.</summary>
    public JsonElement? Value { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>The tenant: the conversation's, else the one in the channel data.</summary>
    public string? TenantId => Conversation?.TenantId ?? ChannelData?.Tenant?.Id;

    /// <summary>Whether the activity is the bot's own (or another bot's: their ids start with <c>28:</c>).</summary>
    public bool IsFromBot => From?.Id is { } from && (from == Recipient?.Id || from.StartsWith("28:", StringComparison.Ordinal));

    /// <summary>The activity, or <c>null</c> when the body is not a JSON object of that shape.</summary>
    public static TeamsActivity? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            return body.IsEmpty || body.TrimStart(" \t\r\n"u8) is not [(byte)'{', ..] ? null : JsonSerializer.Deserialize<TeamsActivity>(body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A person or bot: <c>29:…</c> for people (unique to this bot), <c>28:…</c> for bots.</summary>
public sealed record TeamsAccount(string? Id, string? Name, string? AadObjectId = null);

/// <summary>Where an activity happened: <c>personal</c>, <c>groupChat</c> or <c>channel</c> (with <c>;messageid=</c> in a thread).</summary>
public sealed record TeamsConversation(string? Id, string? ConversationType = null, string? TenantId = null, bool? IsGroup = null)
{
    public const string Channel = "channel";
    public const string Personal = "personal";
    private const string ThreadMarker = ";messageid=";

    /// <summary>The conversation without its thread part: the channel, or the chat itself.</summary>
    public string? BaseId => Id?.Split(ThreadMarker, 2)[0];

    /// <summary>The root message of the channel thread the activity is in, when it is in one.</summary>
    public string? ThreadRootId => Id?.Split(ThreadMarker, 2) is [_, { Length: > 0 } root] ? root : null;
}

/// <summary>A mention (<c>&lt;at&gt;Name&lt;/at&gt;</c> and who it is) or the client's info (its time zone).</summary>
public sealed record TeamsEntity(string? Type, string? Text = null, TeamsAccount? Mentioned = null, string? Timezone = null)
{
    public const string MentionType = "mention";
    public const string ClientInfoType = "clientInfo";
}

public sealed record TeamsChannelData(TeamsTenant? Tenant = null, TeamsTeam? Team = null, string? EventType = null);

public sealed record TeamsTenant(string? Id);

public sealed record TeamsTeam(string? Id, string? Name = null);
