namespace Coordination.Data.Outbox;

public enum OutboxStatus
{
    /// <summary>Waiting for delivery at <see cref="OutboxMessage.NextAttemptAt"/>.</summary>
    Pending = 0,

    Delivered = 1,

    /// <summary>Gave up after repeated or permanent failures; kept with its error for an operator to see.</summary>
    Parked = 2,

    /// <summary>A follow-up not sent because what it was about was settled while it waited (the stakeholder answered, the request closed).</summary>
    Dropped = 3,
}
