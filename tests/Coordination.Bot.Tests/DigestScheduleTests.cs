using Coordination.Bot.Digests;

namespace Coordination.Bot.Tests;

public sealed class DigestScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("Monday 09:00")]
    [InlineData("mon 9:00")]
    [InlineData("Friday 16:30")]
    [InlineData("0 0 9 ? * MON")]
    [InlineData("0 30 8 ? * MON-FRI")]
    public void TryParse_DayAndTimeOrCron_Accepted(string text) => Assert.True(DigestSchedule.TryParse(text, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Monday")]
    [InlineData("Monday 25:00")]
    [InlineData("Someday 09:00")]
    [InlineData("every monday")]
    public void TryParse_Nonsense_Refused(string? text) => Assert.False(DigestSchedule.TryParse(text, out _));

    [Theory]
    [InlineData("2026-11-30T07:59:00Z", "2026-11-23T08:00:00Z")]
    [InlineData("2026-11-30T08:00:00Z", "2026-11-30T08:00:00Z")]
    [InlineData("2026-12-03T12:00:00Z", "2026-11-30T08:00:00Z")]
    [InlineData("2026-03-30T07:30:00Z", "2026-03-30T07:00:00Z")]
    [InlineData("2026-03-30T06:30:00Z", "2026-03-23T08:00:00Z")]
    public void LastDueAtOrBefore_MondayNineInBerlin_FollowsTheZoneAcrossDaylightSaving(string now, string expected)
    {
        var schedule = DigestSchedule.Parse(DigestSchedule.Default);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), schedule.LastDueAtOrBefore(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Berlin));
    }

    [Theory]
    [InlineData("2026-11-30T08:00:00Z", "2026-W49")]
    [InlineData("2026-12-28T08:00:00Z", "2026-W53")]
    [InlineData("2027-01-04T08:00:00Z", "2027-W01")]
    public void WeekOf_IsTheIsoWeekOfTheLocalDay(string due, string week) =>
        Assert.Equal(week, DigestSchedule.WeekOf(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Berlin));

    [Fact]
    public void Validator_BadScheduleOrInterval_NamesTheKeys()
    {
        var result = new DigestOptionsValidator().Validate(null, new DigestOptions { Schedule = "someday", CheckInterval = TimeSpan.Zero });

        Assert.True(result.Failed);
        Assert.Contains("Digest:Schedule", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Digest:CheckInterval", result.FailureMessage, StringComparison.Ordinal);
    }
}
