using Coordination.Core.Digests;

namespace Coordination.Core.Tests.Digests;

public sealed class PersonStatsTextTests
{
    private static readonly DateTimeOffset Thursday = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);
    private static readonly PersonPeriod Quiet = new(0, Rate.None, null, 0, 0, 0, Rate.None, 0);
    private static readonly PersonFigures Nothing = new(Thursday, Quiet, Quiet, new PersonOpen(0, 0, 0), new PersonTotals(0, Rate.None, 0, 0, 0));

    [Fact]
    public void Compose_ZeroData_DashesAndZerosWithTheDefinitions()
    {
        var text = PersonStatsText.Compose(null, Nothing, TimeZoneInfo.Utc);

        Assert.StartsWith("*Your coordination figures* · the 7 days to Thu 3 Dec (the 7 before in brackets)", text, StringComparison.Ordinal);
        Assert.Contains("*Asked of you:* Asked 0 (0) · First response – (–) · Time to first response – (–) · Escalated 0 (0) · Still waiting on you: 0", text, StringComparison.Ordinal);
        Assert.Contains("*Asked by you:* Asked 0 (0) · Driven to completion 0 (0) · Success rate – (–) · Open now: 0", text, StringComparison.Ordinal);
        Assert.Contains("*Decisions:* Recorded 0 (0) · Open next steps you own: 0", text, StringComparison.Ordinal);
        Assert.Contains("*All time:* asked of you 0 · asked by you 0, 0 resolved · 0 decisions recorded", text, StringComparison.Ordinal);
        Assert.All(PersonStatsText.Definitions, d => Assert.Contains(d, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_AReportsWeek_NamesThemAndShowsWhichWayEachFigureWent()
    {
        var now = new PersonPeriod(5, new Rate(4, 5), TimeSpan.FromHours(3), 0, 4, 3, new Rate(3, 4), 1);
        var before = new PersonPeriod(3, new Rate(2, 3), TimeSpan.FromHours(5), 1, 4, 1, Rate.None, 0);
        var figures = new PersonFigures(Thursday, now, before, new PersonOpen(2, 2, 1), new PersonTotals(42, new Rate(32, 40), 17, 12, 3));

        var text = PersonStatsText.Compose("Dana", figures, TimeZoneInfo.Utc);

        Assert.StartsWith("*Dana's coordination figures*", text, StringComparison.Ordinal);
        Assert.Contains("*Asked of Dana:* Asked 5 ▲ (3) · First response 80% ▲ (67%) · Time to first response 3h ▼ (5h) · Escalated 0 ▼ (1) · Still waiting on Dana: 2", text, StringComparison.Ordinal);
        Assert.Contains("*Asked by Dana:* Asked 4 (4) · Driven to completion 3 ▲ (1) · Success rate 75% (–) · Open now: 2", text, StringComparison.Ordinal);
        Assert.Contains("*Decisions:* Recorded 1 ▲ (0) · Open next steps Dana owns: 1", text, StringComparison.Ordinal);
        Assert.Contains("*All time:* asked of Dana 42 (first response 80%) · asked by Dana 17, 12 resolved · 3 decisions recorded", text, StringComparison.Ordinal);
    }
}
