using System.Security.Cryptography;
using System.Text;

namespace Coordination.Core.Trackers;

/// <summary>The HMAC-SHA256 schemes the trackers sign deliveries with, compared in constant time.</summary>
public static class WebhookSignature
{
    /// <summary>The lower-case hex HMAC-SHA256 of <paramref name="body"/> under <paramref name="secret"/>.</summary>
    public static string HexHmacSha256(string secret, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>
    /// Whether <paramref name="presented"/> (hex, after <paramref name="prefix"/> such as <c>sha256=</c>) is the HMAC of
    /// <paramref name="body"/>; <c>false</c> without a secret or a signature, or when the form is wrong.
    /// </summary>
    public static bool Matches(string? secret, ReadOnlySpan<byte> body, string? presented, string prefix = "")
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(presented) || !presented.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var hex = presented[prefix.Length..];
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(hex));
    }
}
