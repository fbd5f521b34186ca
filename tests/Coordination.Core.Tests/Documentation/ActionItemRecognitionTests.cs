using Coordination.Core.Commands;
using Coordination.Core.Documentation;
using static Coordination.Core.Tests.Documentation.Threads;

namespace Coordination.Core.Tests.Documentation;

public class ActionItemRecognitionTests
{
    [Theory]
    [InlineData("<@U2|lee> will write the migration by Friday", "U2", "lee", "write the migration", "Friday")]
    [InlineData("<@U2> will write the migration", "U2", null, "write the migration", null)]
    [InlineData("<@U2|lee>, will write the migration by Dec 3", "U2", "lee", "write the migration", "Dec 3")]
    [InlineData("action: <@U2|lee> write the migration", "U2", "lee", "write the migration", null)]
    [InlineData("Action item: <@U2|lee>: write the migration by 2026-12-03", "U2", "lee", "write the migration", "2026-12-03")]
    [InlineData("TODO: <@U2|lee> to write the migration tomorrow", "U2", "lee", "write the migration", "tomorrow")]
    [InlineData("todo: write the migration", null, null, "write the migration", null)]
    [InlineData("AI: write the migration by next week", null, null, "write the migration", "next week")]
    [InlineData("*Action:* write the migration", null, null, "write the migration", null)]
    [InlineData("we'll write the migration by Friday", "U1", "ana", "write the migration", "Friday")]
    [InlineData("We will write the migration on Monday", "U1", "ana", "write the migration", "Monday")]
    [InlineData("I'll write the migration by fri 5pm", "U1", "ana", "write the migration", "fri 5pm")]
    [InlineData("I’ll write the migration in 3 days.", "U1", "ana", "write the migration", "in 3 days")]
    [InlineData("i will write the migration", "U1", "ana", "write the migration", null)]
    [InlineData("Sure, I'll write the migration by eod", "U1", "ana", "write the migration", "eod")]
    [InlineData("<@U3|sam> I'll write the migration", "U1", "ana", "write the migration", null)]
    public void Summarize_ActionForm_ReadsOwnerActionAndDate(string line, string? ownerId, string? ownerName, string action, string? dueText)
    {
        var item = Assert.Single(One(line).ActionItems);

        Assert.Equal(ownerId, item.Owner?.PlatformUserId);
        Assert.Equal(ownerName, item.Owner?.DisplayName);
        Assert.Equal(action, item.Action);
        Assert.Equal(dueText, item.DueText);
        Assert.Equal(dueText is null, item.Due is null);
        Assert.Equal(line, item.Source);
    }

    [Theory]
    [InlineData("by Friday", null, DayOfWeek.Friday, null, null)]
    [InlineData("by Dec 3", null, null, null, "12-3")]
    [InlineData("by 2026-12-03", "2026-12-03", null, null, null)]
    [InlineData("tomorrow", null, null, 1, null)]
    [InlineData("before Thursday", null, null, null, null)]
    [InlineData("Friday", null, DayOfWeek.Friday, null, null)]
    [InlineData("this Friday", null, DayOfWeek.Friday, null, null)]
    [InlineData("by end of day", null, null, 0, null)]
    [InlineData("in 36 hours", null, null, null, null)]
    public void Summarize_TrailingDate_ParsedLikeTheCommandParser(string date, string? on, DayOfWeek? next, int? inDays, string? monthDay)
    {
        var item = Assert.Single(One($"I'll send the numbers {date}").ActionItems);

        Assert.True(DueDate.TryParse(item.DueText, out var expected));
        Assert.Equal(expected, item.Due);
        Assert.Equal("send the numbers", item.Action);
        if (on is not null)
        {
            Assert.Equal(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), item.Due!.On);
        }

        Assert.Equal(next, next is null ? null : item.Due!.Next);
        Assert.Equal(inDays, inDays is null ? null : item.Due!.InDays);
        Assert.Equal(monthDay, monthDay is null ? null : $"{item.Due!.MonthDay!.Value.Month}-{item.Due.MonthDay.Value.Day}");
    }

    [Theory]
    [InlineData("I'll stop by the office by Friday", "stop by the office", "Friday")]
    [InlineData("I'll approve the design by committee", "approve the design by committee", null)]
    [InlineData("I'll finish it by the end of the quarter", "finish it by the end of the quarter", null)]
    [InlineData("I'll do it by", "do it by", null)]
    [InlineData("I'll sit in the sun", "sit in the sun", null)]
    [InlineData("I'll fix this", "fix this", null)]
    [InlineData("I'll tidy up the end", "tidy up the end", null)]
    public void Summarize_ByThatIsNotADate_StaysInTheAction(string line, string action, string? dueText)
    {
        var item = Assert.Single(One(line).ActionItems);

        Assert.Equal(action, item.Action);
        Assert.Equal(dueText, item.DueText);
    }

    [Fact]
    public void Summarize_SeveralPeopleWill_OneItemEach()
    {
        var items = One("<@U2|lee>, <@U3|sam> and <@U4|kim> will review the runbook by Friday").ActionItems;

        Assert.Equal(["U2", "U3", "U4"], items.Select(item => item.Owner!.PlatformUserId));
        Assert.All(items, item => Assert.Equal("review the runbook", item.Action));
        Assert.All(items, item => Assert.Equal(DayOfWeek.Friday, item.Due!.Next));
    }

    [Fact]
    public void Summarize_BareOwnerToken_NamedFromTheThreadsAuthors()
    {
        var record = Summarize(Say("U2", "lee", "hi", 0), Say("U1", "ana", "<@U2> will write the migration", 1));

        Assert.Equal(new PersonRef("U2", "lee"), Assert.Single(record.ActionItems).Owner);
    }

    [Fact]
    public void Summarize_PlainAtNameWill_ActionWithoutOwnerKeepsTheName()
    {
        var item = Assert.Single(One("@dana will update the wiki by Friday").ActionItems);

        Assert.Null(item.Owner);
        Assert.Equal("@dana will update the wiki", item.Action);
    }

    [Theory]
    [InlineData("<@U2|lee> will you review it?")]
    [InlineData("we'll see")]
    [InlineData("I'll see.")]
    [InlineData("we'll see about Friday")]
    [InlineData("I'll see if Dana has time")]
    [InlineData("I'll try")]
    [InlineData("I'll be out tomorrow")]
    [InlineData("I’ll be on leave next week")]
    [InlineData("<@U2|lee> thanks for the review")]
    [InlineData("TODO:")]
    public void Summarize_NotAPromise_NoActionItem(string line)
    {
        Assert.Empty(One(line).ActionItems);
    }

    [Fact]
    public void Summarize_SamePromiseTwice_ListedOnce()
    {
        var record = Summarize(
            Say("U1", "ana", "I'll write the migration by Friday", 0),
            Say("U1", "ana", "I'll write the migration by Friday.", 1),
            Say("U2", "lee", "I'll write the migration by Friday", 2));

        Assert.Equal(["U1", "U2"], record.ActionItems.Select(item => item.Owner!.PlatformUserId));
    }
}
