namespace Coordination.Core.FollowUp;

/// <summary>A person's clock: their time zone and the days they work.</summary>
public sealed record PersonCalendar(TimeZoneInfo Zone, WorkingDays WorkingDays)
{
    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>
    /// The instant at which the wall clock shows <paramref name="local"/>. A time skipped by a daylight-saving
    /// jump moves forward by the jump; a time that happens twice takes its first occurrence, so nothing is dropped.
    /// </summary>
    public DateTimeOffset ToInstant(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            // Read with the offset in force before the jump, a skipped 02:30 becomes 03:30.
            return new DateTimeOffset(local, Zone.GetUtcOffset(local.AddDays(-1))).ToUniversalTime();
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public bool IsWorkingDay(DateTime local) => WorkingDays.Includes(local.DayOfWeek);

    /// <summary>The hours counted as someone's working hours on their working days, for the stall patterns.</summary>
    public static readonly (TimeOnly Start, TimeOnly End) WorkingHours = (new TimeOnly(9, 0), new TimeOnly(18, 0));

    /// <summary>The hour of the week on this clock: 0 is Monday 00:00–01:00, 167 is Sunday 23:00–24:00.</summary>
    public int HourOfWeek(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        return ((((int)local.DayOfWeek) + 6) % 7 * 24) + local.Hour;
    }

    /// <summary>Whether <paramref name="instant"/> falls within working hours on one of this person's working days.</summary>
    public bool IsWorkingHour(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        var time = TimeOnly.FromDateTime(local);
        return IsWorkingDay(local) && time >= WorkingHours.Start && time < WorkingHours.End;
    }
}
