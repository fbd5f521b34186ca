using Coordination.Core.Requests;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class CoordinationRequestRedirectTests
{
    private static readonly DateTimeOffset Asked = Utc(2026, 1, 5, 10);

    private readonly Team _team = new();

    [Fact]
    public void Redirect_AfterFirstNudge_NewStakeholderGetsAFreshClock()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Asked, schedule, _team.Bob);
        var bob = request.Stakeholders.Single();
        Sweep.Next(request, bob, schedule);
        var now = Asked.AddHours(50);

        var result = request.Redirect(_team.Bob, _team.Bob, _team.Carol, now, schedule);

        Assert.Equal(ChangeResult.Applied, result);
        Assert.Equal(StakeholderState.Redirected, bob.State);
        Assert.Null(bob.NextActionAt);
        var carol = request.StakeholderFor(_team.Carol)!;
        Assert.Equal(1, carol.AttemptCount);
        Assert.Equal(now, carol.AskedAt);
        Assert.Null(carol.NextActionAt);
        Assert.True(carol.AwaitsDelivery);
        Assert.Equal(bob.Id, carol.RedirectedFromId);
        Assert.Single(request.Attempts, a => a.Kind == AttemptKind.Redirect && a.StakeholderId == bob.Id && a.At == now);
        Assert.Single(request.Attempts, a => a.Kind == AttemptKind.Ask && a.StakeholderId == carol.Id && a.Number == 1);
        Assert.Single(request.PendingMessages, m => m.DeduplicationKey.StartsWith("redirect:", StringComparison.Ordinal) && m.StakeholderId == carol.Id);
        Assert.Null(request.StakeholderFor(_team.Bob));
    }

    [Fact]
    public void Redirect_ByRequester_IsApplied()
    {
        var request = _team.Ask(Asked, Team.Plain(), _team.Bob);

        var result = request.Redirect(_team.Alice, _team.Bob, _team.Carol, Asked.AddHours(1), Team.Plain());

        Assert.Equal(ChangeResult.Applied, result);
    }

    [Fact]
    public void Redirect_ByAThirdPersonOrToTheRequester_IsNotAllowed()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Asked, schedule, _team.Bob);

        var byDan = request.Redirect(_team.Dan, _team.Bob, _team.Carol, Asked.AddHours(1), schedule);
        var toAlice = request.Redirect(_team.Bob, _team.Bob, _team.Alice, Asked.AddHours(1), schedule);

        Assert.Equal(ChangeResult.NotAllowed, byDan);
        Assert.Equal(ChangeResult.NotAllowed, toAlice);
        Assert.Single(request.Stakeholders);
    }

    [Fact]
    public void Redirect_ToExistingStakeholder_IsUnchanged()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Asked, schedule, _team.Bob, _team.Carol);

        var result = request.Redirect(_team.Bob, _team.Bob, _team.Carol, Asked.AddHours(1), schedule);

        Assert.Equal(ChangeResult.Unchanged, result);
        Assert.Equal(StakeholderState.Waiting, request.StakeholderFor(_team.Bob)!.State);
    }
}
