using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class CoordinationRequestEscalationTests
{
    private static readonly DateTimeOffset Asked = Utc(2026, 1, 8, 15);

    private readonly Team _team = new();

    [Theory]
    [InlineData(true, true, true, "U-DAN")]
    [InlineData(false, true, true, "U-CAROL")]
    [InlineData(false, false, true, "U-EVE")]
    [InlineData(false, false, false, "U-ALICE")]
    public void Escalate_AfterLastAttempt_DirectMessagesTheFirstTargetInTheChain(bool explicitTarget, bool stakeholderLead, bool requesterLead, string expectedUserId)
    {
        var schedule = Team.Plain();
        _team.Bob.SetLead(stakeholderLead ? _team.Carol : null);
        _team.Alice.SetLead(requesterLead ? _team.Person("Eve") : null);
        var target = explicitTarget ? _team.Dan : null;
        var request = Team.PostDelivered(
            CoordinationRequest.Ask(_team.Workspace, "Sign off", _team.Alice, [_team.Bob], Team.Thread, Asked, schedule, escalationTarget: target), Asked, schedule);
        var bob = request.Stakeholders.Single();

        Sweep.Run(request, schedule);

        var dm = request.PendingMessages.Single(m => m.DeduplicationKey == $"escalation:{bob.Id}").Message;
        Assert.Equal(DestinationKind.Direct, dm.Destination.Kind);
        Assert.Equal(expectedUserId, dm.Destination.Address);
        Assert.Equal(expectedUserId, request.EscalationTargetFor(bob).PlatformUserId);
        var note = request.PendingMessages.Single(m => m.DeduplicationKey == $"escalation-note:{bob.Id}").Message;
        Assert.Equal(DestinationKind.Thread, note.Destination.Kind);
        Assert.Contains($"<@{expectedUserId}>", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Escalate_AfterThreeAttempts_RecordsAttemptFourInTheTrail()
    {
        var schedule = Team.Plain();
        _team.Bob.SetLead(_team.Dan);
        var request = _team.Ask(Asked, schedule, _team.Bob);

        Sweep.Run(request, schedule);

        var escalation = request.Attempts.Single(a => a.Kind == AttemptKind.Escalation);
        Assert.Equal(4, escalation.Number);
        Assert.Equal(Asked.AddHours(144), escalation.At);
        Assert.Equal("DM to Dan", escalation.Where);
        Assert.Null(escalation.ActorId);
    }

    [Fact]
    public void Escalate_TargetInTokyo_WaitsForTheTargetsMorning()
    {
        var schedule = Team.Default();
        _team.Bob.SetLead(_team.Person("Kenji", "Asia/Tokyo"));
        var request = _team.Ask(Asked, schedule, _team.Bob);

        var steps = Sweep.Run(request, schedule);

        Assert.Equal(FollowUpStep.Escalate, steps[^1].Outcome);
        Assert.Equal(Utc(2026, 1, 20, 0), steps[^1].At);
        Assert.Equal("2026-01-20 09:00 Tue", WallClock(steps[^1].At, "Asia/Tokyo"));
    }

    [Fact]
    public void SetEscalationTarget_ByRequesterBeforeEscalation_ReschedulesForTheNewTarget()
    {
        var schedule = Team.Default();
        var request = _team.Ask(Asked, schedule, _team.Bob);
        var bob = request.Stakeholders.Single();
        Sweep.Next(request, bob, schedule);
        Sweep.Next(request, bob, schedule);
        var before = bob.NextActionAt;

        var result = request.SetEscalationTarget(_team.Alice, _team.Person("Kenji", "Asia/Tokyo"), Utc(2026, 1, 16, 10), schedule);

        Assert.Equal(ChangeResult.Applied, result);
        Assert.Equal(Utc(2026, 1, 19, 9), before);
        Assert.Equal(Utc(2026, 1, 20, 0), bob.NextActionAt);
        Assert.Single(request.Attempts, a => a.Kind == AttemptKind.EscalationTargetSet);
    }

    [Fact]
    public void SetEscalationTarget_ByStakeholder_IsNotAllowed()
    {
        var request = _team.Ask(Asked, Team.Plain(), _team.Bob);

        var result = request.SetEscalationTarget(_team.Bob, _team.Dan, Asked, Team.Plain());

        Assert.Equal(ChangeResult.NotAllowed, result);
        Assert.Null(request.EscalationTarget);
    }
}
