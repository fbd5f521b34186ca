using Coordination.Core.FollowUp;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class DeliveryWindowTests
{
    private static readonly DeliveryWindowPolicy Mornings = new();

    private static PersonCalendar Calendar(string zone, WorkingDays days = WorkingDays.Weekdays) => new(Zone(zone), days);

    [Theory]
    [InlineData("2026-01-07T10:00:00Z", "2026-01-07T10:00:00Z")]
    [InlineData("2026-01-07T09:00:00Z", "2026-01-07T09:00:00Z")]
    [InlineData("2026-01-07T07:00:00Z", "2026-01-07T09:00:00Z")]
    [InlineData("2026-01-07T12:00:00Z", "2026-01-08T09:00:00Z")]
    [InlineData("2026-01-09T14:00:00Z", "2026-01-12T09:00:00Z")]
    [InlineData("2026-01-10T10:00:00Z", "2026-01-12T09:00:00Z")]
    public void NextOpening_UtcWeekdays_WaitsForTheMorningWindow(string due, string expected)
    {
        var opening = DeliveryWindow.NextOpening(Parse(due), Mornings, Calendar("UTC"));

        Assert.Equal(Parse(expected), opening);
    }

    [Fact]
    public void NextOpening_Disabled_ReturnsDue()
    {
        var saturdayNight = Utc(2026, 1, 10, 23);

        var opening = DeliveryWindow.NextOpening(saturdayNight, new DeliveryWindowPolicy { Enabled = false }, Calendar("UTC"));

        Assert.Equal(saturdayNight, opening);
    }

    [Fact]
    public void NextOpening_NoWorkingDays_ReturnsDue()
    {
        var saturdayNight = Utc(2026, 1, 10, 23);

        var opening = DeliveryWindow.NextOpening(saturdayNight, Mornings, Calendar("UTC", WorkingDays.None));

        Assert.Equal(saturdayNight, opening);
    }

    [Theory]
    [InlineData("UTC", "2026-01-07T01:00:00Z", "2026-01-07T09:00:00Z")]
    [InlineData("Asia/Tokyo", "2026-01-07T01:00:00Z", "2026-01-07T01:00:00Z")]
    [InlineData("Asia/Tokyo", "2026-01-07T05:00:00Z", "2026-01-08T00:00:00Z")]
    [InlineData("America/Los_Angeles", "2026-01-07T10:00:00Z", "2026-01-07T17:00:00Z")]
    public void NextOpening_RecipientZone_OpensAtTheirLocalMorning(string zone, string due, string expected)
    {
        var opening = DeliveryWindow.NextOpening(Parse(due), Mornings, Calendar(zone));

        Assert.Equal(Parse(expected), opening);
    }

    [Theory]
    [InlineData("America/New_York", WorkingDays.Weekdays, "2026-03-06T20:00:00Z", "2026-03-09T13:00:00Z")]
    [InlineData("America/New_York", WorkingDays.EveryDay, "2026-03-08T06:00:00Z", "2026-03-08T13:00:00Z")]
    [InlineData("Europe/Berlin", WorkingDays.EveryDay, "2026-03-28T23:30:00Z", "2026-03-29T07:00:00Z")]
    public void NextOpening_DaylightSavingDay_OpensAtNineLocal(string zone, WorkingDays days, string due, string expected)
    {
        var opening = DeliveryWindow.NextOpening(Parse(due), Mornings, Calendar(zone, days));

        Assert.Equal(Parse(expected), opening);
        Assert.Contains(" 09:00 ", WallClock(opening, zone), StringComparison.Ordinal);
    }

    [Fact]
    public void NextOpening_CustomAfternoonWindow_UsesItsStart()
    {
        var window = new DeliveryWindowPolicy { Start = new TimeOnly(14, 0), End = new TimeOnly(16, 0) };

        var opening = DeliveryWindow.NextOpening(Utc(2026, 1, 7, 10), window, Calendar("UTC"));

        Assert.Equal(Utc(2026, 1, 7, 14), opening);
    }
}
