namespace Coordination.Data.Webhooks;

public enum WebhookDeliveryStatus
{
    Pending = 0,
    Delivered = 1,

    /// <summary>Not sent: its endpoint was removed or disabled first.</summary>
    Dropped = 2,
}

/// <summary>
/// One event for one endpoint, written in the transaction of the change that caused it (the webhook outbox) and sent
/// by the webhook delivery worker with retries. The body is fixed when the event happens; every retry sends it again.
/// </summary>
public sealed class WebhookDelivery
{
    public const int MaxErrorLength = 500;

    private WebhookDelivery()
    {
        EventId = string.Empty;
        EventType = string.Empty;
        Body = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EndpointId { get; private set; }

    /// <summary>The event's id, the same for every endpoint that gets it, so a receiver can de-duplicate.</summary>
    public string EventId { get; private set; }

    public string EventType { get; private set; }

    /// <summary>The JSON body, exactly as signed and sent.</summary>
    public string Body { get; private set; }

    public WebhookDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public string? LastError { get; private set; }

    public static WebhookDelivery Queue(Guid endpointId, string eventId, string eventType, string body, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        EndpointId = endpointId,
        EventId = eventId,
        EventType = eventType,
        Body = body,
        Status = WebhookDeliveryStatus.Pending,
        CreatedAt = at,
        NextAttemptAt = at,
    };

    public void Delivered(DateTimeOffset at)
    {
        Attempts++;
        Status = WebhookDeliveryStatus.Delivered;
        DeliveredAt = at;
        LastError = null;
    }

    public void Failed(string error, DateTimeOffset retryAt)
    {
        Attempts++;
        LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        NextAttemptAt = retryAt;
    }

    public void Drop(string reason)
    {
        Status = WebhookDeliveryStatus.Dropped;
        LastError = reason.Length <= MaxErrorLength ? reason : reason[..MaxErrorLength];
    }
}
