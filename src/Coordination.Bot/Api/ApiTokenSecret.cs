using System.Security.Cryptography;
using System.Text;

namespace Coordination.Bot.Api;

/// <summary>The secret of an API token: 32 random bytes behind a recognisable prefix, stored only as its SHA-256.</summary>
public static class ApiTokenSecret
{
    public const string Prefix = "coord_";

    private const int RandomBytes = 32;

    public static string New() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>The hash stored for <paramref name="secret"/>: its SHA-256 as lower-case hex.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether <paramref name="secret"/> hashes to <paramref name="hash"/>, compared in constant time.</summary>
    public static bool Matches(string secret, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(hash));

    /// <summary>Something shaped like one of ours (checked before any look-up, so junk costs no query).</summary>
    public static bool LooksLikeOne(string? secret) =>
        secret is { Length: > 40 and < 100 } && secret.StartsWith(Prefix, StringComparison.Ordinal);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
