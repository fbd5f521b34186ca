using Coordination.Core.Chat;

namespace Coordination.Core.Requests;

/// <summary>A Slack team or a Teams tenant: every person and request belongs to exactly one.</summary>
public sealed class Workspace
{
    public Workspace(ChatPlatform platform, string externalId)
    {
        Id = Guid.CreateVersion7();
        Platform = platform;
        ExternalId = externalId;
    }

    public Guid Id { get; private set; }

    public ChatPlatform Platform { get; private set; }

    public string ExternalId { get; private set; }

    /// <summary>The number of the last request asked here; it is also the row's concurrency token.</summary>
    public int LastRequestNumber { get; private set; }

    public int TakeNextRequestNumber() => ++LastRequestNumber;

    /// <summary>Where the weekly digest goes (<c>digest channel #x</c>); <c>null</c>: the configured default, if any.</summary>
    public string? DigestChannel { get; private set; }

    /// <summary>The zone the digest's schedule runs in: the zone of whoever chose its channel.</summary>
    public string? TimeZoneId { get; private set; }

    public void SendDigestTo(string channel, string? timeZoneId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        DigestChannel = channel;
        TimeZoneId = timeZoneId ?? TimeZoneId;
    }
}
