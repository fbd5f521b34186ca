using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class CoordinationRequestClosingTests
{
    private static readonly DateTimeOffset Asked = Utc(2026, 1, 8, 15);

    private readonly Team _team = new();
    private readonly FollowUpSchedule _schedule = Team.Default();

    [Theory]
    [InlineData(true, RequestStatus.Cancelled, "cancel")]
    [InlineData(false, RequestStatus.Resolved, "resolve")]
    public void End_ByRequester_ClosesAndClearsEveryNextAction(bool cancel, RequestStatus expected, string keyPrefix)
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob, _team.Carol);
        var now = Asked.AddHours(5);

        var result = cancel ? request.Cancel(_team.Alice, now, "moot") : request.Resolve(_team.Alice, now, "moot");

        Assert.Equal(ChangeResult.Applied, result);
        Assert.Equal(expected, request.Status);
        Assert.Equal(now, request.ClosedAt);
        Assert.All(request.Stakeholders, s => Assert.Null(s.NextActionAt));
        Assert.Single(request.PendingMessages, m => m.DeduplicationKey == $"{keyPrefix}:{request.Id}");
    }

    [Fact]
    public void Withdraw_OpenRequest_CancelsWithTheReasonInTheTrailAndTellsOnlyTheRequester()
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob, _team.Carol);
        var now = Asked.AddMinutes(1);

        var result = request.Withdraw("not_in_channel: invite the bot", now);

        Assert.Equal(ChangeResult.Applied, result);
        Assert.Equal(RequestStatus.Cancelled, request.Status);
        Assert.All(request.Stakeholders, s => Assert.Null(s.NextActionAt));
        var record = Assert.Single(request.Attempts, a => a.Kind == AttemptKind.Cancel);
        Assert.Contains("not_in_channel", record.Note, StringComparison.Ordinal);
        var notice = Assert.Single(request.PendingMessages, m => m.DeduplicationKey == $"withdrawn:{request.Id}");
        Assert.Equal(Chat.MessageDestination.DirectTo(_team.Alice.PlatformUserId), notice.Message.Destination);
        Assert.Contains(request.Key.ToString(), notice.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdraw_AlreadyClosed_ChangesNothing()
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob);
        request.Cancel(_team.Alice, Asked.AddMinutes(1));
        var trail = request.Attempts.Count;

        var result = request.Withdraw("channel_not_found", Asked.AddMinutes(2));

        Assert.Equal(ChangeResult.Closed, result);
        Assert.Equal(trail, request.Attempts.Count);
    }

    [Fact]
    public void End_ByAnyoneButTheRequester_IsNotAllowed()
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob);

        var resolve = request.Resolve(_team.Bob, Asked.AddHours(1));
        var cancel = request.Cancel(_team.Dan, Asked.AddHours(1));

        Assert.Equal(ChangeResult.NotAllowed, resolve);
        Assert.Equal(ChangeResult.NotAllowed, cancel);
        Assert.Equal(RequestStatus.Open, request.Status);
        Assert.NotNull(request.Stakeholders.Single().NextActionAt);
    }

    [Fact]
    public void Respond_DoneByEveryStakeholder_ResolvesTheRequest()
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob, _team.Carol);

        request.Respond(_team.Bob, AttemptKind.Done, Asked.AddHours(2));
        var afterBob = request.Status;
        request.Respond(_team.Carol, AttemptKind.Done, Asked.AddHours(3), "shipped");

        Assert.Equal(RequestStatus.Open, afterBob);
        Assert.Equal(RequestStatus.Resolved, request.Status);
        Assert.Equal(Asked.AddHours(3), request.ClosedAt);
        var resolve = Assert.Single(request.Attempts, a => a.Kind == AttemptKind.Resolve);
        Assert.Null(resolve.ActorId);
    }

    [Fact]
    public void Actions_OnClosedRequest_ReturnClosed()
    {
        var request = _team.Ask(Asked, _schedule, _team.Bob);
        var later = Asked.AddHours(2);
        request.Cancel(_team.Alice, Asked.AddHours(1));

        Assert.Equal(ChangeResult.Closed, request.Respond(_team.Bob, AttemptKind.Response, later));
        Assert.Equal(ChangeResult.Closed, request.Decline(_team.Bob, "no", later));
        Assert.Equal(ChangeResult.Closed, request.Snooze(_team.Bob, _team.Bob, later.AddDays(1), later, _schedule));
        Assert.Equal(ChangeResult.Closed, request.Redirect(_team.Bob, _team.Bob, _team.Carol, later, _schedule));
        Assert.Equal(ChangeResult.Closed, request.SetEscalationTarget(_team.Alice, _team.Dan, later, _schedule));
        Assert.Equal(ChangeResult.Closed, request.Resolve(_team.Alice, later));
        Assert.Equal(ChangeResult.Closed, request.Cancel(_team.Alice, later));
        Assert.Null(request.FollowUp(request.Stakeholders.Single(), later, _schedule));
        Assert.Equal(RequestStatus.Cancelled, request.Status);
    }
}
