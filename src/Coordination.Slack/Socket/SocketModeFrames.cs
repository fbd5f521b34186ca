using System.Buffers;
using System.Net.WebSockets;

namespace Coordination.Slack.Socket;

/// <summary>Reads whole text frames from a WebSocket, however many pieces they arrive in.</summary>
internal static class SocketModeFrames
{
    /// <summary>A message bigger than this is not one Slack sends; the connection is dropped rather than buffering it.</summary>
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>The next text message, or <c>null</c> once the socket closes.</summary>
    public static async Task<byte[]?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                var part = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, part.Count);
                if (message.Length > MaxMessageBytes)
                {
                    throw new WebSocketException(WebSocketError.HeaderError, "Socket Mode message too large.");
                }

                if (part.EndOfMessage)
                {
                    return part.MessageType == WebSocketMessageType.Text ? message.ToArray() : [];
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
