using Coordination.Bot.Calendars;

namespace Coordination.Bot.Tests.Calendars;

/// <summary>iCalendar files read into occurrences: all-day, multi-day, recurring, and timed across a daylight-saving change.</summary>
public class IcsCalendarReaderTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Teams", name));

    private static DateTimeOffset Utc(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_AllDayYearlyWithoutEnd_OneDayEachYear()
    {
        var spans = IcsCalendarReader.Read(Fixture("rfc5545_vevent_allday_rrule_examples.ics"), Utc(2026, 1, 1), Utc(2028, 1, 1));

        var anniversaries = spans.Where(s => s.Summary == "Our Blissful Anniversary").ToList();
        Assert.Equal([new DateOnly(2026, 11, 2), new DateOnly(2027, 11, 2)], anniversaries.Select(s => s.FirstDay));
        Assert.All(anniversaries, s => Assert.Equal([s.FirstDay], s.Days()));
        Assert.All(anniversaries, s => Assert.True(s.AllDay));
    }

    [Fact]
    public void Read_MultiDayEvent_EndDateIsExclusive()
    {
        var spans = IcsCalendarReader.Read(Fixture("rfc5545_vevent_allday_rrule_examples.ics"), Utc(2007, 6, 1), Utc(2007, 8, 1));

        var festival = Assert.Single(spans, s => s.Summary.StartsWith("Festival", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2007, 6, 28), festival.Days().First());
        Assert.Equal(new DateOnly(2007, 7, 8), festival.Days().Last());
        Assert.Equal(11, festival.Days().Count());
    }

    [Fact]
    public void Read_WeeklyEventInItsZone_KeepsNineOnTheWallClockAcrossTheSpringChange()
    {
        var spans = IcsCalendarReader.Read(Fixture("holidays_with_weekly_event_across_dst.ics"), Utc(2027, 3, 1), Utc(2027, 5, 1));

        var syncs = spans.Where(s => s.Summary == "Weekly sync").Select(s => s.Start).ToList();
        Assert.Equal([Utc(2027, 3, 15, 8), Utc(2027, 3, 22, 8), Utc(2027, 3, 29, 7), Utc(2027, 4, 5, 7)], syncs);
        Assert.All(spans.Where(s => s.Summary == "Weekly sync"), s => Assert.Equal(TimeSpan.FromMinutes(30), s.End - s.Start));
    }

    [Fact]
    public void Read_TimedEventWithVTimeZone_ConvertedToTheInstant()
    {
        var span = Assert.Single(IcsCalendarReader.Read(Fixture("rfc5545_section4_group_meeting_vtimezone.ics"), Utc(1998, 3, 1), Utc(1998, 4, 1)));

        Assert.False(span.AllDay);
        Assert.Equal(new DateTimeOffset(1998, 3, 12, 8, 30, 0, TimeSpan.FromHours(-5)), span.Start);
    }

    [Fact]
    public void Read_HolidayCalendar_PublicHolidaysAreAllDay()
    {
        var spans = IcsCalendarReader.Read(Fixture("holidays_with_weekly_event_across_dst.ics"), Utc(2026, 11, 1), Utc(2027, 12, 31));

        var days = spans.Where(s => s.AllDay).SelectMany(s => s.Days()).ToList();
        Assert.Equal([new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 25), new DateOnly(2027, 12, 25)], days.Order());
    }

    [Fact]
    public void Read_OutOfOfficeEvents_MarkedByBusyStatusOrAllDayBusy()
    {
        var spans = IcsCalendarReader.Read(Fixture("out_of_office_calendar.ics"), Utc(2026, 11, 1), Utc(2027, 1, 1));

        Assert.Equal(["Conference trip", "Vacation"], spans.Where(s => s.OutOfOffice).Select(s => s.Summary).Order());
        Assert.False(Assert.Single(spans, s => s.Summary == "Lunch").OutOfOffice);
    }

    [Theory]
    [InlineData("not a calendar")]
    [InlineData("")]
    public void Read_NotICalendar_FormatException(string text) =>
        Assert.Throws<FormatException>(() => IcsCalendarReader.Read(text, Utc(2026, 1, 1), Utc(2027, 1, 1)));
}
