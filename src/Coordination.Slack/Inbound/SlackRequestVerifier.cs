using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Coordination.Slack.Inbound;

/// <summary>
/// Checks that a request really comes from Slack: <c>X-Slack-Signature</c> must be <c>v0=</c> + HMAC-SHA256 of
/// <c>v0:{timestamp}:{raw body}</c> under the signing secret, and the timestamp within five minutes of now.
/// Fails closed: no secret, no header, or any doubt means no.
/// </summary>
public sealed class SlackRequestVerifier(string? signingSecret, TimeProvider time)
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private readonly byte[]? _key = string.IsNullOrEmpty(signingSecret) ? null : Encoding.UTF8.GetBytes(signingSecret);

    public SlackVerification Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (_key is null)
        {
            return SlackVerification.NoSecret;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SlackVerification.MissingHeaders;
        }

        var sent = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253_402_300_799));
        if ((time.GetUtcNow() - sent).Duration() > MaxAge)
        {
            return SlackVerification.Stale;
        }

        return Matches(Sign(timestamp, body), signature) ? SlackVerification.Valid : SlackVerification.BadSignature;
    }

    /// <summary>The signature Slack sends for <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    public string Sign(string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(_key);
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var basestring = new byte[prefix.Length + body.Length];
        prefix.CopyTo(basestring, 0);
        body.CopyTo(basestring.AsSpan(prefix.Length));
        return $"{Version}=" + Convert.ToHexStringLower(HMACSHA256.HashData(_key, basestring));
    }

    private static bool Matches(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));
}

public enum SlackVerification
{
    Valid,
    NoSecret,
    MissingHeaders,
    Stale,
    BadSignature,
}
