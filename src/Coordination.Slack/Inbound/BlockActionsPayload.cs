using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coordination.Slack.Inbound;

/// <summary>An interactivity payload (a button press is <c>block_actions</c>, a modal's submit <c>view_submission</c>); unknown fields are ignored.</summary>
public sealed record BlockActionsPayload(
    string? Type,
    SlackIdentity? Team,
    SlackIdentity? User,
    SlackIdentity? Channel,
    SlackContainer? Container,
    SlackActionMessage? Message,
    IReadOnlyList<SlackAction>? Actions,
    string? ResponseUrl,
    string? TriggerId = null,
    SlackView? View = null,
    string? CallbackId = null,
    string? MessageTs = null)
{
    public const string BlockActions = "block_actions";
    public const string ViewSubmission = "view_submission";

    /// <summary>A message shortcut (on a message's menu).</summary>
    public const string MessageAction = "message_action";

    /// <summary>A global shortcut (the composer's shortcuts menu): no channel, no message.</summary>
    public const string Shortcut = "shortcut";

    /// <summary>Reads the form body's <c>payload</c> field; <c>null</c> when there is none or it is not JSON.</summary>
    public static BlockActionsPayload? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var payload = FormBody.Parse(body).TryGetValue("payload", out var values) ? string.Join(',', values) : null;
            return !string.IsNullOrWhiteSpace(payload) ? JsonSerializer.Deserialize<BlockActionsPayload>(payload, SlackEventEnvelope.Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads the JSON object a Socket Mode <c>interactive</c> envelope carries; <c>null</c> when it is not one.</summary>
    public static BlockActionsPayload? ParseJson(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<BlockActionsPayload>(json, SlackEventEnvelope.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public sealed record SlackIdentity(string? Id, string? Name, string? Username, string? Domain = null);

public sealed record SlackContainer(string? Type, string? MessageTs, string? ChannelId, string? ThreadTs, bool IsEphemeral);

public sealed record SlackActionMessage(string? Ts, string? ThreadTs, string? Text, JsonArray? Blocks);

public sealed record SlackAction(
    string? ActionId, string? BlockId, string? Value, string? ActionTs,
    SlackOption? SelectedOption = null, IReadOnlyList<SlackOption>? SelectedOptions = null, string? SelectedDate = null, string? SelectedUser = null);

/// <summary>A chosen option of a select or of checkboxes (only its value is read).</summary>
public sealed record SlackOption(string? Value);

/// <summary>A modal as submitted: its kind (<c>callback_id</c>), what it remembered (<c>private_metadata</c>) and its inputs' <c>state</c>.</summary>
public sealed record SlackView(string? Id, string? CallbackId, string? PrivateMetadata, JsonElement? State);
