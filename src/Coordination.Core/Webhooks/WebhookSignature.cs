using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Coordination.Core.Webhooks;

/// <summary>
/// Signs a webhook delivery exactly as Slack signs its requests: <c>v0=</c> and the lower-case hex HMAC-SHA256, keyed
/// with the endpoint's secret, of <c>v0:</c>, the Unix timestamp in seconds, <c>:</c> and the raw body.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-Coordination-Request-Timestamp";
    public const string SignatureHeader = "X-Coordination-Signature";
    public const string Version = "v0";

    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var basis = string.Create(CultureInfo.InvariantCulture, $"{Version}:{timestamp}:{body}");
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(basis));
        return Version + "=" + Convert.ToHexStringLower(hash);
    }

    /// <summary>Whether <paramref name="signature"/> is the one <see cref="Sign"/> gives, compared in constant time.</summary>
    public static bool Verify(string secret, long timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Sign(secret, timestamp, body)), Encoding.UTF8.GetBytes(signature ?? string.Empty));

    /// <summary>A new endpoint secret: 32 random bytes, hex (the <c>whsec_</c> prefix says what it is).</summary>
    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
