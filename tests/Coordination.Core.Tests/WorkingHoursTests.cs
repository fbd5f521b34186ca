using System.Globalization;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

/// <summary>Working days and hours, holidays, and the morning window moved to where someone's day starts.</summary>
public class WorkingHoursTests
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(48);

    private static PersonCalendar Calendar(string zone, WorkingDays days = WorkingDays.Weekdays, WorkingHours? hours = null, params string[] holidays) =>
        new(Zone(zone), days)
        {
            SetHours = hours,
            Holidays = new Holidays(holidays.Select(h => DateOnly.Parse(h, CultureInfo.InvariantCulture)).ToHashSet(), new HashSet<DateOnly>()),
        };

    [Theory]
    [InlineData("mon-thu", "08:00-16:00", WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday, "08:00", "16:00")]
    [InlineData("mon,wed,fri", "9-17", WorkingDays.Monday | WorkingDays.Wednesday | WorkingDays.Friday, "09:00", "17:00")]
    [InlineData("weekdays", "08:30-17:00", WorkingDays.Weekdays, "08:30", "17:00")]
    [InlineData("Tuesday-Saturday", "9am-5:30pm", WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday | WorkingDays.Friday | WorkingDays.Saturday, "09:00", "17:30")]
    [InlineData("sun-tue", "07:00–15:00", WorkingDays.Sunday | WorkingDays.Monday | WorkingDays.Tuesday, "07:00", "15:00")]
    public void TryParse_TheFormsPeopleWrite_ReadDaysAndHours(string days, string hours, WorkingDays expectedDays, string start, string end)
    {
        Assert.True(WorkingHoursSpec.TryParse(days, hours, out var readDays, out var readHours));

        Assert.Equal(expectedDays, readDays);
        Assert.Equal(new WorkingHours(TimeOnly.Parse(start, CultureInfo.InvariantCulture), TimeOnly.Parse(end, CultureInfo.InvariantCulture)), readHours);
    }

    [Theory]
    [InlineData("mon-thu", "16:00-08:00")]
    [InlineData("mon-thu", "25-26")]
    [InlineData("monk", "9-17")]
    [InlineData("mon-thu-fri", "9-17")]
    [InlineData("mon-thu", "nine to five")]
    [InlineData("", "9-17")]
    public void TryParse_NotAWorkingWeek_Refused(string days, string hours) =>
        Assert.False(WorkingHoursSpec.TryParse(days, hours, out _, out _));

    [Fact]
    public void Describe_WritesRunsOfDaysAndTheHours() =>
        Assert.Equal("Mon–Thu 08:00–16:00", WorkingHoursSpec.Describe(WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday, new WorkingHours(new(8, 0), new(16, 0))));

    [Fact]
    public void Add_WindowOverAHoliday_SkipsItLikeAWeekend()
    {
        // Wednesday 10:00; Thursday is a holiday, so 48 h of working days end on Monday 10:00, not Friday.
        var end = WorkingTime.Add(Utc(2026, 12, 23, 10), Window, Calendar("UTC", holidays: "2026-12-24"), countAllDays: false);

        Assert.Equal("2026-12-28 10:00 Mon", WallClock(end, "UTC"));
    }

    [Fact]
    public void Add_StartOnAHoliday_CountsFromTheNextWorkingDay()
    {
        var end = WorkingTime.Add(Utc(2026, 12, 24, 15), Window, Calendar("UTC", holidays: "2026-12-24"), countAllDays: false);

        Assert.Equal("2026-12-29 00:00 Tue", WallClock(end, "UTC"));
    }

    [Fact]
    public void Add_WithWorkingHours_StillCountsWholeWorkingDays()
    {
        // Hours say when nudges land, not how long a window is: 48 h stays two working days, not six.
        var end = WorkingTime.Add(Utc(2026, 12, 1, 10), Window, Calendar("UTC", hours: new WorkingHours(new(8, 0), new(16, 0))), countAllDays: false);

        Assert.Equal("2026-12-03 10:00 Thu", WallClock(end, "UTC"));
    }

    [Fact]
    public void NextOpening_EightOClockStarter_GetsTheMorningWindowFromEight()
    {
        var calendar = Calendar("Europe/Berlin", hours: new WorkingHours(new(8, 0), new(16, 0)));

        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(11, 0)), calendar.DeliveryWindowOf(new DeliveryWindowPolicy()));
        Assert.Equal("2026-12-02 08:00 Wed", WallClock(DeliveryWindow.NextOpening(Utc(2026, 12, 2, 5), new DeliveryWindowPolicy(), calendar), "Europe/Berlin"));
        Assert.Equal("2026-12-03 08:00 Thu", WallClock(DeliveryWindow.NextOpening(Utc(2026, 12, 2, 10, 30), new DeliveryWindowPolicy(), calendar), "Europe/Berlin"));
    }

    [Fact]
    public void NextOpening_ShortDay_WindowClippedToTheHours()
    {
        var calendar = Calendar("UTC", hours: new WorkingHours(new(10, 0), new(11, 30)));

        Assert.Equal((new TimeOnly(10, 0), new TimeOnly(11, 30)), calendar.DeliveryWindowOf(new DeliveryWindowPolicy()));
    }

    [Fact]
    public void NextOpening_DueFridayForAMondayToThursdayWorker_LandsMondayAtTheirStart()
    {
        var calendar = Calendar("Europe/Berlin", WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday, new WorkingHours(new(8, 0), new(16, 0)));

        var opening = DeliveryWindow.NextOpening(Utc(2026, 12, 4, 9), new DeliveryWindowPolicy(), calendar);

        Assert.Equal("2026-12-07 08:00 Mon", WallClock(opening, "Europe/Berlin"));
    }

    [Fact]
    public void NextOpening_AcrossTheSpringChange_StaysAtEightOnTheWallClock()
    {
        var calendar = Calendar("Europe/Berlin", hours: new WorkingHours(new(8, 0), new(16, 0)));

        // Friday 27 March 2026, after the window; the clocks go forward on Sunday 29 March.
        var opening = DeliveryWindow.NextOpening(Utc(2026, 3, 27, 14), new DeliveryWindowPolicy(), calendar);

        Assert.Equal(Utc(2026, 3, 30, 6), opening);
        Assert.Equal("2026-03-30 08:00 Mon", WallClock(opening, "Europe/Berlin"));
    }

    [Fact]
    public void IsWorkingHour_UsesThePersonsHoursAndHolidays()
    {
        var calendar = Calendar("UTC", hours: new WorkingHours(new(8, 0), new(16, 0)), holidays: "2026-12-24");

        Assert.True(calendar.IsWorkingHour(Utc(2026, 12, 23, 8)));
        Assert.False(calendar.IsWorkingHour(Utc(2026, 12, 23, 16)));
        Assert.False(calendar.IsWorkingHour(Utc(2026, 12, 24, 10)));
        Assert.True(Calendar("UTC").IsWorkingHour(Utc(2026, 12, 23, 17)));
    }

    [Fact]
    public void CalendarOf_PersonWithHoursAndHolidays_AndTheirWorkspacesHolidays()
    {
        var holidays = new WorkspaceHolidays();
        var schedule = new FollowUpSchedule(new FollowUpPolicy(), holidays);
        var person = new Person(Guid.NewGuid(), "U1", "Dana");
        person.SetWorkingHours(WorkingDays.Monday | WorkingDays.Tuesday, new WorkingHours(new(7, 0), new(15, 0)));
        person.SetHolidayDates([new DateOnly(2026, 12, 28)]);
        holidays.Replace(person.WorkspaceId, [new DateOnly(2026, 12, 29)]);
        holidays.ReplaceEverywhere([new DateOnly(2027, 1, 1)]);

        var calendar = schedule.CalendarOf(person);

        Assert.Equal(new WorkingHours(new(7, 0), new(15, 0)), calendar.Hours);
        Assert.False(calendar.IsWorkingDay(new DateTime(2026, 12, 28)));
        Assert.False(calendar.IsWorkingDay(new DateTime(2026, 12, 29)));
        Assert.True(calendar.Holidays.Contains(new DateOnly(2027, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateTime(2027, 1, 4)));
    }

    [Fact]
    public void PersonHolidays_WrittenAndReadBack_SortedAndUnique()
    {
        var text = PersonHolidays.Write([new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 24)]);

        Assert.Equal("2026-12-24,2026-12-31", text);
        Assert.Equal([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 31)], PersonHolidays.Read(text).Order());
        Assert.Empty(PersonHolidays.Read("garbage,"));
    }
}
