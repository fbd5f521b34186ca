namespace Coordination.Data.Outbox;

/// <summary>Hears that outbox rows were committed, so delivery can start at once instead of at the next poll.</summary>
public interface IOutboxListener
{
    void MessagesQueued();
}
