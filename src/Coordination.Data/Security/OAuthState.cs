namespace Coordination.Data.Security;

/// <summary>
/// An OAuth install begun in one browser: the hash of the <c>state</c> sent to the platform, the hash of the value in
/// that browser's cookie, and when it lapses. A callback consumes it once.
/// </summary>
public sealed class OAuthState
{
    public const int HashLength = 64;

    private OAuthState()
    {
        StateHash = string.Empty;
        BrowserHash = string.Empty;
    }

    public string StateHash { get; private set; }

    public string BrowserHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public static OAuthState Create(string stateHash, string browserHash, DateTimeOffset now, DateTimeOffset expiresAt) =>
        new() { StateHash = stateHash, BrowserHash = browserHash, CreatedAt = now, ExpiresAt = expiresAt };
}
