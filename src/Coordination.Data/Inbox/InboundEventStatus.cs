namespace Coordination.Data.Inbox;

public enum InboundEventStatus
{
    Pending = 0,
    Processed = 1,
    Parked = 2,
}
