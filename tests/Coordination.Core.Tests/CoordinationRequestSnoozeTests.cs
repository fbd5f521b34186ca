using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class CoordinationRequestSnoozeTests
{
    private static readonly DateTimeOffset Asked = Utc(2026, 1, 8, 15);

    private readonly Team _team = new();
    private readonly FollowUpSchedule _schedule = Team.Default();

    [Fact]
    public void Snooze_AfterFirstNudge_HoldsForTheMorningThenContinuesWithAttemptThree()
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob);
        var bob = request.Stakeholders.Single();
        Sweep.Next(request, bob, _schedule);

        var result = request.Snooze(_team.Bob, _team.Bob, Utc(2026, 1, 14, 15), Utc(2026, 1, 13, 10), _schedule);
        var snoozedUntil = bob.NextActionAt;
        var state = bob.State;
        var next = Sweep.Next(request, bob, _schedule);

        Assert.Equal(ChangeResult.Applied, result);
        Assert.Equal(StakeholderState.Snoozed, state);
        Assert.Equal(Utc(2026, 1, 15, 9), snoozedUntil);
        Assert.Equal(FollowUpStep.Nudge, next.Outcome);
        Assert.Equal(3, bob.AttemptCount);
        Assert.Equal(3, Sweep.LatestNudge(request, bob).Number);
        Assert.Equal(StakeholderState.Waiting, bob.State);
        Assert.Null(bob.SnoozedUntil);
        Assert.Equal(Utc(2026, 1, 19, 9), bob.NextActionAt);
    }

    [Fact]
    public void Snooze_ByRequester_IsApplied()
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob);

        var result = request.Snooze(_team.Alice, _team.Bob, Utc(2026, 1, 20, 10), Asked, _schedule);

        Assert.Equal(ChangeResult.Applied, result);
        Assert.Equal(Utc(2026, 1, 20, 10), request.Stakeholders.Single().NextActionAt);
    }

    [Fact]
    public void Snooze_ByAnotherPersonOrIntoThePast_IsNotAllowed()
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob);

        var byCarol = request.Snooze(_team.Carol, _team.Bob, Asked.AddDays(2), Asked, _schedule);
        var past = request.Snooze(_team.Bob, _team.Bob, Asked, Asked, _schedule);

        Assert.Equal(ChangeResult.NotAllowed, byCarol);
        Assert.Equal(ChangeResult.NotAllowed, past);
        Assert.Equal(StakeholderState.Waiting, request.Stakeholders.Single().State);
    }

    [Fact]
    public void Snooze_AfterAnswer_IsUnchanged()
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob);
        request.Respond(_team.Bob, AttemptKind.Acknowledge, Asked.AddHours(1));

        var result = request.Snooze(_team.Bob, _team.Bob, Asked.AddDays(2), Asked.AddHours(2), _schedule);

        Assert.Equal(ChangeResult.Unchanged, result);
        Assert.Null(request.Stakeholders.Single().NextActionAt);
    }
}
