using Coordination.Core.Chat;

namespace Coordination.Data.Installations;

/// <summary>The bot installed in one workspace (a Slack team or enterprise): its identity there and its token, encrypted.</summary>
public sealed class Installation
{
    private Installation()
    {
        ExternalId = string.Empty;
        EncryptedToken = string.Empty;
    }

    public Guid Id { get; private set; }

    public ChatPlatform Platform { get; private set; }

    /// <summary>The team id, or the enterprise id of an org-wide install.</summary>
    public string ExternalId { get; private set; }

    public string? Name { get; private set; }

    public string? BotUserId { get; private set; }

    /// <summary>The bot token, protected with ASP.NET Core Data Protection; never stored in the clear.</summary>
    public string EncryptedToken { get; private set; }

    public string? Scopes { get; private set; }

    public string? InstalledBy { get; private set; }

    public DateTimeOffset InstalledAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Installation Create(ChatPlatform platform, string externalId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Platform = platform,
        ExternalId = externalId,
        InstalledAt = now,
        UpdatedAt = now,
    };

    /// <summary>A (re)install: a new token and identity replace the old ones.</summary>
    public void Update(string? name, string? botUserId, string encryptedToken, string? scopes, string? installedBy, DateTimeOffset now)
    {
        Name = name;
        BotUserId = botUserId;
        EncryptedToken = encryptedToken;
        Scopes = scopes;
        InstalledBy = installedBy;
        UpdatedAt = now;
    }
}
