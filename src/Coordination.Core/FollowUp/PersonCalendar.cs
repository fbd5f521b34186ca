namespace Coordination.Core.FollowUp;

/// <summary>A person's clock: their time zone, the days and hours they work, and their holidays.</summary>
public sealed record PersonCalendar(TimeZoneInfo Zone, WorkingDays WorkingDays)
{
    /// <summary>The hours the person set, or <c>null</c> when they set none (<see cref="Hours"/> is then the default).</summary>
    public WorkingHours? SetHours { get; init; }

    /// <summary>The hours the person works on their working days.</summary>
    public WorkingHours Hours => SetHours ?? FollowUp.WorkingHours.Default;

    /// <summary>Dates (on this clock) that are not working days whatever the week says.</summary>
    public Holidays Holidays { get; init; } = Holidays.None;

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

    /// <summary>Whether the local day is one of the person's working days and not one of their (or their workspace's) holidays.</summary>
    public bool IsWorkingDay(DateTime local) => WorkingDays.Includes(local.DayOfWeek) && !Holidays.Contains(DateOnly.FromDateTime(local));

    /// <summary>The default working hours, for figures about people in general (the stall patterns).</summary>
    public static readonly (TimeOnly Start, TimeOnly End) WorkingHours = (FollowUp.WorkingHours.Default.Start, FollowUp.WorkingHours.Default.End);

    /// <summary>The delivery window on this person's clock: moved to their start of day when they set their hours.</summary>
    public (TimeOnly Start, TimeOnly End) DeliveryWindowOf(DeliveryWindowPolicy window) =>
        SetHours is { } hours ? hours.Morning(window) : (window.Start, window.End);

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
        return IsWorkingDay(local) && Hours.Contains(time);
    }
}
