using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Slack.Outbound;

/// <summary>The answer to a slash command: only the person who typed it sees it.</summary>
public sealed record SlackCommandResponse([property: JsonPropertyName("text")] string Text, JsonArray? Blocks = null)
{
    /// <summary>A reply as Slack shows it: its text, and its buttons as Block Kit when it has any.</summary>
    public static SlackCommandResponse For(Reply reply)
    {
        if (reply.Buttons.Count == 0)
        {
            return new SlackCommandResponse(SlackSafeText.Of(reply.Text));
        }

        var message = new OutgoingMessage(ChatPlatform.Slack, string.Empty, MessageDestination.DirectTo(string.Empty), reply.Text, [], reply.Buttons);
        var (text, blocks) = BlockKitRenderer.Render(message);
        return new SlackCommandResponse(text, blocks);
    }

    [JsonPropertyName("blocks")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonArray? Blocks { get; init; } = Blocks;

    [JsonPropertyName("response_type")]
    public string ResponseType { get; } = "ephemeral";
}
