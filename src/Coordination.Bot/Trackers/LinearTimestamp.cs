using System.Text.Json;

namespace Coordination.Bot.Trackers;

/// <summary>Linear's replay guard: the body's <c>webhookTimestamp</c> (Unix milliseconds) is within the tolerance of now.</summary>
public static class LinearTimestamp
{
    public static bool IsFresh(ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("webhookTimestamp", out var stamp)
                && stamp.TryGetInt64(out var ms)
                && Math.Abs((now - DateTimeOffset.FromUnixTimeMilliseconds(ms)).TotalMilliseconds) <= tolerance.TotalMilliseconds;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
