using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class CoordinationRequestMessageTests
{
    private static readonly DateTimeOffset Asked = Utc(2026, 1, 8, 15);

    private readonly Team _team = new();

    [Theory]
    [InlineData(172800, "48 hours")]
    [InlineData(5400, "90 minutes")]
    [InlineData(60, "1 minute")]
    [InlineData(3600, "1 hour")]
    [InlineData(5, "5 seconds")]
    public void Duration_AnyWindow_SaidInTheLargestWholeUnit(int seconds, string expected)
    {
        Assert.Equal(expected, FollowUpMessages.Duration(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void Ask_NewRequest_QueuesOnePostInTheThreadWithButtons()
    {
        var request = _team.Ask(Asked, Team.Default(), _team.Bob, _team.Carol);

        var post = Assert.Single(request.PendingMessages);
        Assert.Equal($"ask:{request.Id}", post.DeduplicationKey);
        Assert.Equal(MessageDestination.InThread(Team.Thread), post.Message.Destination);
        Assert.Equal(["U-ALICE", "U-BOB", "U-CAROL"], post.Message.Mentions.Select(m => m.PlatformUserId));
        Assert.Equal(5, post.Message.Buttons.Count);
        Assert.All(post.Message.Buttons, b => Assert.Equal("CR-1", b.Value));
        Assert.Equal(2, request.Attempts.Count(a => a.Kind == AttemptKind.Ask && a.Number == 1));
    }

    [Fact]
    public void FollowUp_EachNudge_IsKeyedByStakeholderAndAttemptNumber()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Asked, schedule, _team.Bob, _team.Carol);

        Sweep.Run(request, schedule);

        foreach (var stakeholder in request.Stakeholders)
        {
            var nudges = request.PendingMessages.Where(m => m.DeduplicationKey.StartsWith("nudge:", StringComparison.Ordinal) && m.StakeholderId == stakeholder.Id).ToList();
            Assert.Equal([$"nudge:{stakeholder.Id}:2", $"nudge:{stakeholder.Id}:3"], nudges.Select(m => m.DeduplicationKey));
            var numbers = nudges.Select(m => request.Attempts.Single(a => a.Id == m.AttemptId).Number);
            Assert.Equal([2, 3], numbers);
        }
    }

    [Fact]
    public void FollowUp_TwoSilentStakeholders_QueuesTheProceedNoticeOnceWithTheFirstNudge()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Asked, schedule, _team.Bob, _team.Carol);

        var steps = Sweep.Run(request, schedule);

        var notice = Assert.Single(request.PendingMessages, m => m.DeduplicationKey.StartsWith("proceed:", StringComparison.Ordinal));
        Assert.Equal($"proceed:{request.Id}", notice.DeduplicationKey);
        Assert.Equal(steps[0].At, request.ProceedNoticeAt);
        Assert.Single(request.Attempts, a => a.Kind == AttemptKind.ProceedNotice);
        Assert.Contains("proceed with your best judgment", notice.Message.Text, StringComparison.Ordinal);
        Assert.Equal("U-ALICE", notice.Message.Mentions[0].PlatformUserId);
    }

    [Fact]
    public void Nudge_FirstUnderDefaultPolicy_NamesAttemptTargetAndNextDay()
    {
        var schedule = Team.Default();
        _team.Bob.SetLead(_team.Dan);
        var request = _team.Ask(Asked, schedule, _team.Bob);

        Sweep.Next(request, request.Stakeholders.Single(), schedule);

        var text = Nudges(request)[0];
        Assert.Contains("Attempt 2 of 3", text, StringComparison.Ordinal);
        Assert.Contains("<@U-DAN>", text, StringComparison.Ordinal);
        Assert.Contains("Thursday", text, StringComparison.Ordinal);
        Assert.DoesNotContain("last reminder", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Nudge_LastUnderDefaultPolicy_IsFirmerAndNamesEscalationDay()
    {
        var schedule = Team.Default();
        _team.Bob.SetLead(_team.Dan);
        var request = _team.Ask(Asked, schedule, _team.Bob);
        var bob = request.Stakeholders.Single();
        Sweep.Next(request, bob, schedule);

        Sweep.Next(request, bob, schedule);

        var text = Nudges(request)[1];
        Assert.Contains("last reminder", text, StringComparison.Ordinal);
        Assert.Contains("Attempt 3 of 3", text, StringComparison.Ordinal);
        Assert.Contains("escalation to <@U-DAN> on <!date^", text, StringComparison.Ordinal);
        Assert.Contains("escalation to <@U-DAN> on Monday", ChatText.WithoutDates(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Nudge_AnyMaxAttempts_OnlyTheFinalNudgeIsTheLastReminder(int maxAttempts)
    {
        var schedule = Team.Plain(maxAttempts);
        var request = _team.Ask(Asked, schedule, _team.Bob);

        Sweep.Run(request, schedule);

        var texts = Nudges(request);
        Assert.Equal(maxAttempts - 1, texts.Count);
        Assert.All(texts.Select((t, i) => (t, n: i + 2)), x => Assert.Contains($"Attempt {x.n} of {maxAttempts}", x.t, StringComparison.Ordinal));
        Assert.Equal(texts.Count - 1, texts.FindIndex(t => t.Contains("last reminder", StringComparison.Ordinal)));
        Assert.Single(texts, t => t.Contains("last reminder", StringComparison.Ordinal));
    }

    private static List<string> Nudges(CoordinationRequest request) =>
        request.PendingMessages.Where(m => m.DeduplicationKey.StartsWith("nudge:", StringComparison.Ordinal)).Select(m => m.Message.Text).ToList();
}
