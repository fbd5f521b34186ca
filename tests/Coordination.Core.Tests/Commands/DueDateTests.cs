using Coordination.Core.Commands;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests.Commands;

public class DueDateTests
{
    private const string London = "Europe/London";
    private const string LosAngeles = "America/Los_Angeles";
    private const string NewYork = "America/New_York";
    private const string Sydney = "Australia/Sydney";
    private const string Tokyo = "Asia/Tokyo";
    private const string Kolkata = "Asia/Kolkata";
    private const string Kiritimati = "Pacific/Kiritimati";
    private const string PagoPago = "Pacific/Pago_Pago";

    [Theory]
    // Wednesday 2026-01-07 10:00 in London.
    [InlineData("today", "2026-01-07 17:00 Wed")]
    [InlineData("Today", "2026-01-07 17:00 Wed")]
    [InlineData("tomorrow", "2026-01-08 17:00 Thu")]
    [InlineData("eod", "2026-01-07 17:00 Wed")]
    [InlineData("EOD", "2026-01-07 17:00 Wed")]
    [InlineData("fri", "2026-01-09 17:00 Fri")]
    [InlineData("Friday", "2026-01-09 17:00 Fri")]
    [InlineData("FRIDAY", "2026-01-09 17:00 Fri")]
    [InlineData("mon", "2026-01-12 17:00 Mon")]
    [InlineData("tues", "2026-01-13 17:00 Tue")]
    [InlineData("wed", "2026-01-07 17:00 Wed")]
    [InlineData("next week", "2026-01-12 17:00 Mon")]
    [InlineData("Next Week", "2026-01-12 17:00 Mon")]
    [InlineData("next wed", "2026-01-14 17:00 Wed")]
    [InlineData("in 3 days", "2026-01-10 17:00 Sat")]
    [InlineData("in 1 day", "2026-01-08 17:00 Thu")]
    [InlineData("in 2 weeks", "2026-01-21 17:00 Wed")]
    [InlineData("in a week", "2026-01-14 17:00 Wed")]
    [InlineData("Dec 3", "2026-12-03 17:00 Thu")]
    [InlineData("3 Dec", "2026-12-03 17:00 Thu")]
    [InlineData("December 3", "2026-12-03 17:00 Thu")]
    [InlineData("dec 3rd", "2026-12-03 17:00 Thu")]
    [InlineData("Dec 3 2026", "2026-12-03 17:00 Thu")]
    [InlineData("Dec 3, 2027", "2027-12-03 17:00 Fri")]
    [InlineData("3 December 2027", "2027-12-03 17:00 Fri")]
    [InlineData("2026-12-03", "2026-12-03 17:00 Thu")]
    [InlineData("Jan 7", "2026-01-07 17:00 Wed")]
    [InlineData("Jan 6", "2027-01-06 17:00 Wed")]
    [InlineData("fri 17:00", "2026-01-09 17:00 Fri")]
    [InlineData("fri 5pm", "2026-01-09 17:00 Fri")]
    [InlineData("Friday at 9:30am", "2026-01-09 09:30 Fri")]
    [InlineData("tomorrow 12pm", "2026-01-08 12:00 Thu")]
    [InlineData("tomorrow 12am", "2026-01-08 00:00 Thu")]
    [InlineData("Dec 3 2026 9:15", "2026-12-03 09:15 Thu")]
    [InlineData("2026-12-03 5 pm", "2026-12-03 17:00 Thu")]
    [InlineData("5pm", "2026-01-07 17:00 Wed")]
    [InlineData("at noon", "2026-01-07 12:00 Wed")]
    [InlineData("friday.", "2026-01-09 17:00 Fri")]
    [InlineData("end of day", "2026-01-07 17:00 Wed")]
    [InlineData("the end of the day", "2026-01-07 17:00 Wed")]
    [InlineData("End Of Today", "2026-01-07 17:00 Wed")]
    [InlineData("close of business", "2026-01-07 17:00 Wed")]
    [InlineData("COB", "2026-01-07 17:00 Wed")]
    [InlineData("eod today", "2026-01-07 17:00 Wed")]
    [InlineData("eod tomorrow", "2026-01-08 17:00 Thu")]
    [InlineData("tomorrow eod", "2026-01-08 17:00 Thu")]
    [InlineData("end of day friday", "2026-01-09 17:00 Fri")]
    [InlineData("thu end of day", "2026-01-08 17:00 Thu")]
    [InlineData("this friday", "2026-01-09 17:00 Fri")]
    [InlineData("this wed", "2026-01-07 17:00 Wed")]
    [InlineData("next fri 9am", "2026-01-09 09:00 Fri")]
    [InlineData("Sunday", "2026-01-11 17:00 Sun")]
    [InlineData("sat", "2026-01-10 17:00 Sat")]
    [InlineData("thurs", "2026-01-08 17:00 Thu")]
    [InlineData("in a day", "2026-01-08 17:00 Thu")]
    [InlineData("within 2 days", "2026-01-09 17:00 Fri")]
    [InlineData("in 2d", "2026-01-09 17:00 Fri")]
    [InlineData("in 1w", "2026-01-14 17:00 Wed")]
    [InlineData("in 2 hours", "2026-01-07 12:00 Wed")]
    [InlineData("in an hour", "2026-01-07 11:00 Wed")]
    [InlineData("in 90 minutes", "2026-01-07 11:30 Wed")]
    [InlineData("in 90m", "2026-01-07 11:30 Wed")]
    [InlineData("in 36h", "2026-01-08 22:00 Thu")]
    [InlineData("in 36 hours", "2026-01-08 22:00 Thu")]
    [InlineData("within 1 day and 6 hours", "2026-01-08 16:00 Thu")]
    [InlineData("December 3rd", "2026-12-03 17:00 Thu")]
    [InlineData("3rd of December", "2026-12-03 17:00 Thu")]
    [InlineData("3rd of dec 2027", "2027-12-03 17:00 Fri")]
    [InlineData("Dec 3 at 5pm", "2026-12-03 17:00 Thu")]
    [InlineData("2026-12-03 17:00", "2026-12-03 17:00 Thu")]
    [InlineData("5pm tomorrow", "2026-01-08 17:00 Thu")]
    [InlineData("noon friday", "2026-01-09 12:00 Fri")]
    [InlineData("at noon on Friday", "2026-01-09 12:00 Fri")]
    [InlineData("9:30 am on Dec 3", "2026-12-03 09:30 Thu")]
    [InlineData("tomorrow at noon", "2026-01-08 12:00 Thu")]
    [InlineData("midday", "2026-01-07 12:00 Wed")]
    [InlineData("noon", "2026-01-07 12:00 Wed")]
    [InlineData("17:00", "2026-01-07 17:00 Wed")]
    public void TryParse_Expression_ResolvesToWallClock(string text, string expected)
    {
        var parsed = DueDate.TryParse(text, out var due);

        Assert.True(parsed);
        Assert.Equal(expected, WallClock(due!.Resolve(Utc(2026, 1, 7, 10), Zone(London)), London));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("committee")]
    [InlineData("the end of the week")]
    [InlineData("next")]
    [InlineData("fri 25:00")]
    [InlineData("fri 13pm")]
    [InlineData("fri 17")]
    [InlineData("eod 5pm")]
    [InlineData("Feb 30")]
    [InlineData("Dec 32")]
    [InlineData("0 Dec")]
    [InlineData("Dec 3 26")]
    [InlineData("2026-02-30")]
    [InlineData("12/03/2026")]
    [InlineData("in 0 days")]
    [InlineData("in 400 days")]
    [InlineData("in 3 months")]
    [InlineData("friday friday")]
    [InlineData("at")]
    [InlineData("end of the week")]
    [InlineData("end of")]
    [InlineData("this")]
    [InlineData("this week")]
    [InlineData("eod friday 5pm")]
    [InlineData("tomorrow eod 5pm")]
    [InlineData("in 3 hours at 5pm")]
    [InlineData("in 2 hours tomorrow")]
    [InlineData("in 31d")]
    [InlineData("in 1.5 days")]
    [InlineData("in hours")]
    [InlineData("5pm 6pm")]
    [InlineData("5pm at")]
    [InlineData("3rd of")]
    [InlineData("32nd of December")]
    [InlineData("cobweb")]
    public void TryParse_NotADate_ReturnsFalse(string? text)
    {
        var parsed = DueDate.TryParse(text, out var due);

        Assert.False(parsed);
        Assert.Null(due);
    }

    [Theory]
    [InlineData("Dec 3", 12, 3)]
    [InlineData("feb 29", 2, 29)]
    public void TryParse_MonthDayWithoutYear_LeavesTheYearToResolve(string text, int month, int day)
    {
        Assert.True(DueDate.TryParse(text, out var due));
        Assert.Equal(new DueDate(MonthDay: new MonthDay(month, day)), due);
    }

    [Theory]
    // London: clocks go forward on Sunday 2026-03-29 at 01:00 and back on Sunday 2026-10-25 at 02:00.
    [InlineData(London, "2026-03-27T12:00:00Z", "mon", "2026-03-30T16:00:00Z")]
    [InlineData(London, "2026-03-27T12:00:00Z", "fri", "2026-03-27T17:00:00Z")]
    [InlineData(London, "2026-03-27T18:00:00Z", "fri", "2026-04-03T16:00:00Z")]
    [InlineData(London, "2026-03-27T18:00:00Z", "fri 9pm", "2026-03-27T21:00:00Z")]
    [InlineData(London, "2026-03-28T10:00:00Z", "tomorrow 1:30am", "2026-03-29T01:30:00Z")]
    [InlineData(London, "2026-10-23T09:00:00Z", "in 3 days", "2026-10-26T17:00:00Z")]
    [InlineData(London, "2026-10-19T08:00:00Z", "next week", "2026-10-26T17:00:00Z")]
    [InlineData(London, "2026-10-25T12:00:00Z", "eod", "2026-10-25T17:00:00Z")]
    [InlineData(London, "2026-10-24T12:00:00Z", "tomorrow 1:30am", "2026-10-25T00:30:00Z")]
    [InlineData(London, "2026-03-07T07:00:00Z", "sat", "2026-03-07T17:00:00Z")]
    [InlineData(London, "2026-12-05T10:00:00Z", "Dec 3", "2027-12-03T17:00:00Z")]
    [InlineData(London, "2026-03-01T10:00:00Z", "feb 29", "2028-02-29T17:00:00Z")]
    // Los Angeles: clocks go forward on Sunday 2026-03-08 at 02:00 and back on Sunday 2026-11-01 at 02:00.
    [InlineData(LosAngeles, "2026-03-06T20:00:00Z", "mon", "2026-03-10T00:00:00Z")]
    [InlineData(LosAngeles, "2026-03-06T20:00:00Z", "tomorrow", "2026-03-08T01:00:00Z")]
    [InlineData(LosAngeles, "2026-03-07T20:00:00Z", "tomorrow 2:30am", "2026-03-08T10:30:00Z")]
    [InlineData(LosAngeles, "2026-03-07T20:00:00Z", "in 2 days", "2026-03-10T00:00:00Z")]
    [InlineData(LosAngeles, "2026-03-07T07:00:00Z", "today", "2026-03-07T01:00:00Z")]
    [InlineData(LosAngeles, "2026-03-07T07:00:00Z", "sat", "2026-03-08T01:00:00Z")]
    [InlineData(LosAngeles, "2026-03-07T07:00:00Z", "fri", "2026-03-14T00:00:00Z")]
    [InlineData(LosAngeles, "2026-10-30T19:00:00Z", "Nov 2", "2026-11-03T01:00:00Z")]
    [InlineData(LosAngeles, "2026-10-30T19:00:00Z", "2026-11-01 1:30am", "2026-11-01T08:30:00Z")]
    [InlineData(LosAngeles, "2026-10-30T19:00:00Z", "next week", "2026-11-03T01:00:00Z")]
    public void Resolve_InSpeakersZone_GivesInstantAcrossDaylightSaving(string zone, string now, string text, string expected)
    {
        Assert.True(DueDate.TryParse(text, out var due));

        var instant = due!.Resolve(Parse(now), Zone(zone));

        Assert.Equal(Parse(expected), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Theory]
    // New York: clocks go back on Sunday 2026-11-01 at 02:00 EDT (UTC-4) to 01:00 EST (UTC-5), forward on 2026-03-08 at 02:00.
    [InlineData(NewYork, "2026-11-01T03:30:00Z", "tomorrow", "2026-11-01T22:00:00Z")]
    [InlineData(NewYork, "2026-11-01T03:30:00Z", "today", "2026-10-31T21:00:00Z")]
    [InlineData(NewYork, "2026-11-01T05:30:00Z", "today", "2026-11-01T22:00:00Z")]
    [InlineData(NewYork, "2026-11-01T05:30:00Z", "tomorrow", "2026-11-02T22:00:00Z")]
    [InlineData(NewYork, "2026-11-01T06:30:00Z", "tomorrow", "2026-11-02T22:00:00Z")]
    [InlineData(NewYork, "2026-10-31T16:00:00Z", "tomorrow 1:30am", "2026-11-01T05:30:00Z")]
    [InlineData(NewYork, "2026-10-31T16:00:00Z", "in 1 day", "2026-11-01T22:00:00Z")]
    [InlineData(NewYork, "2026-10-31T16:00:00Z", "in 24 hours", "2026-11-01T16:00:00Z")]
    [InlineData(NewYork, "2026-10-31T16:00:00Z", "mon noon", "2026-11-02T17:00:00Z")]
    [InlineData(NewYork, "2026-03-08T03:00:00Z", "tomorrow", "2026-03-08T21:00:00Z")]
    [InlineData(NewYork, "2026-03-07T15:00:00Z", "eod tomorrow", "2026-03-08T21:00:00Z")]
    // London in March: clocks go forward on Sunday 2026-03-29 at 01:00 GMT to 02:00 BST (UTC+1).
    [InlineData(London, "2026-03-28T23:30:00Z", "tomorrow", "2026-03-29T16:00:00Z")]
    [InlineData(London, "2026-03-28T23:30:00Z", "in 3 hours", "2026-03-29T02:30:00Z")]
    [InlineData(London, "2026-03-29T00:30:00Z", "end of day", "2026-03-29T16:00:00Z")]
    [InlineData(London, "2026-03-27T10:00:00Z", "next week", "2026-03-30T16:00:00Z")]
    [InlineData(London, "2026-03-27T10:00:00Z", "noon sunday", "2026-03-29T11:00:00Z")]
    // Sydney in April: clocks go back on Sunday 2026-04-05 at 03:00 AEDT (UTC+11) to 02:00 AEST (UTC+10).
    [InlineData(Sydney, "2026-04-04T01:00:00Z", "tomorrow", "2026-04-05T07:00:00Z")]
    [InlineData(Sydney, "2026-04-04T01:00:00Z", "today", "2026-04-04T06:00:00Z")]
    [InlineData(Sydney, "2026-04-04T01:00:00Z", "mon", "2026-04-06T07:00:00Z")]
    // Zones without daylight saving, far apart: the same instant is a different "today".
    [InlineData(Tokyo, "2026-01-07T16:00:00Z", "today", "2026-01-08T08:00:00Z")]
    [InlineData(LosAngeles, "2026-01-07T16:00:00Z", "today", "2026-01-08T01:00:00Z")]
    [InlineData(Tokyo, "2026-01-09T09:00:00Z", "fri", "2026-01-16T08:00:00Z")]
    [InlineData(Kolkata, "2026-01-07T10:00:00Z", "eod", "2026-01-07T11:30:00Z")]
    [InlineData(Kolkata, "2026-01-07T10:00:00Z", "tomorrow noon", "2026-01-08T06:30:00Z")]
    [InlineData(Kiritimati, "2026-01-07T11:00:00Z", "today", "2026-01-08T03:00:00Z")]
    [InlineData(PagoPago, "2026-01-07T11:00:00Z", "today", "2026-01-08T04:00:00Z")]
    [InlineData(Kiritimati, "2026-01-07T11:00:00Z", "2026-01-08", "2026-01-08T03:00:00Z")]
    [InlineData(PagoPago, "2026-01-07T11:00:00Z", "2026-01-08", "2026-01-09T04:00:00Z")]
    public void Resolve_NaturalExpression_UsesTheSpeakersZoneAndItsDaylightSaving(string zone, string now, string text, string expected)
    {
        Assert.True(DueDate.TryParse(text, out var due));

        var instant = due!.Resolve(Parse(now), Zone(zone));

        Assert.Equal(Parse(expected), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Theory]
    [InlineData("in 36 hours", 36 * 60)]
    [InlineData("in 90m", 90)]
    [InlineData("within an hour", 60)]
    [InlineData("in 48 hours", 48 * 60)]
    [InlineData("in 1d 12h", 36 * 60)]
    public void TryParse_InHoursOrMinutes_IsAStretchOfRealTime(string text, int minutes)
    {
        Assert.True(DueDate.TryParse(text, out var due));
        Assert.Equal(new DueDate(After: TimeSpan.FromMinutes(minutes)), due);
    }

    [Theory]
    [InlineData("in 2d", 2)]
    [InlineData("in 1w", 7)]
    public void TryParse_InWholeDays_CountsDaysLikeInNDays(string text, int days)
    {
        Assert.True(DueDate.TryParse(text, out var due));
        Assert.Equal(new DueDate(InDays: days), due);
    }

    [Fact]
    public void Resolve_Exactly_ReturnsTheInstantInUtc()
    {
        var due = DueDate.Exactly(Parse("2026-03-08T03:30:00-07:00"));

        var instant = due.Resolve(Utc(2026, 1, 1), Zone(London));

        Assert.Equal(Utc(2026, 3, 8, 10, 30), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }
}
