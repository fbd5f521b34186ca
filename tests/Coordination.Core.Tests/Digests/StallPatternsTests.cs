using Coordination.Core.Digests;

namespace Coordination.Core.Tests.Digests;

public sealed class StallPatternsTests
{
    private static string Name(string channel) => "#" + channel;

    private static ResponseSpread Spread(int asked, params int[] within) => new(asked, [.. within, .. Enumerable.Repeat(within.Length == 0 ? 0 : within[^1], 8 - within.Length)]);

    private static RequestGroup Requests(int hits, int total, bool due = false, bool many = false, bool friday = false, string channel = "eng") =>
        new(due, many, friday, channel, new Rate(hits, total));

    private static AskGroup Asks(int? block, bool? offHours, int beforeNudge, ResponseSpread spread) => new(block, offHours, new Rate(beforeNudge, spread.Asked), spread);

    [Fact]
    public void Analyze_EmptyHistory_FindsNothingAndListsEveryQuestion()
    {
        var analysis = StallPatterns.Analyze(PatternHistory.Empty, Name);

        Assert.Empty(analysis.Findings);
        Assert.Equal(
            ["due dates", "requests with many stakeholders", "Friday-afternoon asks", "channels", "asks outside working hours", "the hours that get the fastest answers", "team response times (name teams with `/coord team`)"],
            analysis.NotEnoughData);
    }

    [Fact]
    public void Analyze_DueDatesResolveTwiceAsOften_SaysSoWithTheNumbers()
    {
        var history = PatternHistory.Empty with { Requests = [Requests(16, 20, due: true), Requests(8, 20)] };

        var finding = Assert.Single(StallPatterns.Analyze(history, Name).Findings);

        Assert.Equal(PatternKind.DueDate, finding.Kind);
        Assert.Equal("Requests with a due date resolve within 7 days 2.0× as often as those without: 80% of 20 against 40% of 20.", finding.Sentence);
        Assert.True(finding.ExamplesSucceeded);
        Assert.Equal(2.0, finding.Strength, 3);
    }

    [Fact]
    public void Analyze_DifferenceUnderTheRatio_StaysSilent()
    {
        var history = PatternHistory.Empty with { Requests = [Requests(14, 20, due: true), Requests(10, 20)] };

        var analysis = StallPatterns.Analyze(history, Name);

        Assert.Empty(analysis.Findings);
        Assert.DoesNotContain("due dates", analysis.NotEnoughData);
    }

    [Fact]
    public void Analyze_GroupUnderTheMinimumSample_NotEnoughDataInsteadOfAFinding()
    {
        var history = PatternHistory.Empty with { Requests = [Requests(9, 9, due: true), Requests(0, 40)] };

        var analysis = StallPatterns.Analyze(history, Name);

        Assert.DoesNotContain(analysis.Findings, f => f.Kind == PatternKind.DueDate);
        Assert.Contains("due dates", analysis.NotEnoughData);
    }

    [Fact]
    public void Analyze_FridayAfternoonAndManyStakeholders_StallStatedAsLessOften()
    {
        var history = PatternHistory.Empty with
        {
            Requests = [Requests(2, 10, friday: true), Requests(2, 10, many: true), Requests(30, 50)],
        };

        var findings = StallPatterns.Analyze(history, Name).Findings;

        var friday = Assert.Single(findings, f => f.Kind == PatternKind.FridayAfternoon);
        Assert.Equal("Requests asked on a Friday afternoon resolve within 7 days 2.7× less often than those asked at other times: 20% of 10 against 53% of 60.", friday.Sentence);
        Assert.False(friday.ExamplesSucceeded);
        Assert.Contains(findings, f => f.Kind == PatternKind.ManyStakeholders);
    }

    [Fact]
    public void Analyze_OneChannelStalls_NamesThatChannelOnly()
    {
        var history = PatternHistory.Empty with { Requests = [Requests(1, 12, channel: "ops"), Requests(20, 30, channel: "eng"), Requests(8, 12, channel: "web")] };

        var channel = Assert.Single(StallPatterns.Analyze(history, Name).Findings);

        Assert.Equal((PatternKind.Channel, "ops"), (channel.Kind, channel.Subject));
        Assert.Equal("Requests in #ops resolve within 7 days 8.0× less often than those elsewhere: 8% of 12 against 67% of 42.", channel.Sentence);
    }

    [Fact]
    public void Analyze_AsksOutsideWorkingHoursAnsweredLessOften_SaysSo()
    {
        var history = PatternHistory.Empty with { Asks = [Asks(null, true, 3, Spread(12)), Asks(null, false, 30, Spread(40))] };

        var finding = Assert.Single(StallPatterns.Analyze(history, Name).Findings);

        Assert.Equal(
            "Asks that reach people outside their working hours (09:00–18:00 on their working days) get an answer before any nudge 3.0× less often than asks within them: 25% of 12 against 75% of 40.",
            finding.Sentence);
    }

    [Fact]
    public void Analyze_MorningAsksAnsweredFastest_ComparesTheFastestAndSlowestBlocks()
    {
        var history = PatternHistory.Empty with
        {
            Asks =
            [
                Asks(3, false, 10, Spread(12, 2, 4, 7)),
                Asks(5, false, 10, Spread(10, 0, 0, 0, 2, 6)),
                Asks(7, true, 1, Spread(4, 0)),
            ],
        };

        var finding = Assert.Single(StallPatterns.Analyze(history, Name).Findings, f => f.Kind == PatternKind.FastestHours);

        Assert.Equal(
            "Asks that reach people between 09:00 and 12:00 of their day get the fastest answers: median first response within 4h (12 asks), against within 1d for asks reaching them between 15:00 and 18:00 (10).",
            finding.Sentence);
        Assert.Equal("3", finding.Subject);
        Assert.Equal(6, finding.Strength, 3);
    }

    [Fact]
    public void Analyze_TeamSlowerThanTheWorkspace_NamesTheTeamButNoPerson()
    {
        var history = new PatternHistory(
            [],
            [Asks(null, null, 20, Spread(40, 25))],
            [new NamedSpread("backend", Spread(10, 0, 0, 0, 0, 0, 6)), new NamedSpread("web", Spread(30, 25))]);

        var analysis = StallPatterns.Analyze(history, Name);

        var team = Assert.Single(analysis.Findings);
        Assert.Equal("backend answers slowest: median first response within 2d over 10 asks, against within 1h across the workspace.", team.Sentence);
        Assert.True(team.IsPublic);
    }

    [Fact]
    public void Analyze_ReportSlowerThanTheWorkspace_AFindingOnlyTheLeadSees()
    {
        var history = new PatternHistory([], [Asks(null, null, 20, Spread(40, 25))], [])
        {
            Reports = [new NamedSpread("Bob", Spread(10)), new NamedSpread("Carol", Spread(9))],
        };

        var report = Assert.Single(StallPatterns.Analyze(history, Name).Findings);

        Assert.Equal(PatternKind.SlowReport, report.Kind);
        Assert.Equal("Of your reports, Bob answers slowest: median first response over 7d over 10 asks, against within 1h across the workspace.", report.Sentence);
        Assert.False(report.IsPublic);
    }

    [Fact]
    public void Analyze_SeveralFindings_StrongestFirst()
    {
        var history = PatternHistory.Empty with { Requests = [Requests(10, 10, due: true), Requests(2, 20, friday: true), Requests(6, 20)] };

        var kinds = StallPatterns.Analyze(history, Name).Findings.Select(f => f.Kind);

        Assert.Equal([PatternKind.FridayAfternoon, PatternKind.DueDate], kinds);
    }

    [Fact]
    public void Text_WithExamples_ListsTheRequestsAfterTheSentence()
    {
        var finding = new PatternFinding(PatternKind.DueDate, 2, "Due dates help.") { Examples = ["CR-3", "CR-1"] };

        Assert.Equal("Due dates help. For example CR-3, CR-1.", finding.Text);
    }

    [Theory]
    [InlineData(0, "–")]
    [InlineData(1, "within 1h")]
    [InlineData(4, "within 8h")]
    [InlineData(9, "over 7d")]
    public void Median_SpreadOfTenAsks_TheFirstStepReachingHalf(int firstStepWithHalf, string median)
    {
        var within = Enumerable.Range(0, 8).Select(step => step + 1 >= firstStepWithHalf ? 5 : 0).ToArray();
        var spread = firstStepWithHalf == 0 ? ResponseSpread.None : new ResponseSpread(10, within);

        Assert.Equal(median, spread.Median);
    }

    [Fact]
    public void Sum_TwoSpreads_AddsStepByStep()
    {
        var sum = ResponseSpread.Sum([Spread(3, 1, 2), Spread(4, 0, 3)]);

        Assert.Equal(7, sum.Asked);
        Assert.Equal([1, 5, 5, 5, 5, 5, 5, 5], sum.AnsweredWithin);
    }
}
