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

    public Mention Mention => new(PlatformUserId, DisplayName);

    public void Rename(string displayName)
    {
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            DisplayName = displayName;
        }
    }

    public void SetTimeZone(string? timeZoneId) => TimeZoneId = timeZoneId;

    public void SetWorkingDays(WorkingDays days) => WorkingDays = days;

    public void SetLead(Person? lead)
    {
        Lead = lead;
        LeadId = lead?.Id;
    }
}
