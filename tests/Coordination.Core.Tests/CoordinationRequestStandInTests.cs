using Coordination.Core.Requests;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests;

public class CoordinationRequestStandInTests
{
    private static readonly DateTimeOffset Asked = Utc(2026, 12, 7, 10);
    private static readonly DateTimeOffset Until = Utc(2026, 12, 14, 0);

    private readonly Team _team = new();

    [Fact]
    public void HoldWhileAway_WithADelegate_TrailSaysAwayUntilTheDayAndWhoStandsIn()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Asked, schedule, _team.Bob);

        var result = request.HoldWhileAway(_team.Bob, Until, _team.Carol, Asked.AddHours(1), schedule);

        Assert.Equal(ChangeResult.Applied, result);
        var handOver = Assert.Single(request.Attempts, a => a.Kind == AttemptKind.StandIn);
        Assert.Equal("Bob is away until Mon 14 Dec; Carol stands in", handOver.Note);
        Assert.DoesNotContain(request.Attempts, a => a.Kind == AttemptKind.Redirect);
        Assert.Equal(StakeholderState.Waiting, request.StakeholderFor(_team.Carol)!.State);
    }

    [Fact]
    public void HoldWhileAway_WithADelegate_ThreadSaysWhoIsAwayAndWhoStandsInForTheRequest()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Asked, schedule, _team.Bob);

        request.HoldWhileAway(_team.Bob, Until, _team.Carol, Asked.AddHours(1), schedule);

        var note = Assert.Single(request.PendingMessages, m => m.DeduplicationKey.StartsWith("stand-in:", StringComparison.Ordinal));
        Assert.Contains("is away until", note.Message.Text, StringComparison.Ordinal);
        Assert.Contains("Mon 14 Dec", note.Message.Text, StringComparison.Ordinal);
        Assert.Contains($"{_team.Carol.Mention.Token} stands in for {request.Key}", note.Message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("not theirs", note.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PaperTrail_StandIn_ReadsAsAwayNotAsARedirect()
    {
        var schedule = Team.Plain();
        var request = _team.Ask(Asked, schedule, _team.Bob);
        request.HoldWhileAway(_team.Bob, Until, _team.Carol, Asked.AddHours(1), schedule);
        var people = new[] { _team.Alice, _team.Bob, _team.Carol }.ToDictionary(p => p.Id);

        var trail = PaperTrail.Format(request, people, _team.Alice, schedule);

        Assert.Contains("stand-in @Bob (Bob is away until Mon 14 Dec; Carol stands in)", trail, StringComparison.Ordinal);
        Assert.DoesNotContain("redirect", trail, StringComparison.Ordinal);
    }
}
