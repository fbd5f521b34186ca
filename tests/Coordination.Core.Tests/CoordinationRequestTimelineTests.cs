using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class CoordinationRequestTimelineTests
{
    private readonly Team _team = new();

    [Fact]
    public void Ask_NoAnswerWeekendsCountedWindowOff_NudgesAt48And96AndEscalatesAt144Hours()
    {
        var schedule = Team.Plain();
        var asked = Utc(2026, 1, 7, 10);
        var request = _team.Ask(asked, schedule, _team.Bob);

        var steps = Sweep.Run(request, schedule);

        Assert.Equal([48.0, 96.0, 144.0], steps.Select(s => (s.At - asked).TotalHours));
        Assert.Equal([FollowUpStep.Nudge, FollowUpStep.Nudge, FollowUpStep.Escalate], steps.Select(s => s.Outcome));
        var bob = request.Stakeholders.Single();
        Assert.Equal(StakeholderState.Escalated, bob.State);
        Assert.Null(bob.NextActionAt);
        Assert.Equal([1, 2, 3, 4], request.Attempts.Where(a => a.Number is not null).Select(a => a.Number!.Value));
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("America/New_York")]
    [InlineData("Asia/Tokyo")]
    [InlineData("Europe/Berlin")]
    public void Ask_DefaultPolicyThursdayAfternoon_NudgesTuesdayAndThursdayMorningsAndEscalatesMonday(string zone)
    {
        var schedule = Team.Default();
        var bob = _team.Person("Bob", zone);
        _team.Alice.SetTimeZone(zone);
        var thursday = new PersonCalendar(Zone(zone), WorkingDays.Weekdays).ToInstant(Local("2026-01-08 15:00"));
        var request = _team.Ask(thursday, schedule, bob);

        var steps = Sweep.Run(request, schedule);

        Assert.Equal(
            ["2026-01-13 09:00 Tue", "2026-01-15 09:00 Thu", "2026-01-19 09:00 Mon"],
            steps.Select(s => WallClock(s.At, zone)));
        Assert.Equal([FollowUpStep.Nudge, FollowUpStep.Nudge, FollowUpStep.Escalate], steps.Select(s => s.Outcome));
    }

    [Fact]
    public void Ask_DefaultPolicyInUtc_PinsEveryInstant()
    {
        var schedule = Team.Default();
        var request = _team.Ask(Utc(2026, 1, 8, 15), schedule, _team.Bob);

        var steps = Sweep.Run(request, schedule);

        Assert.Equal([Utc(2026, 1, 13, 9), Utc(2026, 1, 15, 9), Utc(2026, 1, 19, 9)], steps.Select(s => s.At));
    }

    [Fact]
    public void Ask_StakeholdersInThreeZones_EachIsNudgedAtTheirOwnNineOClock()
    {
        var schedule = Team.Default();
        var tokyo = _team.Person("Kenji", "Asia/Tokyo");
        var la = _team.Person("Lupe", "America/Los_Angeles");
        var request = _team.Ask(Utc(2026, 1, 8, 15), schedule, _team.Bob, tokyo, la);

        var firstNudges = Sweep.Run(request, schedule)
            .Where(s => s.Outcome == FollowUpStep.Nudge)
            .GroupBy(s => s.Stakeholder.Person.DisplayName)
            .ToDictionary(g => g.Key, g => g.First().At);

        Assert.Equal(Utc(2026, 1, 13, 9), firstNudges["Bob"]);
        Assert.Equal(Utc(2026, 1, 13, 0), firstNudges["Kenji"]);
        Assert.Equal(Utc(2026, 1, 12, 17), firstNudges["Lupe"]);
        Assert.Equal("2026-01-13 09:00 Tue", WallClock(firstNudges["Kenji"], "Asia/Tokyo"));
        Assert.Equal("2026-01-12 09:00 Mon", WallClock(firstNudges["Lupe"], "America/Los_Angeles"));
    }

    [Fact]
    public void NudgeDelivered_FiveHoursAfterIssue_NextWindowCountsFromDelivery()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Utc(2026, 1, 5), schedule, _team.Bob);
        var bob = request.Stakeholders.Single();

        var first = Sweep.Next(request, bob, schedule, deliveryDelay: TimeSpan.FromHours(5));

        Assert.Equal(Utc(2026, 1, 7), first.At);
        Assert.Equal(Utc(2026, 1, 7, 5), bob.WindowStartedAt);
        Assert.Equal(Utc(2026, 1, 9, 5), bob.NextActionAt);
        Assert.Equal(Utc(2026, 1, 7, 5), Sweep.LatestNudge(request, bob).DeliveredAt);
    }

    [Fact]
    public void NudgeDelivered_ReportedAgainLater_KeepsTheFirstDelivery()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Utc(2026, 1, 5), schedule, _team.Bob);
        var bob = request.Stakeholders.Single();
        Sweep.Next(request, bob, schedule, deliveryDelay: TimeSpan.FromHours(1));

        request.MessageDelivered(bob.Id, Sweep.LatestNudge(request, bob), opensWindow: true, Utc(2026, 1, 7, 6), schedule);

        Assert.Equal(Utc(2026, 1, 7, 1), Sweep.LatestNudge(request, bob).DeliveredAt);
        Assert.Equal(Utc(2026, 1, 9, 1), bob.NextActionAt);
    }

    [Fact]
    public void Nudge_WhileItIsStillQueued_NoFollowUpIsScheduledAndTheSweepDoesNothing()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Utc(2026, 1, 5), schedule, _team.Bob);
        var bob = request.Stakeholders.Single();
        request.FollowUp(bob, Utc(2026, 1, 7), schedule);

        var again = request.FollowUp(bob, Utc(2026, 1, 9), schedule);

        Assert.Null(again);
        Assert.Null(bob.NextActionAt);
        Assert.True(bob.AwaitsDelivery);
        Assert.Equal(2, bob.AttemptCount);
    }

    [Fact]
    public void Ask_PostDeliveredTwoMinutesLater_FirstWindowCountsFromDelivery()
    {
        var schedule = Team.Plain();
        var request = CoordinationRequest.Ask(_team.Workspace, "Pick the date", _team.Alice, [_team.Bob], Team.Thread, Utc(2026, 1, 5), schedule);
        var bob = request.Stakeholders.Single();
        var beforeDelivery = bob.NextActionAt;

        request.MessageDelivered(null, null, opensWindow: true, Utc(2026, 1, 5, 0, 2), schedule);

        Assert.Null(beforeDelivery);
        Assert.Equal(Utc(2026, 1, 7, 0, 2), bob.NextActionAt);
        Assert.Equal(Utc(2026, 1, 5, 0, 2), request.Attempts.Single(a => a.Kind == AttemptKind.Ask).DeliveredAt);
    }

    [Fact]
    public void NudgeUndelivered_ItDoesNotCountAsUnanswered_AndTheRuleMovesOnFromTheFailure()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Utc(2026, 1, 5), schedule, _team.Bob);
        var bob = request.Stakeholders.Single();
        request.FollowUp(bob, Utc(2026, 1, 7), schedule);
        var nudge = Sweep.LatestNudge(request, bob);

        request.MessageUndelivered(bob.Id, nudge, opensWindow: true, "is_archived", Utc(2026, 1, 7, 1), schedule);

        Assert.Equal(Utc(2026, 1, 9, 1), bob.NextActionAt);
        Assert.Equal(1, bob.DeliveredAttempts);
        Assert.Contains("is_archived", nudge.NotSentReason, StringComparison.Ordinal);
        Assert.Null(nudge.DeliveredAt);
    }

    [Fact]
    public void WhyFollowUpIsMoot_StakeholderAnsweredWhileItWaited_SaysSo()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Utc(2026, 1, 5), schedule, _team.Bob, _team.Carol);
        var (bob, carol) = (request.Stakeholders[0], request.Stakeholders[1]);
        request.FollowUp(bob, Utc(2026, 1, 7), schedule);

        request.Respond(_team.Bob, AttemptKind.Acknowledge, Utc(2026, 1, 7, 0, 1));

        Assert.Equal("Bob answered first", request.WhyFollowUpIsMoot(bob.Id));
        Assert.Null(request.WhyFollowUpIsMoot(carol.Id));
    }

    [Fact]
    public void Ask_WindowAcrossSpringForward_NudgesAtTheSameWallClockTime()
    {
        var schedule = Team.Plain();
        var bob = _team.Person("Bob", "America/New_York");
        var request = _team.Ask(Parse("2026-03-06T15:00:00-05:00"), schedule, bob);

        var steps = Sweep.Run(request, schedule);

        Assert.Equal(
            ["2026-03-08 15:00 Sun", "2026-03-10 15:00 Tue", "2026-03-12 15:00 Thu"],
            steps.Select(s => WallClock(s.At, "America/New_York")));
        Assert.Equal(Parse("2026-03-08T19:00:00Z"), steps[0].At);
    }
}
