using System.Globalization;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;

namespace Coordination.Core.Tests.Commands;

public class CommandParserCalendarTests
{
    private static readonly CommandContext Context = new(ChatPlatform.Slack, "T1", new PersonRef("U0", "me"), new ThreadRef("C1", null));

    private static readonly WorkingDays MondayToThursday = WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday;

    [Theory]
    [InlineData("hours mon-thu 08:00-16:00", "08:00", "16:00")]
    [InlineData("hours Mon, Tue, Wed, Thu 8-16", "08:00", "16:00")]
    [InlineData("hours mon-thu 08:00 - 16:00", "08:00", "16:00")]
    [InlineData("hours mon-thu 8am to 4pm", "08:00", "16:00")]
    public void Hours_DaysThenHours_SetsThem(string text, string start, string end)
    {
        var command = Assert.IsType<WorkingHoursCommand>(CommandParser.Parse(text, Context));

        Assert.Equal(MondayToThursday, command.Days);
        Assert.Equal(new WorkingHours(TimeOnly.Parse(start, CultureInfo.InvariantCulture), TimeOnly.Parse(end, CultureInfo.InvariantCulture)), command.Hours);
        Assert.Null(command.Person);
    }

    [Fact]
    public void Hours_ForSomeoneElse_NamesThem()
    {
        var command = Assert.IsType<WorkingHoursCommand>(CommandParser.Parse("hours <@U9|bob> weekdays 08:30-17:00", Context));

        Assert.Equal("U9", command.Person!.PlatformUserId);
        Assert.Equal(WorkingDays.Weekdays, command.Days);
    }

    [Fact]
    public void Hours_Alone_ShowsThem() =>
        Assert.IsType<ShowWorkingHoursCommand>(CommandParser.Parse("hours", Context));

    [Theory]
    [InlineData("hours mon-thu")]
    [InlineData("hours 9-17")]
    [InlineData("hours someday 9-17")]
    [InlineData("hours mon-fri 17-9")]
    public void Hours_BadSpec_UsageWithExamples(string text)
    {
        var help = Assert.IsType<HelpCommand>(CommandParser.Parse(text, Context));

        Assert.Equal("hours", help.Verb);
        Assert.Contains("hours mon-thu 08:00-16:00", help.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("holiday 2026-12-24", "2026-12-24", "2026-12-24", false)]
    [InlineData("holiday 2026-12-24..2026-12-31", "2026-12-24", "2026-12-31", false)]
    [InlineData("holiday remove 2026-12-24", "2026-12-24", "2026-12-24", true)]
    public void Holiday_DateOrRange(string text, string from, string to, bool remove)
    {
        var command = Assert.IsType<HolidayCommand>(CommandParser.Parse(text, Context));

        Assert.Equal((DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture), remove), (command.From, command.To, command.Remove));
    }

    [Theory]
    [InlineData("holiday christmas")]
    [InlineData("holiday 2026-12-31..2026-12-24")]
    [InlineData("holiday 2026-01-01..2026-12-31")]
    [InlineData("holiday")]
    public void Holiday_NotADateOrRange_Usage(string text) =>
        Assert.Equal("holiday", Assert.IsType<HelpCommand>(CommandParser.Parse(text, Context)).Verb);

    [Fact]
    public void Holidays_ListsOrSetsTheWorkspaceCalendar()
    {
        Assert.IsType<ListHolidaysCommand>(CommandParser.Parse("holidays", Context));
        Assert.Equal("https://example.com/h.ics", Assert.IsType<HolidayCalendarCommand>(CommandParser.Parse("holidays calendar <https://example.com/h.ics>", Context)).Url);
        Assert.Null(Assert.IsType<HolidayCalendarCommand>(CommandParser.Parse("holidays calendar off", Context)).Url);
    }

    [Fact]
    public void Calendar_LinksOffOrStandIn()
    {
        Assert.Equal("https://example.com/me.ics", Assert.IsType<LinkCalendarCommand>(CommandParser.Parse("calendar <https://example.com/me.ics|example.com/me.ics>", Context)).Url);
        Assert.Null(Assert.IsType<LinkCalendarCommand>(CommandParser.Parse("calendar off", Context)).Url);
        Assert.Equal("U7", Assert.IsType<CalendarStandInCommand>(CommandParser.Parse("calendar delegate <@U7>", Context)).StandIn!.PlatformUserId);
        Assert.Null(Assert.IsType<CalendarStandInCommand>(CommandParser.Parse("calendar delegate off", Context)).StandIn);
    }
}
