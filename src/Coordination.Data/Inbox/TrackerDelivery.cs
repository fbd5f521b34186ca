using Coordination.Core.Trackers;

namespace Coordination.Data.Inbox;

/// <summary>
/// A tracker's webhook delivery acted on (GitHub's <c>X-GitHub-Delivery</c>, Linear's <c>Linear-Delivery</c>, Jira's
/// webhook identifier and timestamp), saved with what it changed: a redelivery finds it and changes nothing.
/// </summary>
public sealed class TrackerDelivery
{
    public const int MaxDeliveryIdLength = 200;

    private TrackerDelivery()
    {
        DeliveryId = string.Empty;
    }

    public Guid Id { get; private set; }

    public Tracker Tracker { get; private set; }

    public string DeliveryId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public static TrackerDelivery Received(Tracker tracker, string deliveryId, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        Tracker = tracker,
        DeliveryId = deliveryId,
        ReceivedAt = at,
    };
}
