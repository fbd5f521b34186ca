namespace Coordination.Core.FollowUp;

/// <summary>When a person's morning summary goes: once on each of their working days, while their delivery window is open.</summary>
public static class MorningSummaryDay
{
    /// <summary>
    /// The person's local day when a summary may reach them at <paramref name="now"/> and none went that day yet;
    /// otherwise <c>null</c>. The window's hours hold even when nudges are not held for it (<see cref="DeliveryWindowPolicy.Enabled"/>
    /// off): a morning message waits for the morning. With no working days set, every day is one.
    /// </summary>
    public static DateOnly? DueOn(DateTimeOffset now, PersonCalendar calendar, DeliveryWindowPolicy window, DateOnly? lastSentOn)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(window);
        var local = calendar.ToLocal(now);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        var workingDay = calendar.WorkingDays == WorkingDays.None || calendar.IsWorkingDay(local);
        var open = time >= window.Start && time < window.End;
        return workingDay && open && (lastSentOn is null || lastSentOn < day) ? day : null;
    }
}
