using System.Text.Json.Nodes;

namespace Coordination.Slack.Socket;

/// <summary>
/// Acts on one Socket Mode envelope the way the HTTP endpoint of its kind does, within Slack's three seconds; the
/// answer (a slash command's reply, a form's errors) goes back in the acknowledgement, <c>null</c> for none.
/// </summary>
public interface ISocketModeHandler
{
    Task<JsonNode?> HandleAsync(SocketModeEnvelope envelope, CancellationToken cancellationToken);
}
