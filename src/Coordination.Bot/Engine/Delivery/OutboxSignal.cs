using Coordination.Data.Outbox;

namespace Coordination.Bot.Engine.Delivery;

/// <summary>
/// Wakes delivery when messages are queued: this instance's delivery loop at once, and (through
/// <see cref="Broadcast"/>) the other instances sharing the database where it can tell them.
/// </summary>
public sealed class OutboxSignal : IOutboxListener
{
    /// <summary>Set when there may be something to deliver.</summary>
    public WakeSignal Delivery { get; } = new();

    /// <summary>Set when this instance queued messages that other instances should hear of.</summary>
    public WakeSignal Broadcast { get; } = new();

    public void MessagesQueued()
    {
        Delivery.Set();
        Broadcast.Set();
    }
}
