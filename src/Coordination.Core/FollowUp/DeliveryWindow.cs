namespace Coordination.Core.FollowUp;

/// <summary>When a message that falls due may actually go out.</summary>
public static class DeliveryWindow
{
    /// <summary>
    /// <paramref name="due"/> itself when it is inside the recipient's window on a working day, otherwise the next
    /// opening of that window.
    /// </summary>
    public static DateTimeOffset NextOpening(DateTimeOffset due, DeliveryWindowPolicy window, PersonCalendar calendar)
    {
        if (!window.Enabled || calendar.WorkingDays == WorkingDays.None)
        {
            return due;
        }

        var local = calendar.ToLocal(due);
        var time = TimeOnly.FromDateTime(local);
        if (calendar.IsWorkingDay(local))
        {
            if (time >= window.Start && time < window.End)
            {
                return due;
            }

            if (time < window.Start)
            {
                return calendar.ToInstant(local.Date + window.Start.ToTimeSpan());
            }
        }

        var next = WorkingTime.NextWorkingDayStart(local, calendar);
        return calendar.ToInstant(next + window.Start.ToTimeSpan());
    }
}
