using Coordination.Core.Chat;
using Coordination.Core.FollowUp;

namespace Coordination.Core.Requests;

/// <summary>
/// A coordination request: what the requester needs, from whom, and everything that happened since. State changes
/// add attempts to the paper trail and queue the messages they cause in <see cref="PendingMessages"/>.
/// </summary>
public sealed partial class CoordinationRequest
{
    private readonly List<PendingMessage> _pending = [];

    private CoordinationRequest()
    {
        Title = string.Empty;
        Channel = string.Empty;
        Workspace = null!;
        Requester = null!;
    }

    public Guid Id { get; private set; }

    public Guid WorkspaceId { get; private set; }

    public Workspace Workspace { get; private set; }

    public int Number { get; private set; }

    public string Key => RequestKey.Format(Number);

    public string Title { get; private set; }

    public Guid RequesterId { get; private set; }

    public Person Requester { get; private set; }

    public DateTimeOffset AskedAt { get; private set; }

    /// <summary>The hour of the week on the requester's clock when they asked (Friday afternoon asks stall more often).</summary>
    public int? AskedLocalHour { get; private set; }

    /// <summary>How many people the ask went to (requests asked of many stall more often).</summary>
    public int? AskedOf { get; private set; }

    public DateTimeOffset? DueAt { get; private set; }

    public Guid? EscalationTargetId { get; private set; }

    public Person? EscalationTarget { get; private set; }

    public string Channel { get; private set; }

    public string? ThreadId { get; private set; }

    public RequestStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>From the ask to the close, kept so the digest compares it in SQL on every engine.</summary>
    public TimeSpan? TimeToClose { get; private set; }

    /// <summary>What the requester will do if nobody answers (<c>default: …</c>); offered as a button when the rule says proceed.</summary>
    public string? DefaultAction { get; private set; }

    /// <summary>The decision this request is a next step of, if any.</summary>
    public Guid? DecisionId { get; private set; }

    /// <summary>When the requester was told to proceed with their best judgment (once per request).</summary>
    public DateTimeOffset? ProceedNoticeAt { get; private set; }

    /// <summary>Whether settling it took a meeting (<c>ask … --meeting</c> or <c>meeting CR-n</c>): the meeting-avoidance rate counts these.</summary>
    public bool NeededMeeting { get; private set; }

    /// <summary>Settling it took a meeting; only the people it involves can say so.</summary>
    public ChangeResult MarkNeededMeeting(Person actor)
    {
        if (!Involves(actor))
        {
            return ChangeResult.NotAllowed;
        }

        if (NeededMeeting)
        {
            return ChangeResult.Unchanged;
        }

        NeededMeeting = true;
        return ChangeResult.Applied;
    }

    public List<Stakeholder> Stakeholders { get; private set; } = [];

    public List<Attempt> Attempts { get; private set; } = [];

    public ThreadRef Thread => new(Channel, ThreadId);

    /// <summary>Messages caused by changes since the last save; the host writes them to the outbox in the same transaction.</summary>
    public IReadOnlyList<PendingMessage> PendingMessages => _pending;

    public void ClearPendingMessages() => _pending.Clear();

    public IEnumerable<Stakeholder> OpenStakeholders() => Stakeholders.Where(s => s.State != StakeholderState.Redirected);

    /// <summary>Whether the request involves <paramref name="person"/>: its requester or one of its current stakeholders.</summary>
    public bool Involves(Person person) => person.Id == RequesterId || StakeholderFor(person) is not null;

    public Stakeholder? StakeholderFor(Person person) =>
        Stakeholders.FirstOrDefault(s => s.PersonId == person.Id && s.State != StakeholderState.Redirected);

    /// <summary>Who hears about a silent stakeholder: the explicit target, their lead, the requester's lead, or the requester.</summary>
    public Person EscalationTargetFor(Stakeholder stakeholder) =>
        EscalationTarget ?? stakeholder.Person.Lead ?? Requester.Lead ?? Requester;

    /// <summary>Attach the thread the request's first post started, when the platform reports it.</summary>
    public void AttachThread(string threadId) => ThreadId ??= threadId;

    /// <summary>Make this request a next step of <paramref name="decisionId"/>.</summary>
    public void CarryOut(Guid decisionId) => DecisionId = decisionId;

    private OutgoingMessage Message(MessageDestination destination, string text, IEnumerable<Person> mentioned, bool buttons = false) =>
        Message(destination, text, mentioned, buttons ? MessageButton.ForRequest(Key) : []);

    private OutgoingMessage Message(MessageDestination destination, string text, IEnumerable<Person> mentioned, IReadOnlyList<MessageButton> buttons) =>
        new(
            Workspace.Platform,
            Workspace.ExternalId,
            destination,
            text,
            mentioned.DistinctBy(p => p.Id).Select(p => p.Mention).ToList(),
            buttons);

    /// <summary>The "Proceed with the default" button, on the messages that tell the requester to go ahead, when there is a default.</summary>
    private IReadOnlyList<MessageButton> ProceedButtons() =>
        DefaultAction is null ? [] : [new MessageButton(MessageButton.ProceedWithDefault, "Proceed with the default", Key)];

    private Attempt Record(AttemptKind kind, DateTimeOffset at, Guid? stakeholderId, Guid? actorId, string where, string? note = null, int? number = null)
    {
        var attempt = new Attempt(Id, stakeholderId, kind, at, actorId, where, note, number);
        Attempts.Add(attempt);
        return attempt;
    }

    private void Queue(OutgoingMessage message, string deduplicationKey, Attempt? attempt, Stakeholder? stakeholder, bool opensWindow = false, bool followUp = false) =>
        _pending.Add(new PendingMessage(message, deduplicationKey, attempt?.Id, stakeholder?.Id) { OpensWindow = opensWindow, IsFollowUp = followUp });
}
