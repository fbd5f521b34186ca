namespace Coordination.Data.Webhooks;

/// <summary>
/// A URL a workspace admin registered for outgoing webhooks: the events it takes (none listed: all), its signing
/// secret (encrypted like the bot tokens), who added it, and whether it still gets deliveries.
/// </summary>
public sealed class WebhookEndpoint
{
    public const int MaxUrlLength = 2000;
    public const int MaxFailureLength = 500;

    private WebhookEndpoint()
    {
        Key = string.Empty;
        Url = string.Empty;
        Events = string.Empty;
        EncryptedSecret = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid WorkspaceId { get; private set; }

    /// <summary>What people call it (<c>wh-3f9a2c1b</c>), unique in its workspace.</summary>
    public string Key { get; private set; }

    public string Url { get; private set; }

    /// <summary>The event types it takes, space-separated; empty for every event, including ones added later.</summary>
    public string Events { get; private set; }

    /// <summary>The signing secret, protected with ASP.NET Core Data Protection; shown once, never stored in the clear.</summary>
    public string EncryptedSecret { get; private set; }

    /// <summary>The person who added it: they hear when it is disabled.</summary>
    public Guid CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool Enabled { get; private set; }

    /// <summary>Since when every delivery has failed (cleared by a success); a day of it disables the endpoint.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public DateTimeOffset? LastFailureAt { get; private set; }

    public string? LastFailure { get; private set; }

    public IReadOnlyList<string> EventTypes => Events.Length == 0 ? [] : Events.Split(' ');

    public static WebhookEndpoint Add(Guid workspaceId, string url, IReadOnlyList<string> events, string encryptedSecret, Guid createdById, DateTimeOffset at)
    {
        var id = Guid.CreateVersion7(at);
        return new WebhookEndpoint
        {
            Id = id,
            WorkspaceId = workspaceId,
            Key = "wh-" + Guid.NewGuid().ToString("N")[..8],
            Url = url,
            Events = string.Join(' ', events),
            EncryptedSecret = encryptedSecret,
            CreatedById = createdById,
            CreatedAt = at,
            Enabled = true,
        };
    }

    public bool Takes(string eventType) => Events.Length == 0 || EventTypes.Contains(eventType, StringComparer.Ordinal);

    public void Succeeded() => FailingSince = null;

    /// <summary>Records a failed delivery; whether the endpoint has now failed for <paramref name="disableAfter"/> and was disabled.</summary>
    public bool Failed(string reason, DateTimeOffset at, TimeSpan disableAfter)
    {
        FailingSince ??= at;
        LastFailureAt = at;
        LastFailure = reason.Length <= MaxFailureLength ? reason : reason[..MaxFailureLength];
        if (!Enabled || at - FailingSince < disableAfter)
        {
            return false;
        }

        Enabled = false;
        return true;
    }
}
