using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Scheduling;

namespace Coordination.Core.Tests.Scheduling;

public class ScheduleParserTests
{
    private static readonly CommandContext Context = new(ChatPlatform.Slack, "T1", new PersonRef("U0", "me"), new ThreadRef("C1", null));

    [Theory]
    [InlineData("schedule 30m with <@U1|bob> <@U2|carol> this week", 30, "U1 U2", MeetingRangeKind.ThisWeek, null)]
    [InlineData("schedule 1h with <@U1|bob> tomorrow", 60, "U1", MeetingRangeKind.Tomorrow, null)]
    [InlineData("schedule 45 minutes with <@U1> and <@U2> next week \"Design review\"", 45, "U1 U2", MeetingRangeKind.NextWeek, "Design review")]
    [InlineData("schedule an hour with <@U1> by friday", 60, "U1", MeetingRangeKind.By, null)]
    [InlineData("schedule 30m with <@U1> Dec 9", 30, "U1", MeetingRangeKind.Day, null)]
    [InlineData("schedule 15m with <@U1> today", 15, "U1", MeetingRangeKind.Today, null)]
    [InlineData("find 30 minutes with <@U1|bob> and <@U2|carol> this week", 30, "U1 U2", MeetingRangeKind.ThisWeek, null)]
    [InlineData("let's find 30 minutes with <@U1> and <@U2> this week", 30, "U1 U2", MeetingRangeKind.ThisWeek, null)]
    [InlineData("please find an hour with <@U1> next week", 60, "U1", MeetingRangeKind.NextWeek, null)]
    [InlineData("find half an hour with <@U1>", 30, "U1", MeetingRangeKind.ThisWeek, null)]
    public void Meeting_forms_read_as_schedule(string text, int minutes, string people, MeetingRangeKind range, string? title)
    {
        var parsed = CommandParser.Parse(text, Context);
        var command = Assert.IsType<ScheduleCommand>(parsed);

        Assert.Equal(TimeSpan.FromMinutes(minutes), command.Length);
        Assert.Equal(people, string.Join(' ', command.People.Select(p => p.PlatformUserId)));
        Assert.Equal(range, command.Range.Kind);
        Assert.Equal(title, command.Title);
    }

    [Theory]
    [InlineData("schedule", "How long, and with whom?")]
    [InlineData("schedule 5m with <@U1> this week", "between 15 minutes and 4 hours")]
    [InlineData("schedule 5h with <@U1> this week", "between 15 minutes and 4 hours")]
    [InlineData("schedule 30m with nobody", "Mention them with @")]
    [InlineData("schedule 30m <@U1>", "Say how long and with whom")]
    [InlineData("schedule 30m with <@U1> sometime soon", "as when")]
    [InlineData("schedule CR-12 later", "schedule CR-12 again")]
    public void A_bad_spec_gets_the_usage(string text, string problem)
    {
        var help = Assert.IsType<HelpCommand>(CommandParser.Parse(text, Context));

        Assert.Equal("schedule", help.Verb);
        Assert.Contains(problem, help.Problem, StringComparison.Ordinal);
        Assert.Contains("schedule 45 minutes with @bob", CommandUsage.For("schedule"), StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_again_names_the_request()
    {
        var command = Assert.IsType<ProposeAgainCommand>(CommandParser.Parse("schedule CR-12 again", Context));

        Assert.Equal(12, command.RequestNumber);
    }

    [Fact]
    public void Schedule_without_a_length_still_reads_as_coordinating_a_team()
    {
        Assert.IsNotType<ScheduleCommand>(CommandParser.Parse("schedule the launch with backend", Context));
        Assert.IsNotType<HelpCommand>(CommandParser.Parse("schedule the launch with backend", Context));
    }

    [Theory]
    [InlineData("slot-4", typeof(PickSlotCommand))]
    [InlineData("choose-slot-4", typeof(ChooseSlotCommand))]
    public void Slot_buttons_press_as_picks_and_choices(string action, Type expected)
    {
        var command = ButtonPress.ToCommand(action, "CR-3", Context);

        Assert.IsType(expected, command);
    }
}
