using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class PaperTrailTests
{
    private static readonly DateTimeOffset Asked = Utc(2026, 1, 8, 15);

    private static readonly DateTimeOffset Due = Utc(2026, 1, 9, 17);

    private readonly Team _team = new();

    [Fact]
    public void Format_RequestWithADueDate_ShowsItUnderTheHeadingAsTheCardDoes()
    {
        var schedule = Team.Plain();
        var request = Team.PostDelivered(
            CoordinationRequest.Ask(_team.Workspace, "Review the rollout plan", _team.Alice, [_team.Bob], Team.Thread, Asked, schedule, Due), Asked, schedule);

        var trail = PaperTrail.Format(request, People(), _team.Alice, schedule);

        var day = FollowUpMessages.Day(Due, _team.Alice, schedule);
        Assert.Equal($"Due: {day}", trail.Split('\n')[1]);
        Assert.Contains($"(due {day})", FollowUpMessages.Ask(request, schedule), StringComparison.Ordinal);
        Assert.Equal("Due: Fri 9 Jan", ChatText.WithoutDates(trail.Split('\n')[1]));
    }

    [Fact]
    public void Format_RequestWithoutADueDate_HasNoDueLine()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Asked, schedule, _team.Bob);

        var trail = PaperTrail.Format(request, People(), _team.Alice, schedule);

        Assert.DoesNotContain("Due:", trail, StringComparison.Ordinal);
        Assert.StartsWith("Stakeholders: ", trail.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void WaitingOn_TwoSilentStakeholders_NamesBothWithAttemptsAndNextFollowUpInOneLine()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Asked, schedule, _team.Bob, _team.Carol);

        var line = ChatText.WithoutDates(PaperTrail.WaitingOn(request, _team.Alice, schedule));

        Assert.Equal(
            "CR-1 waits on @Bob (1 attempt, next follow-up Sat 10 Jan 15:00 UTC) and @Carol (1 attempt, next follow-up Sat 10 Jan 15:00 UTC).", line);
    }

    [Fact]
    public void WaitingOn_OneAnswered_NamesOnlyTheOtherOne()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Asked, schedule, _team.Bob, _team.Carol);
        request.Respond(_team.Bob, AttemptKind.Done, Asked.AddHours(1));

        var line = ChatText.WithoutDates(PaperTrail.WaitingOn(request, _team.Alice, schedule));

        Assert.Equal("CR-1 waits on @Carol (1 attempt, next follow-up Sat 10 Jan 15:00 UTC).", line);
    }

    [Fact]
    public void WaitingOn_EveryoneDone_SaysNobodyAndWhy()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Asked, schedule, _team.Bob);
        request.Respond(_team.Bob, AttemptKind.Done, Asked.AddHours(1));

        var line = PaperTrail.WaitingOn(request, _team.Alice, schedule);

        Assert.Equal("CR-1 waits on nobody: it is resolved.", line);
    }

    private Dictionary<Guid, Person> People() =>
        new[] { _team.Alice, _team.Bob, _team.Carol }.ToDictionary(p => p.Id);
}
