using Coordination.Core.Chat;

namespace Coordination.Data.Inbox;

/// <summary>
/// An event a platform delivered, kept from the moment it arrives: its id is unique per platform, so a redelivery is
/// recognised across restarts and instances, and an event whose processing was cut short is picked up again.
/// </summary>
public sealed class InboundEvent
{
    public const int MaxErrorLength = 2000;

    private InboundEvent()
    {
        EventId = string.Empty;
        WorkspaceExternalId = string.Empty;
        Payload = string.Empty;
    }

    public Guid Id { get; private set; }

    public ChatPlatform Platform { get; private set; }

    /// <summary>The platform's id for the event (Slack's <c>event_id</c>, a Teams activity id).</summary>
    public string EventId { get; private set; }

    public string WorkspaceExternalId { get; private set; }

    /// <summary>The event as the platform sent it.</summary>
    public string Payload { get; private set; }

    public InboundEventStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the event may be (re)processed; while an instance works on it, the end of that instance's lease.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>A new event, already leased to the instance that received it until <paramref name="leasedUntil"/>.</summary>
    public static InboundEvent Receive(ChatPlatform platform, string eventId, string workspaceExternalId, string payload, DateTimeOffset now, DateTimeOffset leasedUntil) => new()
    {
        Id = Guid.CreateVersion7(now),
        Platform = platform,
        EventId = eventId,
        WorkspaceExternalId = workspaceExternalId,
        Payload = payload,
        Status = InboundEventStatus.Pending,
        Attempts = 1,
        ReceivedAt = now,
        NextAttemptAt = leasedUntil,
    };

    public void MarkProcessed(DateTimeOffset at)
    {
        Status = InboundEventStatus.Processed;
        ProcessedAt = at;
        LastError = null;
    }

    public void MarkFailed(string error, DateTimeOffset retryAt)
    {
        LastError = Truncate(error);
        NextAttemptAt = retryAt;
    }

    /// <summary>Stops retrying an event that keeps failing; it stays, with its error, for someone to look at.</summary>
    public void Park(string error)
    {
        Status = InboundEventStatus.Parked;
        LastError = Truncate(error);
    }

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
