using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Coordination.Teams.Inbound;

/// <summary>One signing key of the Bot Framework JWKS: its key material and the channels it is endorsed for.</summary>
internal sealed record BotFrameworkSigningKey(string KeyId, IReadOnlyList<SecurityKey> Keys, IReadOnlySet<string> Endorsements);

/// <summary>The Bot Framework signing keys as fetched at <paramref name="FetchedAt"/>, by <c>kid</c> (ordinal).</summary>
internal sealed record BotFrameworkKeySet(FrozenDictionary<string, BotFrameworkSigningKey> Keys, DateTimeOffset FetchedAt)
{
    private const string EndorsementsProperty = "endorsements";

    public int Count => Keys.Count;

    public BotFrameworkSigningKey? Find(string keyId) => Keys.GetValueOrDefault(keyId);

    /// <summary>
    /// Reads a JWKS document: the signing keys (<c>use</c> absent or <c>sig</c>) that have a <c>kid</c>, each with its
    /// non-standard <c>endorsements</c> array (empty when absent). A repeated <c>kid</c> keeps its first entry.
    /// <c>null</c> when the document is not a JWKS.
    /// </summary>
    public static BotFrameworkKeySet? Parse(string json, DateTimeOffset fetchedAt)
    {
        try
        {
            var endorsements = ReadEndorsements(json);
            if (endorsements is null)
            {
                return null;
            }

            var keys = new Dictionary<string, BotFrameworkSigningKey>(StringComparer.Ordinal);
            foreach (var group in new JsonWebKeySet(json).GetSigningKeys().Where(k => !string.IsNullOrEmpty(k.KeyId)).GroupBy(k => k.KeyId, StringComparer.Ordinal))
            {
                var endorsed = endorsements.TryGetValue(group.Key, out var channels) ? channels : FrozenSet<string>.Empty;
                keys[group.Key] = new BotFrameworkSigningKey(group.Key, [.. group], endorsed);
            }

            return new BotFrameworkKeySet(keys.ToFrozenDictionary(StringComparer.Ordinal), fetchedAt);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary><c>kid</c> → endorsements for every key object in <c>keys</c> (first occurrence wins); null when there is no <c>keys</c> array.</summary>
    private static Dictionary<string, FrozenSet<string>>? ReadEndorsements(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var result = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
                || kid.GetString() is not { Length: > 0 } id || result.ContainsKey(id))
            {
                continue;
            }

            result[id] = key.TryGetProperty(EndorsementsProperty, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToFrozenSet(StringComparer.Ordinal)
                : FrozenSet<string>.Empty;
        }

        return result;
    }
}
