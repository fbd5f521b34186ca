using Coordination.Core.FollowUp;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class WorkingTimeTests
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(48);

    private static PersonCalendar Calendar(string zone, WorkingDays days = WorkingDays.Weekdays) => new(Zone(zone), days);

    [Fact]
    public void Add_ThursdayAfternoonWeekendsNotCounted_EndsMondayAfternoon()
    {
        var thursday = Utc(2026, 1, 8, 15);

        var end = WorkingTime.Add(thursday, Window, Calendar("UTC"), countAllDays: false);

        Assert.Equal(Utc(2026, 1, 12, 15), end);
    }

    [Fact]
    public void Add_ThursdayAfternoonWeekendsCounted_EndsSaturdayAfternoon()
    {
        var thursday = Utc(2026, 1, 8, 15);

        var end = WorkingTime.Add(thursday, Window, Calendar("UTC"), countAllDays: true);

        Assert.Equal(Utc(2026, 1, 10, 15), end);
    }

    [Theory]
    [InlineData("2026-01-10T15:00:00Z", 48, "2026-01-14T00:00:00Z")]
    [InlineData("2026-01-11T23:59:00Z", 1, "2026-01-12T01:00:00Z")]
    public void Add_StartOnWeekend_CountsFromMondayMidnight(string start, int hours, string expected)
    {
        var end = WorkingTime.Add(Parse(start), TimeSpan.FromHours(hours), Calendar("UTC"), countAllDays: false);

        Assert.Equal(Parse(expected), end);
    }

    [Theory]
    [InlineData("2026-01-09T15:00:00Z", 24, "2026-01-12T15:00:00Z")]
    [InlineData("2026-01-09T23:00:00Z", 2, "2026-01-12T01:00:00Z")]
    public void Add_WeekdaysInUtc_SkipsSaturdayAndSunday(string start, int hours, string expected)
    {
        var end = WorkingTime.Add(Parse(start), TimeSpan.FromHours(hours), Calendar("UTC"), countAllDays: false);

        Assert.Equal(Parse(expected), end);
    }

    [Theory]
    [InlineData("2026-01-07T15:00:00Z", "2026-01-11T15:00:00Z")]
    [InlineData("2026-01-09T15:00:00Z", "2026-01-13T00:00:00Z")]
    public void Add_SundayToThursdayWeek_SkipsFridayAndSaturday(string start, string expected)
    {
        var days = WorkingDays.Sunday | WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday;

        var end = WorkingTime.Add(Parse(start), Window, Calendar("UTC", days), countAllDays: false);

        Assert.Equal(Parse(expected), end);
    }

    [Theory]
    [InlineData("America/New_York", "2026-03-06T15:00:00-05:00", true, WorkingDays.Weekdays, "2026-03-08T15:00:00-04:00")]
    [InlineData("America/New_York", "2026-03-07T15:00:00-05:00", false, WorkingDays.EveryDay, "2026-03-09T15:00:00-04:00")]
    [InlineData("America/New_York", "2026-03-06T02:30:00-05:00", true, WorkingDays.Weekdays, "2026-03-08T03:30:00-04:00")]
    [InlineData("America/New_York", "2026-10-30T15:00:00-04:00", true, WorkingDays.Weekdays, "2026-11-01T15:00:00-05:00")]
    [InlineData("America/New_York", "2026-10-30T01:30:00-04:00", true, WorkingDays.Weekdays, "2026-11-01T01:30:00-04:00")]
    [InlineData("Europe/Berlin", "2026-03-27T10:00:00+01:00", true, WorkingDays.Weekdays, "2026-03-29T10:00:00+02:00")]
    public void Add_AcrossDaylightSavingChange_EndsAtSameWallClockTime(string zone, string start, bool countAllDays, WorkingDays days, string expected)
    {
        var end = WorkingTime.Add(Parse(start), Window, Calendar(zone, days), countAllDays);

        Assert.Equal(Parse(expected), end);
    }

    [Theory]
    [InlineData(true, WorkingDays.Weekdays)]
    [InlineData(false, WorkingDays.EveryDay)]
    public void Add_SubHourSpanInsideTheRepeatedHour_EndsAfterStart(bool countAllDays, WorkingDays days)
    {
        var secondOneTen = Parse("2026-11-01T01:10:00-05:00");

        var end = WorkingTime.Add(secondOneTen, TimeSpan.FromMinutes(30), Calendar("America/New_York", days), countAllDays);

        Assert.Equal(Parse("2026-11-01T01:40:00-05:00"), end);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Add_ZeroSpanOnWorkingDay_ReturnsStart(bool countAllDays)
    {
        var wednesday = Utc(2026, 1, 7, 10, 30);

        var end = WorkingTime.Add(wednesday, TimeSpan.Zero, Calendar("Asia/Tokyo"), countAllDays);

        Assert.Equal(wednesday, end);
    }

    [Theory]
    [InlineData(true, "2026-03-02T09:00:00Z")]
    [InlineData(false, "2026-03-20T09:00:00Z")]
    public void Add_FortyNineDays_CountsEveryDayOrOnlyWeekdays(bool countAllDays, string expected)
    {
        var monday = Utc(2026, 1, 12, 9);

        var end = WorkingTime.Add(monday, TimeSpan.FromDays(49), Calendar("UTC"), countAllDays);

        Assert.Equal(Parse(expected), end);
    }

    [Fact]
    public void Add_NoWorkingDays_CountsEveryDay()
    {
        var thursday = Utc(2026, 1, 8, 15);

        var end = WorkingTime.Add(thursday, Window, Calendar("UTC", WorkingDays.None), countAllDays: false);

        Assert.Equal(Utc(2026, 1, 10, 15), end);
    }
}
