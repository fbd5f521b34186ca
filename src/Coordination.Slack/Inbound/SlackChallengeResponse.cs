using System.Text.Json.Serialization;

namespace Coordination.Slack.Inbound;

/// <summary>The answer to the Events API's <c>url_verification</c>: its challenge, sent back.</summary>
public sealed record SlackChallengeResponse([property: JsonPropertyName("challenge")] string Challenge);
