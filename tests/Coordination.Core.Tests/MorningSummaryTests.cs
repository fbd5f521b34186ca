using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class MorningSummaryTests
{
    private static readonly DeliveryWindowPolicy Mornings = new();

    /// <summary>Wednesday 7 January 2026, 10:00 UTC.</summary>
    private static readonly DateTimeOffset Now = Utc(2026, 1, 7, 10);

    private static readonly Mention Alice = new("U-ALICE", "Alice");
    private static readonly Mention Carol = new("U-CAROL", "Carol");

    private static PersonCalendar Calendar(string zone, WorkingDays days = WorkingDays.Weekdays) => new(Zone(zone), days);

    [Theory]
    [InlineData("2026-01-07T09:00:00Z", "UTC", "2026-01-07")]
    [InlineData("2026-01-07T11:59:00Z", "UTC", "2026-01-07")]
    [InlineData("2026-01-07T08:59:00Z", "UTC", null)]
    [InlineData("2026-01-07T12:00:00Z", "UTC", null)]
    [InlineData("2026-01-10T10:00:00Z", "UTC", null)]
    [InlineData("2026-01-07T01:00:00Z", "Asia/Tokyo", "2026-01-07")]
    [InlineData("2026-01-07T10:00:00Z", "Asia/Tokyo", null)]
    [InlineData("2026-01-07T17:30:00Z", "America/Los_Angeles", "2026-01-07")]
    [InlineData("2026-01-11T21:00:00Z", "Pacific/Auckland", "2026-01-12")]
    public void DueOn_WorkingDayInTheWindowInTheirZone_IsTheirLocalDay(string now, string zone, string? expected)
    {
        var day = MorningSummaryDay.DueOn(Parse(now), Calendar(zone), Mornings, lastSentOn: null);

        Assert.Equal(expected, day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DueOn_AlreadySentToday_Null()
    {
        Assert.Null(MorningSummaryDay.DueOn(Now, Calendar("UTC"), Mornings, new DateOnly(2026, 1, 7)));
        Assert.Equal(new DateOnly(2026, 1, 7), MorningSummaryDay.DueOn(Now, Calendar("UTC"), Mornings, new DateOnly(2026, 1, 6)));
    }

    [Fact]
    public void DueOn_DeliveryWindowNotHoldingNudges_StillWaitsForTheMorningHours()
    {
        var anyTime = new DeliveryWindowPolicy { Enabled = false };

        Assert.Null(MorningSummaryDay.DueOn(Utc(2026, 1, 7, 0, 5), Calendar("UTC"), anyTime, null));
        Assert.NotNull(MorningSummaryDay.DueOn(Utc(2026, 1, 7, 9, 5), Calendar("UTC"), anyTime, null));
    }

    [Fact]
    public void DueOn_NoWorkingDaysSet_EveryDayIsOne()
    {
        var saturday = Utc(2026, 1, 10, 10);

        Assert.Equal(new DateOnly(2026, 1, 10), MorningSummaryDay.DueOn(saturday, Calendar("UTC", WorkingDays.None), Mornings, null));
    }

    [Fact]
    public void Compose_WaitingOnBothSides_OldestFirstWithWhoAskedHowLongAgoAndDue()
    {
        var team = new Team();
        var onYou = new[]
        {
            new WaitingOnYou(7, "Pick a date", Alice, Now.AddHours(-5), null, StakeholderState.Waiting),
            new WaitingOnYou(2, "Review the rollout plan", Alice, Now.AddDays(-3), Now.AddDays(2), StakeholderState.Snoozed),
            new WaitingOnYou(4, "Sign off the budget", Alice, Now.AddDays(-20), Now.AddDays(-1), StakeholderState.Escalated),
        };
        var onOthers = new[]
        {
            new YouAreWaitingOn(9, "Ship it", Now.AddDays(-1), []),
            new YouAreWaitingOn(5, "Choose a name", Now.AddDays(-2), [Carol]),
        };

        var message = MorningSummary.Compose(team.Workspace, team.Bob, onYou, onOthers, Now, Team.Default());
        var text = message.PlainText();

        Assert.StartsWith("Good morning, @Bob. 3 requests are waiting on you, oldest first:\n", text, StringComparison.Ordinal);
        Assert.Contains("• *CR-4* Sign off the budget · from @Alice, asked 2 weeks ago · overdue since Tue 6 Jan · escalated\n", text, StringComparison.Ordinal);
        Assert.Contains("• *CR-2* Review the rollout plan · from @Alice, asked 3 days ago · due Friday · snoozed\n", text, StringComparison.Ordinal);
        Assert.Contains("• *CR-7* Pick a date · from @Alice, asked 5 hours ago\n", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("CR-4", StringComparison.Ordinal) < text.IndexOf("CR-2", StringComparison.Ordinal));
        Assert.True(text.IndexOf("CR-2", StringComparison.Ordinal) < text.IndexOf("CR-7", StringComparison.Ordinal));
        Assert.Contains("You are waiting on 2 requests of yours:\n• *CR-5* Choose a name · no answer yet from @Carol · asked 2 days ago\n", text, StringComparison.Ordinal);
        Assert.Contains("• *CR-9* Ship it · everyone has answered: close it with `/coord resolve CR-9`", text, StringComparison.Ordinal);
        Assert.EndsWith("To stop this message: `/coord summary off`.", text, StringComparison.Ordinal);
        Assert.Equal(DestinationKind.Direct, message.Destination.Kind);
        Assert.Equal(team.Bob.PlatformUserId, message.Destination.Address);
    }

    [Fact]
    public void Compose_Buttons_NameTheirRequestAndCarryItsKey()
    {
        var team = new Team();
        var onYou = new[]
        {
            new WaitingOnYou(2, "Review", Alice, Now.AddDays(-3), null, StakeholderState.Waiting),
            new WaitingOnYou(4, "Budget", Alice, Now.AddDays(-9), null, StakeholderState.Escalated),
        };

        var message = MorningSummary.Compose(team.Workspace, team.Bob, onYou, [], Now, Team.Default());

        Assert.Equal(
            ["Acknowledge CR-4", "Done CR-4", "Not me CR-4…", "Acknowledge CR-2", "Done CR-2", "Snooze CR-2…", "Not me CR-2…"],
            message.Buttons.Select(b => b.Label));
        Assert.All(message.Buttons, b => Assert.Contains(b.Value, b.Label, StringComparison.Ordinal));
        Assert.Equal(["CR-4", "CR-4", "CR-4", "CR-2", "CR-2", "CR-2", "CR-2"], message.Buttons.Select(b => b.Value));
        Assert.Equal([MessageButton.Acknowledge, MessageButton.Done, MessageButton.NotMe], message.Buttons.Take(3).Select(b => b.Action));
    }

    [Fact]
    public void Compose_ManyWaiting_ButtonsForTheOldestFewAndTheRestAsText()
    {
        var team = new Team();
        var onYou = Enumerable.Range(1, 20)
            .Select(n => new WaitingOnYou(n, $"Question {n}", Alice, Now.AddHours(-n), null, StakeholderState.Waiting))
            .ToList();

        var message = MorningSummary.Compose(team.Workspace, team.Bob, onYou, [], Now, Team.Default());
        var text = message.PlainText();

        Assert.Equal(MorningSummary.ItemsWithButtons, message.Buttons.Select(b => b.Value).Distinct().Count());
        Assert.Equal(["CR-20", "CR-19", "CR-18", "CR-17", "CR-16"], message.Buttons.Select(b => b.Value).Distinct());
        Assert.Contains("• …and 5 more: `/coord list waiting`", text, StringComparison.Ordinal);
        Assert.Contains($"The buttons answer the oldest {MorningSummary.ItemsWithButtons}.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Question 5 ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_OnlyWaitingOnOthers_SaysNothingIsWaitingOnYouAndHasNoButtons()
    {
        var team = new Team();

        var message = MorningSummary.Compose(team.Workspace, team.Alice, [], [new YouAreWaitingOn(3, "Pick a date", Now.AddDays(-1), [Carol])], Now, Team.Default());

        Assert.StartsWith("Good morning, @Alice. Nothing is waiting on you today.\n\nYou are waiting on 1 request of yours:", message.PlainText(), StringComparison.Ordinal);
        Assert.Empty(message.Buttons);
        Assert.Contains(message.Mentions, m => m.PlatformUserId == Carol.PlatformUserId);
    }

    [Theory]
    [InlineData(0.5, "less than an hour ago")]
    [InlineData(1, "1 hour ago")]
    [InlineData(23.9, "23 hours ago")]
    [InlineData(24, "1 day ago")]
    [InlineData(13 * 24, "13 days ago")]
    [InlineData(15 * 24, "2 weeks ago")]
    public void Ago_Span_ReadsInTheLargestNaturalUnit(double hours, string expected)
    {
        Assert.Equal(expected, MorningSummary.Ago(TimeSpan.FromHours(hours)));
    }
}
