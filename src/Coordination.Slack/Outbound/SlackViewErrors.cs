using System.Text.Json.Serialization;

namespace Coordination.Slack.Outbound;

/// <summary>The answer to a modal's submission that keeps it open and shows a message under one of its inputs.</summary>
public sealed record SlackViewErrors
{
    public SlackViewErrors(string blockId, string message) => Errors = new Dictionary<string, string> { [blockId] = message };

    [JsonPropertyName("response_action")]
    public string ResponseAction { get; } = "errors";

    /// <summary>The message shown under each input, by its block id.</summary>
    [JsonPropertyName("errors")]
    public IReadOnlyDictionary<string, string> Errors { get; }
}
