namespace Coordination.Data.Security;

/// <summary>
/// A signed platform request already acted on, remembered while its signature is still accepted: the same request
/// sent again (a replay) is recognised across restarts and instances by its <see cref="Key"/>, the table's primary key.
/// </summary>
public sealed class SeenRequest
{
    public const int KeyLength = 64;

    private SeenRequest()
    {
        Key = string.Empty;
    }

    /// <summary>A hash of what the signature covers (the timestamp and the body), hex.</summary>
    public string Key { get; private set; }

    /// <summary>When the signature stops being accepted, and the row can go.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public static SeenRequest Create(string key, DateTimeOffset expiresAt) => new() { Key = key, ExpiresAt = expiresAt };
}
