namespace Coordination.Core.Requests;

/// <summary>One person a request waits on, with their own clock.</summary>
public sealed class Stakeholder
{
    internal Stakeholder(CoordinationRequest request, Person person, DateTimeOffset askedAt, Guid? redirectedFromId = null)
    {
        Id = Guid.CreateVersion7(askedAt);
        Request = request;
        RequestId = request.Id;
        Person = person;
        PersonId = person.Id;
        State = StakeholderState.Waiting;
        AttemptCount = 1;
        AskedAt = askedAt;
        WindowStartedAt = askedAt;
        AwaitsDelivery = true;
        RedirectedFromId = redirectedFromId;
    }

    private Stakeholder()
    {
        Request = null!;
        Person = null!;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public CoordinationRequest Request { get; private set; }

    public Guid PersonId { get; private set; }

    public Person Person { get; private set; }

    public StakeholderState State { get; private set; }

    /// <summary>Attempts made to reach this person so far; the ask is the first.</summary>
    public int AttemptCount { get; private set; }

    public DateTimeOffset AskedAt { get; private set; }

    /// <summary>When the current window began: the ask, or the delivery of the latest nudge.</summary>
    public DateTimeOffset WindowStartedAt { get; private set; }

    /// <summary>
    /// The message that opens the current window (the ask, a nudge, a hand-over) is queued but has not reached the
    /// platform yet: no follow-up is scheduled until it has, and the window then counts from that instant.
    /// </summary>
    public bool AwaitsDelivery { get; private set; }

    /// <summary>Attempts that never reached the person (a nudge the platform refused); they do not count as unanswered.</summary>
    public int UndeliveredAttempts { get; private set; }

    /// <summary>Attempts that reached the person: the ones that can go unanswered.</summary>
    public int DeliveredAttempts => AttemptCount - UndeliveredAttempts;

    /// <summary>When the sweep should look at this stakeholder next (indexed); <c>null</c> when nothing is pending.</summary>
    public DateTimeOffset? NextActionAt { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    /// <summary>From the ask to the first answer, kept beside the two instants so the database can aggregate it.</summary>
    public TimeSpan? TimeToRespond { get; private set; }

    /// <summary>The hour of the week on the person's own clock when they were asked (see <see cref="FollowUp.PersonCalendar.HourOfWeek"/>).</summary>
    public int? AskedLocalHour { get; private set; }

    /// <summary>Whether the ask reached the person outside their working hours.</summary>
    public bool? AskedOffHours { get; private set; }

    public DateTimeOffset? SnoozedUntil { get; private set; }

    public Guid? RedirectedFromId { get; private set; }

    /// <summary>Optimistic concurrency token: a sweep and a reply racing on this row cannot both win.</summary>
    public int Version { get; private set; }

    public bool IsAwaitingAnswer => State is StakeholderState.Waiting or StakeholderState.Snoozed;

    /// <summary>Notes where in the person's week the ask landed, for the stall patterns.</summary>
    internal void PlaceAsk(FollowUp.PersonCalendar calendar)
    {
        AskedLocalHour = calendar.HourOfWeek(AskedAt);
        AskedOffHours = !calendar.IsWorkingHour(AskedAt);
    }

    internal void Schedule(DateTimeOffset? nextActionAt)
    {
        NextActionAt = nextActionAt;
        Version++;
    }

    internal void RecordAnswer(StakeholderState state, DateTimeOffset at)
    {
        State = state;
        TimeToRespond ??= at - AskedAt;
        RespondedAt ??= at;
        SnoozedUntil = null;
        Schedule(null);
    }

    /// <summary>A nudge is queued: the next window starts when it arrives, so nothing is scheduled meanwhile.</summary>
    internal void RecordNudge(DateTimeOffset at)
    {
        AttemptCount++;
        State = StakeholderState.Waiting;
        SnoozedUntil = null;
        WindowStartedAt = at;
        AwaitsDelivery = true;
        Schedule(null);
    }

    /// <summary>The nudge that was to open the current window never reached the person.</summary>
    internal void RecordUndeliveredAttempt() => UndeliveredAttempts++;

    internal void RecordEscalation()
    {
        State = StakeholderState.Escalated;
        SnoozedUntil = null;
        Schedule(null);
    }

    internal void RecordSnooze(DateTimeOffset until)
    {
        State = StakeholderState.Snoozed;
        SnoozedUntil = until;
    }

    /// <summary>
    /// The message that opens the current window reached the platform (or was given up on) at <paramref name="at"/>:
    /// the window counts from then, or from later when the person is away until later. Returns whether the stakeholder
    /// still waits for an answer on the rule's own clock (not snoozed), so their next follow-up should be scheduled.
    /// </summary>
    internal bool OpenWindowAt(DateTimeOffset at)
    {
        if (!AwaitsDelivery)
        {
            return false;
        }

        AwaitsDelivery = false;
        if (at > WindowStartedAt)
        {
            WindowStartedAt = at;
        }

        return IsAwaitingAnswer && SnoozedUntil is null;
    }

    /// <summary>Away: the current window starts only when the person is back (the clock does not run meanwhile).</summary>
    internal void PauseUntil(DateTimeOffset back)
    {
        if (IsAwaitingAnswer && back > WindowStartedAt)
        {
            WindowStartedAt = back;
        }
    }

    /// <summary>Back sooner than planned: a window that was to start later starts now.</summary>
    internal void ResumeAt(DateTimeOffset now)
    {
        if (IsAwaitingAnswer && WindowStartedAt > now)
        {
            WindowStartedAt = now;
        }
    }

    internal void Redirected()
    {
        State = StakeholderState.Redirected;
        Schedule(null);
    }
}
