using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Scheduling;

namespace Coordination.Core.Requests;

/// <summary>
/// A meeting request (<c>schedule</c>): its post proposes times, each stakeholder's pick is their answer, and nothing is
/// agreed until every stakeholder has picked; then one time for all agrees it, and different times go to the requester.
/// </summary>
public sealed partial class CoordinationRequest
{
    /// <summary>Every time proposed, the withdrawn ones included; empty for a request that is not a meeting.</summary>
    public List<MeetingSlot> MeetingSlots { get; private set; } = [];

    /// <summary>Each stakeholder's pick among the current proposal.</summary>
    public List<MeetingPick> MeetingPicks { get; private set; } = [];

    public IEnumerable<MeetingSlot> CurrentSlots() => MeetingSlots.Where(s => !s.Withdrawn).OrderBy(s => s.Number);

    public MeetingSlot? CurrentSlot(int number) => CurrentSlots().FirstOrDefault(s => s.Number == number);

    /// <summary>The stakeholders who have not picked one of the current times yet.</summary>
    public IEnumerable<Stakeholder> WaitingForPicks() => OpenStakeholders().Where(s => !MeetingPicks.Any(p => p.PersonId == s.PersonId));

    /// <summary>A meeting request: asked like any request, its post carrying the proposed times as buttons.</summary>
    public static CoordinationRequest AskForMeeting(Workspace workspace, string title, Person requester, IReadOnlyCollection<Person> stakeholders, ThreadRef where, DateTimeOffset now, FollowUpSchedule schedule, int number, IReadOnlyList<SlotTime> times)
    {
        var request = Ask(workspace, title, requester, stakeholders, where, now, schedule, number: number);
        var slots = request.AddSlots(times, now);
        var ask = request._pending.FindIndex(p => p.DeduplicationKey == AskDeduplicationKey(request.Id));
        var post = request._pending[ask].Message with { Text = MeetingText.Proposal(request, slots, schedule), Buttons = MeetingText.ProposalButtons(request.Key, slots) };
        request._pending[ask] = request._pending[ask] with { Message = post };
        return request;
    }

    /// <summary>The requester asks for new times: the old ones and every pick are withdrawn, the new ones posted in the thread.</summary>
    public ChangeResult ProposeAgain(Person actor, IReadOnlyList<SlotTime> times, DateTimeOffset now, FollowUpSchedule schedule)
    {
        if (Status != RequestStatus.Open)
        {
            return ChangeResult.Closed;
        }

        if (actor.Id != RequesterId || MeetingSlots.Count == 0 || times.Count == 0)
        {
            return ChangeResult.NotAllowed;
        }

        foreach (var old in CurrentSlots())
        {
            old.Withdraw();
        }

        MeetingPicks.Clear();
        var slots = AddSlots(times, now);
        var record = Record(AttemptKind.Ask, now, null, actor.Id, Thread.ToWhere(), "proposed new times: " + string.Join(", ", slots.Select(s => s.StartLabel)));
        var post = Message(MessageDestination.InThread(Thread), MeetingText.Proposal(this, slots, schedule, again: true), OpenStakeholders().Select(s => s.Person), MeetingText.ProposalButtons(Key, slots));
        Queue(post, $"meeting-proposal:{Id}:{slots[0].Number}", record, null);
        return ChangeResult.Applied;
    }

    /// <summary>A stakeholder picks one of the current times (or changes their pick): their answer, their clock stopped.</summary>
    public ChangeResult Pick(Person person, int slotNumber, DateTimeOffset now)
    {
        var stakeholder = StakeholderFor(person);
        if (stakeholder is null || CurrentSlot(slotNumber) is not { } slot)
        {
            return ChangeResult.NotAllowed;
        }

        if (Status != RequestStatus.Open)
        {
            return ChangeResult.Closed;
        }

        var earlier = MeetingPicks.FirstOrDefault(p => p.PersonId == person.Id);
        if (earlier?.SlotNumber == slotNumber)
        {
            return ChangeResult.Unchanged;
        }

        if (earlier is null)
        {
            MeetingPicks.Add(new MeetingPick(Id, person.Id, slotNumber, now));
        }
        else
        {
            earlier.Change(slotNumber, now);
        }

        var late = stakeholder.State == StakeholderState.Escalated ? "late, after escalation: " : string.Empty;
        stakeholder.RecordAnswer(StakeholderState.Responded, now);
        var record = Record(AttemptKind.Response, now, stakeholder.Id, person.Id, Thread.ToWhere(), $"{late}picked {slot.StartLabel}{(earlier is null ? string.Empty : " (changed)")}");
        SettleWhenAllPicked(record, now);
        return ChangeResult.Applied;
    }

    /// <summary>The requester chooses among the times picked, once everyone has picked and the picks differ.</summary>
    public ChangeResult Choose(Person actor, int slotNumber, DateTimeOffset now)
    {
        if (Status != RequestStatus.Open)
        {
            return ChangeResult.Closed;
        }

        if (actor.Id != RequesterId || CurrentSlot(slotNumber) is not { } slot || MeetingPicks.All(p => p.SlotNumber != slotNumber))
        {
            return ChangeResult.NotAllowed;
        }

        if (WaitingForPicks().Any())
        {
            return ChangeResult.Unchanged;
        }

        Agree(slot, actor, now);
        return ChangeResult.Applied;
    }

    private List<MeetingSlot> AddSlots(IReadOnlyList<SlotTime> times, DateTimeOffset now)
    {
        var next = MeetingSlots.Count == 0 ? 1 : MeetingSlots.Max(s => s.Number) + 1;
        var slots = times.Select((t, i) => new MeetingSlot(Id, next + i, t.Start, t.End, now)).ToList();
        MeetingSlots.AddRange(slots);
        return slots;
    }

    private void SettleWhenAllPicked(Attempt lastPick, DateTimeOffset now)
    {
        if (WaitingForPicks().Any())
        {
            return;
        }

        var picks = OpenStakeholders().Select(s => (s.Person, MeetingPicks.First(p => p.PersonId == s.PersonId).SlotNumber)).ToList();
        var tally = picks.GroupBy(p => p.SlotNumber).OrderBy(g => g.Key)
            .Select(g => (CurrentSlot(g.Key)!, (IReadOnlyList<Person>)[.. g.Select(p => p.Person)])).ToList();
        if (tally.Count == 1)
        {
            Agree(tally[0].Item1, null, now);
            return;
        }

        var text = MeetingText.Tally(this, tally);
        var message = Message(MessageDestination.InThread(Thread), text, [Requester], MeetingText.ChoiceButtons(Key, tally.Select(t => t.Item1)));
        Queue(message, $"meeting-tally:{lastPick.Id}", lastPick, null);
    }

    private void Agree(MeetingSlot slot, Person? actor, DateTimeOffset now)
    {
        Close(RequestStatus.Resolved, now);
        var record = Record(AttemptKind.Resolve, now, null, actor?.Id, Thread.ToWhere(), $"agreed: {slot.Label}");
        var people = OpenStakeholders().Select(s => s.Person).Prepend(Requester).ToList();
        var message = Message(MessageDestination.InThread(Thread), MeetingText.Agreed(this, slot), people, []) with { File = MeetingInvite.For(this, slot, people, now) };
        Queue(message, $"meeting-agreed:{Id}", record, null);
    }
}
