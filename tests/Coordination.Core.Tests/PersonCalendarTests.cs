using Coordination.Core.FollowUp;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class PersonCalendarTests
{
    [Theory]
    [InlineData("America/New_York", "2026-03-08 02:30", "2026-03-08T07:30:00Z", "2026-03-08 03:30 Sun")]
    [InlineData("Europe/Berlin", "2026-03-29 02:30", "2026-03-29T01:30:00Z", "2026-03-29 03:30 Sun")]
    public void ToInstant_SkippedLocalTime_MovesForwardByTheJump(string zone, string local, string expected, string wallClock)
    {
        var calendar = new PersonCalendar(Zone(zone), WorkingDays.Weekdays);

        var instant = calendar.ToInstant(Local(local));

        Assert.Equal(Parse(expected), instant);
        Assert.Equal(wallClock, WallClock(instant, zone));
    }

    [Theory]
    [InlineData("America/New_York", "2026-11-01 01:30", "2026-11-01T05:30:00Z")]
    [InlineData("Europe/Berlin", "2026-10-25 02:30", "2026-10-25T00:30:00Z")]
    public void ToInstant_AmbiguousLocalTime_TakesFirstOccurrence(string zone, string local, string expected)
    {
        var calendar = new PersonCalendar(Zone(zone), WorkingDays.Weekdays);

        var instant = calendar.ToInstant(Local(local));

        Assert.Equal(Parse(expected), instant);
    }

    [Theory]
    [InlineData("America/New_York", "2026-07-08 15:00", "2026-07-08T19:00:00Z")]
    [InlineData("Asia/Tokyo", "2026-01-08 09:00", "2026-01-08T00:00:00Z")]
    public void ToInstant_OrdinaryLocalTime_UsesTheZoneOffset(string zone, string local, string expected)
    {
        var calendar = new PersonCalendar(Zone(zone), WorkingDays.Weekdays);

        var instant = calendar.ToInstant(Local(local));

        Assert.Equal(Parse(expected), instant);
    }

    [Fact]
    public void ToInstant_UtcKindLocalTime_IsReadAsWallClock()
    {
        var calendar = new PersonCalendar(Zone("Asia/Tokyo"), WorkingDays.Weekdays);
        var local = DateTime.SpecifyKind(Local("2026-01-08 09:00"), DateTimeKind.Utc);

        var instant = calendar.ToInstant(local);

        Assert.Equal(Utc(2026, 1, 8, 0), instant);
    }

    [Fact]
    public void ToLocal_Instant_ShowsTheZoneWallClock()
    {
        var calendar = new PersonCalendar(Zone("America/Los_Angeles"), WorkingDays.Weekdays);

        var local = calendar.ToLocal(Utc(2026, 1, 8, 17));

        Assert.Equal(Local("2026-01-08 09:00"), local);
    }

    [Theory]
    [InlineData("Europe/London", "2026-11-30T00:30:00Z", 0, true)]
    [InlineData("Europe/London", "2026-11-30T09:00:00Z", 9, false)]
    [InlineData("America/New_York", "2026-12-04T20:00:00Z", (4 * 24) + 15, false)]
    [InlineData("America/New_York", "2026-12-05T15:00:00Z", (5 * 24) + 10, true)]
    [InlineData("Asia/Tokyo", "2026-12-06T15:30:00Z", 0, true)]
    public void HourOfWeek_OnThePersonsOwnClock_MondayMidnightIsZero(string zone, string instant, int hour, bool offHours)
    {
        var calendar = new PersonCalendar(Zone(zone), WorkingDays.Weekdays);

        Assert.Equal(hour, calendar.HourOfWeek(Parse(instant)));
        Assert.Equal(offHours, !calendar.IsWorkingHour(Parse(instant)));
    }
}
