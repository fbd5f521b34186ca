using System.Text.Json;

namespace Coordination.Teams.Inbound;

/// <summary>The parts of Bot Framework's OpenID metadata document the bot reads: the issuer it names and where the keys are.</summary>
internal sealed record BotFrameworkOpenIdMetadata(string? Issuer, Uri JwksUri)
{
    /// <summary>
    /// Reads <c>issuer</c> and <c>jwks_uri</c>; <c>null</c> unless the document is a JSON object with an absolute
    /// <c>jwks_uri</c> that is https (or http, only when the metadata itself came over http), so keys are never fetched
    /// over a weaker channel than the metadata was.
    /// </summary>
    public static BotFrameworkOpenIdMetadata? Parse(string json, Uri source)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("jwks_uri", out var jwks) || jwks.ValueKind != JsonValueKind.String
                || !Uri.TryCreate(jwks.GetString(), UriKind.Absolute, out var jwksUri)
                || !IsAllowedScheme(jwksUri, source))
            {
                return null;
            }

            var issuer = root.TryGetProperty("issuer", out var iss) && iss.ValueKind == JsonValueKind.String ? iss.GetString() : null;
            return new BotFrameworkOpenIdMetadata(issuer, jwksUri);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsAllowedScheme(Uri jwksUri, Uri source) =>
        jwksUri.Scheme == Uri.UriSchemeHttps || (jwksUri.Scheme == Uri.UriSchemeHttp && source.Scheme == Uri.UriSchemeHttp);
}
