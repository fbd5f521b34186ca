using Coordination.Core.Chat;
using Coordination.Core.FollowUp;

namespace Coordination.Core.Requests;

public sealed partial class CoordinationRequest
{
    /// <summary>
    /// A stakeholder answered: a message in the thread (<see cref="AttemptKind.Response"/>), Acknowledge or Done.
    /// It stops their clock. An answer after escalation is still recorded, as late.
    /// </summary>
    public ChangeResult Respond(Person person, AttemptKind kind, DateTimeOffset now, string? note = null)
    {
        if (kind is not (AttemptKind.Response or AttemptKind.Acknowledge or AttemptKind.Done))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an answer.");
        }

        var stakeholder = StakeholderFor(person);
        if (stakeholder is null)
        {
            return ChangeResult.NotAllowed;
        }

        if (Status != RequestStatus.Open)
        {
            return ChangeResult.Closed;
        }

        var state = kind == AttemptKind.Done ? StakeholderState.Done : StakeholderState.Responded;
        if (stakeholder.State == state || (stakeholder.State == StakeholderState.Done && state == StakeholderState.Responded))
        {
            return ChangeResult.Unchanged;
        }

        var late = stakeholder.State == StakeholderState.Escalated ? "late, after escalation" : null;
        stakeholder.RecordAnswer(state, now);
        var record = Record(kind, now, stakeholder.Id, person.Id, Thread.ToWhere(), JoinNotes(late, note));
        if (kind == AttemptKind.Done)
        {
            Queue(Message(MessageDestination.InThread(Thread), FollowUpMessages.Done(stakeholder, note), [person]), $"done:{record.Id}", record, stakeholder);
            ResolveWhenAllDone(now);
        }

        return ChangeResult.Applied;
    }

    /// <summary>A decline is an answer too: the clock stops and the requester sees the reason.</summary>
    public ChangeResult Decline(Person person, string reason, DateTimeOffset now)
    {
        var stakeholder = StakeholderFor(person);
        if (stakeholder is null)
        {
            return ChangeResult.NotAllowed;
        }

        if (Status != RequestStatus.Open)
        {
            return ChangeResult.Closed;
        }

        if (stakeholder.State == StakeholderState.Declined)
        {
            return ChangeResult.Unchanged;
        }

        var late = stakeholder.State == StakeholderState.Escalated ? "late, after escalation" : null;
        stakeholder.RecordAnswer(StakeholderState.Declined, now);
        var record = Record(AttemptKind.Decline, now, stakeholder.Id, person.Id, Thread.ToWhere(), JoinNotes(late, reason));
        var text = FollowUpMessages.Declined(stakeholder, reason);
        Queue(Message(MessageDestination.InThread(Thread), text, [person, Requester]), $"decline:{record.Id}", record, stakeholder);
        return ChangeResult.Applied;
    }

    /// <summary>Move a waiting stakeholder's next follow-up to <paramref name="until"/> (held for their morning).</summary>
    public ChangeResult Snooze(Person actor, Person stakeholderPerson, DateTimeOffset until, DateTimeOffset now, FollowUpSchedule schedule)
    {
        var stakeholder = StakeholderFor(stakeholderPerson);
        if (Status != RequestStatus.Open)
        {
            return ChangeResult.Closed;
        }

        if (stakeholder is null || (actor.Id != stakeholderPerson.Id && actor.Id != RequesterId) || until <= now)
        {
            return ChangeResult.NotAllowed;
        }

        if (!stakeholder.IsAwaitingAnswer)
        {
            return ChangeResult.Unchanged;
        }

        stakeholder.RecordSnooze(until);
        stakeholder.Schedule(schedule.FollowUpDeliverableAt(stakeholder, until));
        Record(AttemptKind.Snooze, now, stakeholder.Id, actor.Id, Thread.ToWhere(), $"until {until:u}");
        return ChangeResult.Applied;
    }

    private void ResolveWhenAllDone(DateTimeOffset now)
    {
        if (OpenStakeholders().All(s => s.State == StakeholderState.Done))
        {
            Close(RequestStatus.Resolved, now);
            Record(AttemptKind.Resolve, now, null, null, Thread.ToWhere(), "every stakeholder marked it done");
        }
    }

    private static string? JoinNotes(string? first, string? second) =>
        (first, second) switch
        {
            (null, _) => second,
            (_, null) => first,
            _ => $"{first}: {second}",
        };

    /// <summary>
    /// <paramref name="person"/> is away until <paramref name="until"/>: with no delegate their clock here pauses until then;
    /// with one, their part goes to the delegate with a fresh clock, the original stakeholder named in the thread.
    /// </summary>
    public ChangeResult HoldWhileAway(Person person, DateTimeOffset until, Person? stand, DateTimeOffset now, FollowUpSchedule schedule)
    {
        if (Status != RequestStatus.Open || StakeholderFor(person) is not { State: StakeholderState.Waiting } stakeholder)
        {
            return ChangeResult.Unchanged;
        }

        if (stand is not null && stand.Id != RequesterId && StakeholderFor(stand) is null)
        {
            var day = FollowUpMessages.AwayDay(until, person, schedule);
            var text = FollowUpMessages.StandsIn(stakeholder, stand, FollowUpMessages.Day(until, person, schedule), Key);
            HandOver(stakeholder, person, stand, new HandOverNote(AttemptKind.StandIn, $"{person.DisplayName} is away until {day}; {stand.DisplayName} stands in", text), now, schedule);
            return ChangeResult.Applied;
        }

        stakeholder.PauseUntil(until);
        stakeholder.Schedule(schedule.NextFollowUpAt(stakeholder));
        Record(AttemptKind.Away, now, stakeholder.Id, person.Id, Thread.ToWhere(), $"away until {until:yyyy-MM-dd HH:mm} UTC: clock paused");
        return ChangeResult.Applied;
    }

    /// <summary><paramref name="person"/> is back: a clock paused for them runs again from now.</summary>
    public ChangeResult Resume(Person person, DateTimeOffset now, FollowUpSchedule schedule)
    {
        if (Status != RequestStatus.Open || StakeholderFor(person) is not { State: StakeholderState.Waiting } stakeholder || stakeholder.WindowStartedAt <= now)
        {
            return ChangeResult.Unchanged;
        }

        stakeholder.ResumeAt(now);
        stakeholder.Schedule(schedule.NextFollowUpAt(stakeholder));
        Record(AttemptKind.Away, now, stakeholder.Id, person.Id, Thread.ToWhere(), "back: clock running again");
        return ChangeResult.Applied;
    }
}
