using Coordination.Core.Requests;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class RequestUrgencyTests
{
    private static readonly DateTimeOffset Asked = Utc(2026, 1, 8, 15);

    private readonly Team _team = new();

    private CoordinationRequest Ask(TimeSpan? dueIn = null, int maxAttempts = 3) =>
        Team.PostDelivered(
            CoordinationRequest.Ask(_team.Workspace, "Pick a date", _team.Alice, [_team.Bob, _team.Carol], Team.Thread, Asked, Team.Plain(maxAttempts), dueAt: Asked + dueIn),
            Asked,
            Team.Plain(maxAttempts));

    [Fact]
    public void Of_FreshAskWithoutDueDate_IsOnTrack() =>
        Assert.Equal(Urgency.OnTrack, RequestUrgency.Of(Ask(), 3, Asked.AddHours(1)));

    [Theory]
    [InlineData(30, 1, Urgency.OnTrack)]
    [InlineData(30, 7, Urgency.DueSoon)]
    [InlineData(30, 31, Urgency.Overdue)]
    public void Of_DueDate_DueSoonWithinADayAndOverdueOnceItPassed(int dueInHours, int nowHours, Urgency expected) =>
        Assert.Equal(expected, RequestUrgency.Of(Ask(TimeSpan.FromHours(dueInHours)), 3, Asked.AddHours(nowHours)));

    [Fact]
    public void Of_StakeholderNudgedAndStillSilent_IsOverdue()
    {
        var request = Ask();
        Sweep.Next(request, request.Stakeholders[0], Team.Plain());

        Assert.Equal(Urgency.Overdue, RequestUrgency.Of(request, 3, Asked.AddHours(49)));
    }

    [Fact]
    public void Of_NextFollowUpIsTheEscalation_IsDueSoon() =>
        Assert.Equal(Urgency.DueSoon, RequestUrgency.Of(Ask(maxAttempts: 1), 1, Asked.AddHours(1)));

    [Fact]
    public void Of_EveryoneAnsweredPastTheDueDate_IsAnswered()
    {
        var request = Ask(TimeSpan.FromHours(2));
        request.Respond(_team.Bob, AttemptKind.Acknowledge, Asked.AddHours(1));
        request.Respond(_team.Carol, AttemptKind.Response, Asked.AddHours(1));

        Assert.Equal(Urgency.Answered, RequestUrgency.Of(request, 3, Asked.AddHours(5)));
    }

    [Fact]
    public void Of_OneStakeholderEscalated_IsEscalatedWhateverTheOthersDid()
    {
        var request = Ask();
        request.Respond(_team.Carol, AttemptKind.Acknowledge, Asked.AddHours(1));
        Sweep.Run(request, Team.Plain());

        Assert.Equal(Urgency.Escalated, RequestUrgency.Of(request, 3, Asked.AddHours(145)));
    }

    [Theory]
    [InlineData(Urgency.Escalated, "Escalated", "escalated")]
    [InlineData(Urgency.DueSoon, "Due soon", "due-soon")]
    [InlineData(Urgency.OnTrack, "On track", "on-track")]
    public void LabelAndSlug_EachUrgency_AWordAndAMarkupName(Urgency urgency, string label, string slug)
    {
        Assert.Equal(label, RequestUrgency.Label(urgency));
        Assert.Equal(slug, RequestUrgency.Slug(urgency));
    }
}
