namespace Coordination.Core.Scheduling;

/// <summary>The slot one stakeholder of a meeting request picked; they may change it until the meeting is agreed.</summary>
public sealed class MeetingPick
{
    public MeetingPick(Guid requestId, Guid personId, int slotNumber, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        RequestId = requestId;
        PersonId = personId;
        SlotNumber = slotNumber;
        PickedAt = at;
    }

    private MeetingPick()
    {
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid PersonId { get; private set; }

    public int SlotNumber { get; private set; }

    public DateTimeOffset PickedAt { get; private set; }

    internal void Change(int slotNumber, DateTimeOffset at)
    {
        SlotNumber = slotNumber;
        PickedAt = at;
    }
}
