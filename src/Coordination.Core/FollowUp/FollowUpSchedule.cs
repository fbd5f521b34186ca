using System.Collections.Concurrent;
using Coordination.Core.Requests;

namespace Coordination.Core.FollowUp;

/// <summary>Puts the policy and each person's calendar together: when is a stakeholder's next follow-up due?</summary>
public sealed class FollowUpSchedule
{
    private readonly ConcurrentDictionary<string, TimeZoneInfo?> _zones = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeZoneInfo _defaultZone;

    public FollowUpSchedule(FollowUpPolicy policy, WorkspaceHolidays? workspaceHolidays = null)
    {
        Policy = policy;
        WorkspaceHolidays = workspaceHolidays ?? new WorkspaceHolidays();
        _defaultZone = FindZone(policy.DefaultTimeZone)
            ?? throw new ArgumentException($"Unknown time zone '{policy.DefaultTimeZone}'.", nameof(policy));
    }

    public FollowUpPolicy Policy { get; }

    /// <summary>The workspaces' imported holidays, in memory.</summary>
    public WorkspaceHolidays WorkspaceHolidays { get; }

    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    public PersonCalendar CalendarOf(Person person)
    {
        var zone = person.TimeZoneId is null ? null : _zones.GetOrAdd(person.TimeZoneId, FindZone);
        return new PersonCalendar(zone ?? _defaultZone, person.WorkingDays)
        {
            SetHours = person.Hours,
            Holidays = new Holidays(PersonHolidays.Read(person.HolidayDates), WorkspaceHolidays.Of(person.WorkspaceId)),
        };
    }

    /// <summary>When a window opened at <paramref name="windowStart"/> runs out without an answer: a miss.</summary>
    public DateTimeOffset MissAt(DateTimeOffset windowStart, Person stakeholder) =>
        WorkingTime.Add(windowStart, Policy.ResponseWindow, CalendarOf(stakeholder), Policy.CountWeekends);

    /// <summary>The first moment at or after <paramref name="due"/> that a message may reach <paramref name="recipient"/>.</summary>
    public DateTimeOffset DeliverableAt(DateTimeOffset due, Person recipient) =>
        DeliveryWindow.NextOpening(due, Policy.DeliveryWindow, CalendarOf(recipient));

    /// <summary>
    /// When the follow-up after the stakeholder's current window is due: a nudge, or the escalation; <c>null</c> while
    /// the message that opens the window has not arrived (its delivery schedules it).
    /// </summary>
    public DateTimeOffset? NextFollowUpAt(Stakeholder stakeholder) =>
        stakeholder.AwaitsDelivery ? null : FollowUpAfterWindowFrom(stakeholder, stakeholder.WindowStartedAt);

    /// <summary>When the follow-up is due if the stakeholder's current window opens at <paramref name="windowStart"/>.</summary>
    public DateTimeOffset FollowUpAfterWindowFrom(Stakeholder stakeholder, DateTimeOffset windowStart) =>
        FollowUpDeliverableAt(stakeholder, MissAt(windowStart, stakeholder.Person));

    /// <summary>When the stakeholder's next follow-up, due at <paramref name="due"/>, may reach its recipient.</summary>
    public DateTimeOffset FollowUpDeliverableAt(Stakeholder stakeholder, DateTimeOffset due)
    {
        var recipient = FollowUpRule.NextStep(stakeholder.AttemptCount, Policy.MaxAttempts) == FollowUpStep.Escalate
            ? stakeholder.Request.EscalationTargetFor(stakeholder)
            : stakeholder.Person;
        return DeliverableAt(due, recipient);
    }
}
