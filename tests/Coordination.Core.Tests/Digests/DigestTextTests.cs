using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Digests;

namespace Coordination.Core.Tests.Digests;

public sealed class DigestTextTests
{
    private static readonly PeriodFigures Empty = new(Rate.None, Rate.None, Rate.None, null, 0, 0, 0, 0, 0);
    private static readonly DateTimeOffset MondayNine = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(3, 4, 1, 2, "Success rate 75% ▲ (50%)")]
    [InlineData(1, 2, 3, 4, "Success rate 50% ▼ (75%)")]
    [InlineData(1, 2, 2, 4, "Success rate 50% (50%)")]
    [InlineData(0, 0, 1, 2, "Success rate – (50%)")]
    [InlineData(0, 0, 0, 0, "Success rate – (–)")]
    [InlineData(0, 3, 0, 0, "Success rate 0% (–)")]
    public void Figure_Rates_ShowTheWeekBeforeAndWhichWayItWent(int hits, int total, int beforeHits, int beforeTotal, string expected) =>
        Assert.Equal(expected, DigestText.Figure("Success rate", new Rate(hits, total), new Rate(beforeHits, beforeTotal)));

    [Theory]
    [InlineData(30, "30m")]
    [InlineData(0.2, "1m")]
    [InlineData(60 * 5, "5h")]
    [InlineData(60 * 24 * 2, "2d")]
    [InlineData((60 * 24 * 3) + (60 * 4), "3d 4h")]
    public void Duration_ShownInItsLargestUnits(double minutes, string expected) => Assert.Equal(expected, DigestText.Duration(TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void Compose_ZeroData_SaysSoWithoutFailing()
    {
        var text = DigestText.Compose(new DigestReport(MondayNine, Empty, Empty, new OpenFigures(0, 0, 0, []), []), TimeZoneInfo.Utc);

        Assert.StartsWith("*Coordination digest* · the 7 days to Mon 30 Nov", text, StringComparison.Ordinal);
        Assert.Contains("Success rate – (–)", text, StringComparison.Ordinal);
        Assert.Contains("Decision speed – (–)", text, StringComparison.Ordinal);
        Assert.Contains("Open: 0 · stalled 0 · escalated 0", text, StringComparison.Ordinal);
        Assert.DoesNotContain("*Patterns*", text, StringComparison.Ordinal);
        Assert.Contains(DigestDefinitions.Success, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_AWeekWithEverything_NamesRequestsAndTeamsAndAtMostThreePatterns()
    {
        var now = new PeriodFigures(new Rate(3, 4), new Rate(4, 5), new Rate(9, 10), TimeSpan.FromHours(30), 12, 5, 3, 2, 1);
        var report = new DigestReport(MondayNine, now, Empty, new OpenFigures(14, 3, 1, ["CR-4", "CR-9"]), [])
        {
            Patterns = ["one", "two", "three", "four"],
            Satisfaction = new Rate(4, 5),
        };

        var text = DigestText.Compose(report, TimeZoneInfo.Utc);

        Assert.Contains("Decision speed 1d 6h (–)", text, StringComparison.Ordinal);
        Assert.Contains("stalled 3 (CR-4, CR-9) · escalated 1 · decisions without next steps 1 ▲ (0)", text, StringComparison.Ordinal);
        Assert.Contains("12 requests driven to completion by 5 people ▲ (0)", text, StringComparison.Ordinal);
        Assert.Contains("Cross-team impact: 3 teams", text, StringComparison.Ordinal);
        Assert.Contains("Strategic influence: 2 long-term decisions", text, StringComparison.Ordinal);
        Assert.Contains("• three", text, StringComparison.Ordinal);
        Assert.DoesNotContain("• four", text, StringComparison.Ordinal);
        Assert.Contains("Found useful by 80% of 5 votes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_InTheWorkspacesZone_EndsOnItsLocalDay()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

        var text = DigestText.Compose(new DigestReport(new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.Zero), Empty, Empty, new OpenFigures(0, 0, 0, []), []), zone);

        Assert.Contains("the 7 days to Mon 30 Nov", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_WithNothingToCount_HasNoValue()
    {
        Assert.Null(Rate.None.Value);
        Assert.Equal(0.25, new Rate(1, 4).Value);
    }

    [Fact]
    public void ButtonPress_DigestVotes_AreVotesOnThatDigest()
    {
        var digest = Guid.CreateVersion7();
        var presser = new CommandContext(ChatPlatform.Slack, "T1", new PersonRef("U1"), new ThreadRef("C1", "1.2"));
        var buttons = MessageButton.ForDigest(digest);

        var votes = buttons.Select(b => Assert.IsType<RateDigestCommand>(ButtonPress.ToCommand(b.Action, b.Value, presser))).ToList();

        Assert.Equal([true, false], votes.Select(v => v.Useful));
        Assert.All(votes, v => Assert.Equal(digest, v.DigestId));
        Assert.Null(ButtonPress.ToCommand(MessageButton.DigestUseful, "not-a-digest", presser));
    }
}
