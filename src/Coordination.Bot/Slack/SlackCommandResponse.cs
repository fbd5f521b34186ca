using System.Text.Json.Serialization;

namespace Coordination.Bot.Slack;

/// <summary>The answer to a slash command: only the person who typed it sees it.</summary>
public sealed record SlackCommandResponse(string Text)
{
    [JsonPropertyName("response_type")]
    public string ResponseType => "ephemeral";
}
