using System.Text;
using System.Text.Json;
using Coordination.Core.Trackers;

namespace Coordination.Bot.Trackers;

/// <summary>
/// A Jira Connect app's <c>Authorization: JWT &lt;token&gt;</c>: HS256 under the shared secret, issued by the
/// installation's client key (<c>iss</c>), not expired (<c>exp</c>). Any other algorithm is refused.
/// </summary>
public static class JiraJwt
{
    private const string Scheme = "JWT ";

    public static bool IsValid(string? authorization, string? secret, string? issuer, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(issuer) || authorization is null || !authorization.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = authorization[Scheme.Length..].Trim().Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        try
        {
            var signature = Convert.ToHexStringLower(Base64Url(parts[2]));
            if (!WebhookSignature.Matches(secret, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), signature))
            {
                return false;
            }

            using var header = JsonDocument.Parse(Base64Url(parts[0]));
            using var claims = JsonDocument.Parse(Base64Url(parts[1]));
            return header.RootElement.TryGetProperty("alg", out var alg) && alg.GetString() == "HS256"
                && claims.RootElement.TryGetProperty("iss", out var iss) && iss.GetString() == issuer
                && claims.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                && DateTimeOffset.FromUnixTimeSeconds(seconds) > now;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static byte[] Base64Url(string part) => Convert.FromBase64String(part.Replace('-', '+').Replace('_', '/').PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '='));
}
