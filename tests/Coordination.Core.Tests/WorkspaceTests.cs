using Coordination.Core.Chat;
using Coordination.Core.Requests;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class WorkspaceTests
{
    [Fact]
    public void Ask_ThreeRequests_NumbersThemCrOneTwoThree()
    {
        var team = new Team();
        var schedule = Team.Plain();

        var keys = Enumerable.Range(0, 3).Select(i => team.Ask(Utc(2026, 1, 5, i), schedule, team.Bob).Key).ToList();

        Assert.Equal(["CR-1", "CR-2", "CR-3"], keys);
        Assert.Equal(3, team.Workspace.LastRequestNumber);
    }

    [Fact]
    public void TakeNextRequestNumber_TwoWorkspaces_CountSeparately()
    {
        var slack = new Workspace(ChatPlatform.Slack, "T1");
        var teams = new Workspace(ChatPlatform.Teams, "tenant-1");
        slack.TakeNextRequestNumber();

        var next = teams.TakeNextRequestNumber();

        Assert.Equal(1, next);
        Assert.Equal(1, slack.LastRequestNumber);
    }
}
