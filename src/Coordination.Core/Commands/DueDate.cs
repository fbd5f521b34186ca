namespace Coordination.Core.Commands;

/// <summary>
/// A due date as the speaker wrote it ("by Friday", "by tomorrow", "by 2026-12-03"), resolved only once the speaker's
/// time zone is known. Exactly one of <see cref="Instant"/>, <see cref="On"/>, <see cref="Next"/> and
/// <see cref="InDays"/> is set.
/// </summary>
public sealed record DueDate(DateTimeOffset? Instant = null, DateOnly? On = null, DayOfWeek? Next = null, int? InDays = null, TimeOnly? At = null)
{
    /// <summary>The time of day a date without one means: the end of the working day.</summary>
    public static readonly TimeOnly EndOfDay = new(17, 0);

    public static DueDate Exactly(DateTimeOffset instant) => new(Instant: instant);

    /// <summary>The UTC instant this due date names for someone in <paramref name="zone"/> at <paramref name="now"/>.</summary>
    public DateTimeOffset Resolve(DateTimeOffset now, TimeZoneInfo zone)
    {
        if (Instant is { } instant)
        {
            return instant.ToUniversalTime();
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var date = On ?? (Next is { } day ? Following(today, day) : today.AddDays(InDays ?? 0));
        var local = date.ToDateTime(At ?? EndOfDay);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The next <paramref name="day"/> after <paramref name="today"/> (a week ahead when today is that day).</summary>
    private static DateOnly Following(DateOnly today, DayOfWeek day)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }
}
