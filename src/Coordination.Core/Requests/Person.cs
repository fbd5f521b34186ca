using Coordination.Core.Chat;
using Coordination.Core.FollowUp;

namespace Coordination.Core.Requests;

/// <summary>Someone in a workspace: a requester, a stakeholder, a lead.</summary>
public sealed class Person
{
    public Person(Guid workspaceId, string platformUserId, string displayName)
    {
        Id = Guid.CreateVersion7();
        WorkspaceId = workspaceId;
        PlatformUserId = platformUserId;
        DisplayName = displayName;
        WorkingDays = WorkingDays.Weekdays;
    }

    public Guid Id { get; private set; }

    public Guid WorkspaceId { get; private set; }

    public string PlatformUserId { get; private set; }

    public string DisplayName { get; private set; }

    /// <summary>IANA zone, or <c>null</c> when unknown (the configured default applies).</summary>
    public string? TimeZoneId { get; private set; }

    public WorkingDays WorkingDays { get; private set; }

    public Guid? LeadId { get; private set; }

    public Person? Lead { get; private set; }

    /// <summary>Until when the person is away (their clocks pause, or their delegate stands in); <c>null</c> when here.</summary>
    public DateTimeOffset? AwayUntil { get; private set; }

    public Guid? DelegateId { get; private set; }

    /// <summary>Who stands in while the person is away, if anyone.</summary>
    public Person? Delegate { get; private set; }

    public Mention Mention => new(PlatformUserId, DisplayName);

    /// <summary>Whether the platform says the person administers the workspace (Slack's admins and owners); refreshed on each profile look-up.</summary>
    public bool IsWorkspaceAdmin { get; private set; }

    /// <summary>
    /// The person's id in their organisation's directory, as the platform reported it when they last acted (Teams: the
    /// Entra ID object id), so a dashboard sign-in can be matched to them.
    /// </summary>
    public string? DirectoryId { get; private set; }

    /// <summary>Whether the person turned the morning summary off (<c>summary off</c>).</summary>
    public bool MorningSummaryOff { get; private set; }

    /// <summary>The local day of the last morning summary sent to this person (claimed before it is sent, so it goes once).</summary>
    public DateOnly? LastSummaryOn { get; private set; }

    public void SetMorningSummary(bool on) => MorningSummaryOff = !on;

    public bool IsAwayAt(DateTimeOffset now) => AwayUntil > now;

    public void GoAway(DateTimeOffset until, Person? standIn)
    {
        AwayUntil = until;
        Delegate = standIn;
        DelegateId = standIn?.Id;
        AwayFromCalendar = false;
    }

    public void ComeBack()
    {
        AwayUntil = null;
        Delegate = null;
        DelegateId = null;
        AwayFromCalendar = false;
    }

    public void Rename(string displayName)
    {
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            DisplayName = displayName;
        }
    }

    public void SetWorkspaceAdmin(bool isAdmin) => IsWorkspaceAdmin = isAdmin;

    /// <summary>Records the directory id the platform reported for the person themself (never one taken from someone else's text).</summary>
    public void SetDirectoryId(string? directoryId)
    {
        if (!string.IsNullOrWhiteSpace(directoryId))
        {
            DirectoryId = directoryId.Trim().ToLowerInvariant();
        }
    }

    public void SetTimeZone(string? timeZoneId) => TimeZoneId = timeZoneId;

    public void SetWorkingDays(WorkingDays days) => WorkingDays = days;

    /// <summary>When the person's working day starts, if they set their hours (<c>hours mon-fri 08:00-16:00</c>).</summary>
    public TimeOnly? WorkStart { get; private set; }

    /// <summary>When the person's working day ends (exclusive), if they set their hours.</summary>
    public TimeOnly? WorkEnd { get; private set; }

    /// <summary>The hours the person set, or <c>null</c> (the default applies).</summary>
    public WorkingHours? Hours => WorkStart is { } start && WorkEnd is { } end ? new WorkingHours(start, end) : null;

    /// <summary>The person's own holidays, as local dates written <c>yyyy-MM-dd</c> and joined by commas (see <see cref="PersonHolidays"/>).</summary>
    public string? HolidayDates { get; private set; }

    /// <summary>The person's linked calendar feed (a secret address, kept encrypted), read for out-of-office events; <c>null</c> when none.</summary>
    public string? EncryptedCalendarFeed { get; private set; }

    /// <summary>Whether the current absence was read from a calendar, so the calendar also ends it.</summary>
    public bool AwayFromCalendar { get; private set; }

    /// <summary>Who stands in when a calendar marks the person away (<c>calendar delegate @x</c>), if anyone.</summary>
    public Guid? StandInId { get; private set; }

    public Person? StandIn { get; private set; }

    public void LinkCalendar(string? encryptedFeed) => EncryptedCalendarFeed = encryptedFeed;

    public void SetStandIn(Person? standIn)
    {
        StandIn = standIn;
        StandInId = standIn?.Id;
    }

    /// <summary>Records whether the absence that starts (or goes on) was read from a calendar.</summary>
    public void MarkAwayFromCalendar(bool fromCalendar) => AwayFromCalendar = fromCalendar;

    public void SetWorkingHours(WorkingDays days, WorkingHours hours)
    {
        WorkingDays = days;
        WorkStart = hours.Start;
        WorkEnd = hours.End;
    }

    public void SetHolidayDates(IEnumerable<DateOnly> days) => HolidayDates = PersonHolidays.Write(days);

    public void SetLead(Person? lead)
    {
        Lead = lead;
        LeadId = lead?.Id;
    }
}
