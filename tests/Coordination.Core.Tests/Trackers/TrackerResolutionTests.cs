using Coordination.Core.Requests;
using Coordination.Core.Trackers;

namespace Coordination.Core.Tests.Trackers;

public class TrackerResolutionTests
{
    private static readonly DateTimeOffset At = Instants.Utc(2026, 12, 7, 10);
    private static readonly TrackerEvent Closed = new(Tracker.GitHub, "acme/api#5", "github.com/acme/api/issues/5", TrackerEventKind.Resolves, "closing");

    private readonly Team _team = new();

    [Fact]
    public void ResolveByTracker_OpenRequest_ResolvedWithTheTrailLineAndTheThreadTold()
    {
        var request = _team.Ask(At, Team.Plain(), _team.Bob);
        request.ClearPendingMessages();

        var result = request.ResolveByTracker(Closed, At.AddHours(1));

        Assert.Equal(ChangeResult.Applied, result);
        Assert.Equal(RequestStatus.Resolved, request.Status);
        var last = request.Attempts[^1];
        Assert.Equal("resolved by github.com/acme/api/issues/5 closing", last.Note);
        Assert.Null(last.ActorId);
        Assert.Equal($"{request.Key} resolved: github.com/acme/api/issues/5 was closed.", Assert.Single(request.PendingMessages).Message.Text);
        Assert.All(request.Stakeholders, s => Assert.Null(s.NextActionAt));
    }

    [Fact]
    public void ResolveByTracker_AlreadyClosed_ChangesNothing()
    {
        var request = _team.Ask(At, Team.Plain(), _team.Bob);
        request.ResolveByTracker(Closed, At);
        var attempts = request.Attempts.Count;

        Assert.Equal(ChangeResult.Closed, request.ResolveByTracker(Closed with { Word = "merging" }, At.AddHours(1)));
        Assert.Equal(attempts, request.Attempts.Count);
    }

    [Theory]
    [InlineData("not_planned", "github.com/acme/api/issues/5 was closed as not planned")]
    [InlineData("merging", "github.com/acme/api/issues/5 was merged")]
    [InlineData("done", "github.com/acme/api/issues/5 moved to done")]
    [InlineData("canceled", "github.com/acme/api/issues/5 was canceled")]
    public void Sentence_EachWay_ReadsAsWhatHappened(string word, string sentence) => Assert.Equal(sentence, (Closed with { Word = word }).Sentence);

    [Fact]
    public void NoteFromTracker_OpenRequest_TrailLineOnlyStillOpen()
    {
        var request = _team.Ask(At, Team.Plain(), _team.Bob);

        request.NoteFromTracker("github.com/acme/api/pull/7 closed without merging", null, At);

        Assert.Equal(RequestStatus.Open, request.Status);
        Assert.Equal(AttemptKind.Tracker, request.Attempts[^1].Kind);
    }
}
