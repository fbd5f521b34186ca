using System.Net.Http.Json;
using System.Text.Json;
using Coordination.Core.Chat;

namespace Coordination.Bench;

/// <summary>Delivers each message as an HTTP POST to the loopback sink, as a platform channel would.</summary>
internal sealed class HttpSinkChannel(HttpClient http) : IChatChannel
{
    public ChatPlatform Platform => ChatPlatform.Local;

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var body = new { channel = message.Destination.Address, thread_ts = message.Destination.ThreadId, text = message.Text };
        using var response = await http.PostAsJsonAsync("chat.postMessage", body, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return DeliveryResult.Transient($"HTTP {(int)response.StatusCode}");
        }

        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return DeliveryResult.Success(json.RootElement.GetProperty("ts").GetString());
    }
}
