using Coordination.Core.Chat;
using Coordination.Core.Trackers;

namespace Coordination.Core.Requests;

public sealed partial class CoordinationRequest
{
    /// <summary>
    /// The linked issue was closed or moved to done: the request resolves, by the tracker rather than a person, with
    /// "resolved by github.com/acme/api/issues/5 closing" in the trail, and the thread hears it.
    /// </summary>
    public ChangeResult ResolveByTracker(TrackerEvent closing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(closing);
        if (Status != RequestStatus.Open)
        {
            return ChangeResult.Closed;
        }

        Close(RequestStatus.Resolved, now);
        var record = Record(AttemptKind.Resolve, now, null, null, Thread.ToWhere(), closing.TrailNote);
        Queue(Message(MessageDestination.InThread(Thread), $"{Key} resolved: {closing.Sentence}.", []), $"tracker-resolve:{Id}", record, null);
        return ChangeResult.Applied;
    }

    /// <summary>A line in the trail about the linked issue that changes nothing else (linked, closed without merging).</summary>
    public ChangeResult NoteFromTracker(string note, Guid? actorId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        Record(AttemptKind.Tracker, now, null, actorId, Thread.ToWhere(), note);
        return ChangeResult.Applied;
    }
}
