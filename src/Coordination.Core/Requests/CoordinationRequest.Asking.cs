using Coordination.Core.Chat;
using Coordination.Core.FollowUp;

namespace Coordination.Core.Requests;

public sealed partial class CoordinationRequest
{
    /// <summary>
    /// Attempt 1: record the ask against each stakeholder and post it where the request lives. The key's number is
    /// <paramref name="number"/> when the store handed one out, else the workspace's next.
    /// </summary>
    public static CoordinationRequest Ask(
        Workspace workspace,
        string title,
        Person requester,
        IReadOnlyCollection<Person> stakeholders,
        ThreadRef where,
        DateTimeOffset now,
        FollowUpSchedule schedule,
        DateTimeOffset? dueAt = null,
        Person? escalationTarget = null,
        int? number = null,
        string? defaultAction = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var request = new CoordinationRequest
        {
            Id = Guid.CreateVersion7(now),
            Workspace = workspace,
            WorkspaceId = workspace.Id,
            Number = number ?? workspace.TakeNextRequestNumber(),
            Title = title.Trim(),
            Requester = requester,
            RequesterId = requester.Id,
            AskedAt = now,
            AskedLocalHour = schedule.CalendarOf(requester).HourOfWeek(now),
            DueAt = dueAt,
            EscalationTarget = escalationTarget,
            EscalationTargetId = escalationTarget?.Id,
            Channel = where.Channel,
            ThreadId = where.ThreadId,
            Status = RequestStatus.Open,
            DefaultAction = string.IsNullOrWhiteSpace(defaultAction) ? null : defaultAction.Trim(),
        };
        request.AskEach(stakeholders, now, schedule);
        return request;
    }

    /// <summary>Records the ask against each distinct stakeholder and queues the request's post, which opens their windows.</summary>
    private void AskEach(IReadOnlyCollection<Person> stakeholders, DateTimeOffset now, FollowUpSchedule schedule)
    {
        foreach (var person in stakeholders.DistinctBy(p => p.Id))
        {
            AddStakeholder(person, now, schedule, RequesterId, redirectedFrom: null);
        }

        AskedOf = Stakeholders.Count;
        var post = Message(
            MessageDestination.InThread(Thread),
            FollowUpMessages.Ask(this, schedule),
            Stakeholders.Select(s => s.Person).Prepend(Requester),
            buttons: true);
        Queue(post, AskDeduplicationKey(Id), null, null, opensWindow: true);
    }

    /// <summary>The outbox key of the request's own post: when it is delivered, the platform's id for it becomes the thread.</summary>
    public static string AskDeduplicationKey(Guid requestId) => $"ask:{requestId}";

    /// <summary>"Not me, ask @x": the stakeholder steps out and <paramref name="to"/> gets the request with a fresh clock.</summary>
    public ChangeResult Redirect(Person actor, Person from, Person to, DateTimeOffset now, FollowUpSchedule schedule)
    {
        var stakeholder = StakeholderFor(from);
        if (Status != RequestStatus.Open)
        {
            return ChangeResult.Closed;
        }

        if (stakeholder is null || (actor.Id != from.Id && actor.Id != RequesterId) || to.Id == RequesterId)
        {
            return ChangeResult.NotAllowed;
        }

        if (StakeholderFor(to) is not null)
        {
            return ChangeResult.Unchanged;
        }

        HandOver(stakeholder, actor, to, new HandOverNote(AttemptKind.Redirect, $"to {to.DisplayName}", FollowUpMessages.Redirected(stakeholder, to, Key)), now, schedule);
        return ChangeResult.Applied;
    }

    /// <summary>The stakeholder's part moves to <paramref name="to"/> with a fresh clock; the trail and the thread say why.</summary>
    private void HandOver(Stakeholder stakeholder, Person actor, Person to, HandOverNote why, DateTimeOffset now, FollowUpSchedule schedule)
    {
        stakeholder.Redirected();
        var record = Record(why.Kind, now, stakeholder.Id, actor.Id, Thread.ToWhere(), why.TrailNote);
        var next = AddStakeholder(to, now, schedule, actor.Id, stakeholder.Id);
        var note = Message(MessageDestination.InThread(Thread), why.ThreadText, [stakeholder.Person, to], buttons: true);
        Queue(note, $"{(why.Kind == AttemptKind.StandIn ? "stand-in" : "redirect")}:{record.Id}", record, next, opensWindow: true);
    }

    /// <summary>How a hand-over is recorded: its kind, the trail's note and the thread's text.</summary>
    private sealed record HandOverNote(AttemptKind Kind, string TrailNote, string ThreadText);

    private Stakeholder AddStakeholder(Person person, DateTimeOffset now, FollowUpSchedule schedule, Guid actorId, Guid? redirectedFrom)
    {
        var stakeholder = new Stakeholder(this, person, now, redirectedFrom);
        stakeholder.PlaceAsk(schedule.CalendarOf(person));
        Stakeholders.Add(stakeholder);
        Record(AttemptKind.Ask, now, stakeholder.Id, actorId, Thread.ToWhere(), null, number: 1);
        stakeholder.Schedule(schedule.NextFollowUpAt(stakeholder));
        return stakeholder;
    }
}
