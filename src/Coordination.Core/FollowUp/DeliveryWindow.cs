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

        var (start, end) = calendar.DeliveryWindowOf(window);
        var local = calendar.ToLocal(due);
        var time = TimeOnly.FromDateTime(local);
        if (calendar.IsWorkingDay(local))
        {
            if (time >= start && time < end)
            {
                return due;
            }

            if (time < start)
            {
                return calendar.ToInstant(local.Date + start.ToTimeSpan());
            }
        }

        var next = WorkingTime.NextWorkingDayStart(local, calendar);
        return calendar.ToInstant(next + start.ToTimeSpan());
    }
}
