using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coordination.Slack.Socket;

/// <summary>The acknowledgement of one envelope: its id and, for a slash command or a modal's submit, the answer.</summary>
public static class SocketModeAck
{
    public static byte[] For(string envelopeId, JsonNode? payload)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (payload is not null)
        {
            ack["payload"] = payload;
        }

        return JsonSerializer.SerializeToUtf8Bytes(ack);
    }
}
