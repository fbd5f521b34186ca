using Coordination.Core.Requests;

namespace Coordination.Core.Satisfaction;

/// <summary>
/// "How did CR-n go?", asked once, privately, of a resolved request's requester: at most one question per person per
/// day (<see cref="Day"/> in their own zone, unique per person), and one answer per question. Pressing the other
/// thumb changes the answer, never adds a second; a note can be added or replaced later. The answer is the
/// requester's own: the digest counts it in their teams' shares, and nobody else sees it by name.
/// </summary>
public sealed class SatisfactionQuestion
{
    public const int MaxNoteLength = 1000;

    private SatisfactionQuestion()
    {
    }

    public Guid Id { get; private set; }

    public Guid WorkspaceId { get; private set; }

    public Guid RequestId { get; private set; }

    /// <summary>The requester asked, the only one who may answer.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>The day it was asked, in the requester's zone: one question per person per day.</summary>
    public DateOnly Day { get; private set; }

    public DateTimeOffset AskedAt { get; private set; }

    /// <summary>👍 (<c>true</c>) or 👎 (<c>false</c>); <c>null</c> until answered.</summary>
    public bool? Happy { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public static SatisfactionQuestion Ask(CoordinationRequest request, DateOnly day, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        WorkspaceId = request.WorkspaceId,
        RequestId = request.Id,
        PersonId = request.RequesterId,
        Day = day,
        AskedAt = at,
    };

    /// <summary>The requester's 👍 or 👎; the same thumb again is <see cref="ChangeResult.Unchanged"/>, the other one changes it.</summary>
    public ChangeResult Answer(Person person, bool happy, DateTimeOffset at)
    {
        if (person.Id != PersonId)
        {
            return ChangeResult.NotAllowed;
        }

        if (Happy == happy)
        {
            return ChangeResult.Unchanged;
        }

        (Happy, AnsweredAt) = (happy, at);
        return ChangeResult.Applied;
    }

    /// <summary>The requester's note, in their words (replacing an earlier one).</summary>
    public ChangeResult AddNote(Person person, string note, DateTimeOffset at)
    {
        if (person.Id != PersonId)
        {
            return ChangeResult.NotAllowed;
        }

        var trimmed = note.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxNoteLength)
        {
            return ChangeResult.Unchanged;
        }

        Note = trimmed;
        AnsweredAt ??= at;
        return ChangeResult.Applied;
    }
}
