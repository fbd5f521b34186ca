namespace Coordination.Data.Security;

/// <summary>
/// A workspace's API token: its name, the SHA-256 hash of the secret (the secret itself is shown once and never
/// stored), who made it and when, when it was last used, and when it was revoked.
/// </summary>
public sealed class ApiToken
{
    public const int HashLength = 64;

    public const int MaxNameLength = 40;

    private ApiToken()
    {
        Name = string.Empty;
        Hash = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid WorkspaceId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The secret's SHA-256, lower-case hex.</summary>
    public string Hash { get; private set; }

    public Guid CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static ApiToken Create(Guid workspaceId, string name, string hash, Guid createdById, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), WorkspaceId = workspaceId, Name = name, Hash = hash, CreatedById = createdById, CreatedAt = now };

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
