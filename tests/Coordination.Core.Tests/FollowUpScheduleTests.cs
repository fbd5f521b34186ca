using Coordination.Core.FollowUp;
using Coordination.Core.Requests;

namespace Coordination.Core.Tests;

public class FollowUpScheduleTests
{
    [Fact]
    public void Constructor_UnknownDefaultZone_Throws()
    {
        var policy = new FollowUpPolicy { DefaultTimeZone = "Mars/Olympus_Mons" };

        Assert.Throws<ArgumentException>(() => new FollowUpSchedule(policy));
    }

    [Theory]
    [InlineData(null, "Europe/Berlin")]
    [InlineData("Nowhere/Special", "Europe/Berlin")]
    [InlineData("Asia/Tokyo", "Asia/Tokyo")]
    public void CalendarOf_PersonZone_FallsBackToTheDefault(string? zone, string expected)
    {
        var schedule = new FollowUpSchedule(new FollowUpPolicy { DefaultTimeZone = "Europe/Berlin" });
        var person = new Person(Guid.NewGuid(), "U1", "Alice");
        person.SetTimeZone(zone);

        var calendar = schedule.CalendarOf(person);

        Assert.Equal(expected, calendar.Zone.Id);
        Assert.Equal(WorkingDays.Weekdays, calendar.WorkingDays);
    }
}
