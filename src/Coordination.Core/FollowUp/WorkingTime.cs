namespace Coordination.Core.FollowUp;

/// <summary>Window arithmetic on a person's wall clock, skipping the days that do not count.</summary>
public static class WorkingTime
{
    /// <summary>
    /// The instant <paramref name="span"/> of counted time after <paramref name="start"/>. Time is counted on the
    /// person's wall clock, so a daylight-saving change neither shifts a due time nor drops it.
    /// </summary>
    public static DateTimeOffset Add(DateTimeOffset start, TimeSpan span, PersonCalendar calendar, bool countAllDays)
    {
        var end = AddOnWallClock(start, span, calendar, countAllDays);

        // An end inside a repeated hour reads as its first occurrence, which is before a start in the second one.
        return end < start ? start + span : end;
    }

    private static DateTimeOffset AddOnWallClock(DateTimeOffset start, TimeSpan span, PersonCalendar calendar, bool countAllDays)
    {
        var local = calendar.ToLocal(start);
        if (countAllDays || calendar.WorkingDays == WorkingDays.None)
        {
            return calendar.ToInstant(local + span);
        }

        var cursor = calendar.IsWorkingDay(local) ? local : NextWorkingDayStart(local, calendar);
        var remaining = span;
        while (true)
        {
            var available = cursor.Date.AddDays(1) - cursor;
            if (remaining <= available)
            {
                return calendar.ToInstant(cursor + remaining);
            }

            remaining -= available;
            cursor = NextWorkingDayStart(cursor, calendar);
        }
    }

    internal static DateTime NextWorkingDayStart(DateTime local, PersonCalendar calendar)
    {
        var day = local.Date.AddDays(1);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
