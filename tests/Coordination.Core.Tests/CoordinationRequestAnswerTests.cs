using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class CoordinationRequestAnswerTests
{
    private static readonly DateTimeOffset Asked = Utc(2026, 1, 8, 15);

    private readonly Team _team = new();
    private readonly FollowUpSchedule _schedule = Team.Default();

    [Theory]
    [InlineData(AttemptKind.Response)]
    [InlineData(AttemptKind.Acknowledge)]
    public void Respond_MidWindow_StopsTheClock(AttemptKind kind)
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob);
        var bob = request.Stakeholders.Single();
        var due = bob.NextActionAt!.Value;

        var result = request.Respond(_team.Bob, kind, Asked.AddHours(20));
        var followUp = request.FollowUp(bob, due, _schedule);

        Assert.Equal(ChangeResult.Applied, result);
        Assert.Null(followUp);
        Assert.Equal(StakeholderState.Responded, bob.State);
        Assert.Equal(Asked.AddHours(20), bob.RespondedAt);
        Assert.Null(bob.NextActionAt);
        Assert.DoesNotContain(request.Attempts, a => a.Kind == AttemptKind.Nudge);
        Assert.Single(request.Attempts, a => a.Kind == kind);
    }

    [Fact]
    public void Respond_Twice_IsUnchanged()
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob);
        request.Respond(_team.Bob, AttemptKind.Acknowledge, Asked.AddHours(1));

        var result = request.Respond(_team.Bob, AttemptKind.Response, Asked.AddHours(2));

        Assert.Equal(ChangeResult.Unchanged, result);
        Assert.Equal(Asked.AddHours(1), request.Stakeholders.Single().RespondedAt);
    }

    [Fact]
    public void Respond_ByNonStakeholder_IsNotAllowed()
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob);

        var result = request.Respond(_team.Carol, AttemptKind.Response, Asked.AddHours(1));

        Assert.Equal(ChangeResult.NotAllowed, result);
    }

    [Fact]
    public void Respond_WithKindThatIsNotAnAnswer_Throws()
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob);

        Assert.Throws<ArgumentOutOfRangeException>(() => request.Respond(_team.Bob, AttemptKind.Snooze, Asked));
    }

    [Fact]
    public void Respond_AfterEscalation_IsRecordedAsLate()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Asked, schedule, _team.Bob);
        Sweep.Run(request, schedule);

        var result = request.Respond(_team.Bob, AttemptKind.Response, Asked.AddDays(8), "sorry, was away");

        var bob = request.Stakeholders.Single();
        Assert.Equal(ChangeResult.Applied, result);
        Assert.Equal(StakeholderState.Responded, bob.State);
        var answer = request.Attempts.Single(a => a.Kind == AttemptKind.Response);
        Assert.Contains("late", answer.Note, StringComparison.Ordinal);
        Assert.Contains("sorry, was away", answer.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Decline_WithReason_RecordsItAndStopsTheClock()
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob);

        var result = request.Decline(_team.Bob, "no capacity this sprint", Asked.AddHours(3));

        var bob = request.Stakeholders.Single();
        Assert.Equal(ChangeResult.Applied, result);
        Assert.Equal(StakeholderState.Declined, bob.State);
        Assert.Null(bob.NextActionAt);
        Assert.Equal("no capacity this sprint", request.Attempts.Single(a => a.Kind == AttemptKind.Decline).Note);
        var message = request.PendingMessages.Single(m => m.DeduplicationKey.StartsWith("decline:", StringComparison.Ordinal));
        Assert.Contains("no capacity this sprint", message.Message.Text, StringComparison.Ordinal);
        Assert.Contains(message.Message.Mentions, m => m.PlatformUserId == _team.Alice.PlatformUserId);
    }
}
