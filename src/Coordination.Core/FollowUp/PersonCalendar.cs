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
}
