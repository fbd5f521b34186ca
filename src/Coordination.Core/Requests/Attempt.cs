namespace Coordination.Core.Requests;

/// <summary>One entry of a request's paper trail: who did what, when, and where it was posted.</summary>
public sealed class Attempt
{
    public const int MaxNotSentReasonLength = 300;

    /// <summary>The longest note the store keeps.</summary>
    public const int MaxNoteLength = 1000;

    public Attempt(Guid requestId, Guid? stakeholderId, AttemptKind kind, DateTimeOffset at, Guid? actorId, string where, string? note = null, int? number = null)
    {
        Id = Guid.CreateVersion7(at);
        RequestId = requestId;
        StakeholderId = stakeholderId;
        Kind = kind;
        At = at;
        ActorId = actorId;
        Where = where;
        Note = note;
        Number = number;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    /// <summary>The stakeholder this entry is about, or <c>null</c> for request-wide entries (resolve, cancel).</summary>
    public Guid? StakeholderId { get; private set; }

    public AttemptKind Kind { get; private set; }

    /// <summary>
    /// For the ask, nudges and escalation: which attempt on the stakeholder this is (the ask is 1). Unique per
    /// stakeholder, so the same nudge can never be recorded, nor sent, twice.
    /// </summary>
    public int? Number { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>When the message this entry caused reached the platform, once it has.</summary>
    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>The person who acted, or <c>null</c> when the bot did.</summary>
    public Guid? ActorId { get; private set; }

    /// <summary>Where it happened, as a person would name it: a channel and thread, or a DM.</summary>
    public string Where { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Why the message this entry caused never reached anyone (dropped at send time, or refused); <c>null</c> otherwise.</summary>
    public string? NotSentReason { get; private set; }

    /// <summary>Adds a note to an entry recorded without one (where the request came from).</summary>
    public void Annotate(string note) => Note ??= note.Length <= MaxNoteLength ? note : note[..MaxNoteLength];

    public void MarkDelivered(DateTimeOffset at) => DeliveredAt ??= at;

    public void MarkNotSent(string reason) => NotSentReason ??= reason.Length <= MaxNotSentReasonLength ? reason : reason[..MaxNotSentReasonLength];
}
