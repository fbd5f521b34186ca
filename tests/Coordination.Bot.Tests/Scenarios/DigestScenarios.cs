using Coordination.Bot.Digests;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Digests;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>The weekly digest: its figures on known histories, once a week whatever happens, its commands and votes.</summary>
public abstract class DigestScenarios(ITestDatabases databases) : HostScenarios(databases)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>Monday 30 November 2026, 09:05 UTC: just after the default schedule's Monday 09:00.</summary>
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 30, 9, 5, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string?> WithDigestChannel = new(PlainTimeline) { ["Digest:Channel"] = "#leads" };

    [Fact]
    public async Task Metrics_NoHistory_NoRatesAndNothingCounted()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new DigestChannelCommand(As(Alice), "#leads"));

        var report = await ComputeAsync(app, app.Clock.GetUtcNow());

        Assert.Null(report.Current.Success.Value);
        Assert.Null(report.Current.FirstResponse.Value);
        Assert.Null(report.Current.MeetingFree.Value);
        Assert.Null(report.Current.DecisionSpeed);
        Assert.Equal((0, 0, 0), (report.Open.Open, report.Open.Stalled, report.Open.Escalated));
        Assert.Empty(report.Open.StalledExamples);
        Assert.Equal(DigestMetrics.ChartWeeks, report.Weeks.Count);
        Assert.All(report.Weeks, w => Assert.Equal(0, w.OpenRequests));
    }

    [Fact]
    public async Task Metrics_KnownTwoWeekHistory_EachFigureIsItsDefinition()
    {
        var app = await StartAsync(PlainTimeline);
        var start = app.Clock.GetUtcNow();
        await app.SendAsync(new DefineTeamCommand(AsAdmin(Alice), "backend", [Bob]));

        // Week one: the success cohort. CR-1 and CR-4 resolve within a week, CR-2 after eight days, CR-3 is cancelled.
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));
        await app.SendAsync(new AskCommand(As(Alice), "Pick a date", [Carol]));
        await app.SendAsync(new AskCommand(As(Alice), "Order pizza", [Dan]));
        await app.SendAsync(new AskCommand(As(Alice), "Agree the API", [Bob]) { NeedsMeeting = true });
        await app.AdvanceAsync(Day);
        await app.SendAsync(new DoneCommand(As(Bob), 1));
        await app.SendAsync(new CancelCommand(As(Alice), 3));
        await app.AdvanceAsync(Day);
        await app.SendAsync(new DoneCommand(As(Bob), 4));
        await app.AdvanceAsync(5 * Day);

        // Week two: CR-5 answered by Bob at once, Carol silent; a decision settles it two days after the ask.
        await app.SendAsync(new AskCommand(As(Alice), "Which region?", [Bob, Carol]));
        await app.AdvanceAsync(TimeSpan.FromHours(1));
        await app.SendAsync(new AcknowledgeCommand(As(Bob), 5));
        await app.AdvanceAsync(Day - TimeSpan.FromHours(1));
        await app.SendAsync(new ResolveCommand(As(Alice), 2));
        await app.AdvanceAsync(Day);
        await app.SendAsync(new DecideCommand(As(Alice), "Go with eu-west", [], RequestNumber: 5, LongTerm: true));
        await app.AdvanceAsync(Day);

        // CR-6 goes unanswered past its window: stalled at the digest, and a miss for first response (so 1 of 3 there).
        await app.SendAsync(new AskCommand(As(Alice), "Sign the contract", [Dan]));
        await app.AdvanceAsync(4 * Day);

        var report = await ComputeAsync(app, start + (14 * Day));

        var (now, before) = (report.Current, report.Previous);
        Assert.Equal(new Rate(2, 3), now.Success);
        Assert.Equal(new Rate(1, 3), now.FirstResponse);
        Assert.Equal(new Rate(2, 2), now.MeetingFree);
        Assert.Equal(new Rate(1, 2), before.MeetingFree);
        Assert.Equal(2 * Day, now.DecisionSpeed);
        Assert.Equal((2, 1), (now.DrivenToCompletion, now.Drivers));
        Assert.Equal((2, 1), (before.DrivenToCompletion, before.Drivers));
        Assert.Equal(1, now.TeamsTouched);
        Assert.Equal(1, before.TeamsTouched);
        Assert.Equal(1, now.LongTermDecisions);
        Assert.Equal(1, now.DecisionsWithoutNextSteps);
        Assert.Equal((1, 1, 0), (report.Open.Open, report.Open.Stalled, report.Open.Escalated));
        Assert.Equal(["CR-6"], report.Open.StalledExamples);
        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 1], report.Weeks.Select(w => w.OpenRequests));
        Assert.Equal(2.0 / 3, report.Weeks[^1].SuccessRate);
    }

    [Fact]
    public async Task Metrics_OneRequestWeek_RatesOfOne()
    {
        var app = await StartAsync(PlainTimeline);
        var start = app.Clock.GetUtcNow();
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));
        await app.AdvanceAsync(TimeSpan.FromHours(2));
        await app.SendAsync(new DoneCommand(As(Bob), 1));

        var report = await ComputeAsync(app, start + (7 * Day));

        Assert.Equal(new Rate(1, 1), report.Current.FirstResponse);
        Assert.Equal(new Rate(1, 1), report.Current.MeetingFree);
        Assert.Equal(Rate.None, report.Current.Success);
        Assert.Equal(new Rate(1, 1), (await ComputeAsync(app, start + (14 * Day))).Current.Success);
    }

    [Fact]
    public async Task Schedule_MondayNine_PostedOnceThatWeekWithItsButtons()
    {
        var app = await StartAsync(WithDigestChannel);
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));
        app.Clock.SetUtcNow(MondayMorning);

        var posted = new[] { await PostDueAsync(app), await PostDueAsync(app) };
        app.Clock.Advance(Day);
        var nextDay = await PostDueAsync(app);
        await app.DeliverAsync();

        Assert.Equal([1, 0], posted);
        Assert.Equal(0, nextDay);
        var digest = Assert.Single(Sent(app), m => m.Destination.Address == "#leads");
        Assert.StartsWith("*Coordination digest*", digest.Text, StringComparison.Ordinal);
        Assert.Equal([MessageButton.DigestUseful, MessageButton.DigestNotUseful], digest.Buttons.Select(b => b.Action));
        Assert.Equal(MessageFile.Png, digest.File?.ContentType);
        Assert.Equal("coordination-digest-2026-W49.png", digest.File?.Name);
        Assert.Equal("2026-W49", await app.QueryAsync(db => db.DigestRuns.Select(d => d.Week).SingleAsync()));
    }

    [Fact]
    public async Task Schedule_BotDownAtNine_PostsWhenItIsBackOnceThenNextWeekAgainButNothingFromBeforeTheFirstAsk()
    {
        var app = await StartAsync(WithDigestChannel);
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));
        app.Clock.SetUtcNow(MondayMorning - TimeSpan.FromHours(2));
        var early = await PostDueAsync(app);

        app.Clock.SetUtcNow(MondayMorning + TimeSpan.FromHours(30));
        var back = await PostDueAsync(app);
        var again = await PostDueAsync(app);
        app.Clock.SetUtcNow(MondayMorning + (7 * Day));
        var nextWeek = await PostDueAsync(app);

        Assert.Equal([0, 1, 0, 1], new[] { early, back, again, nextWeek });
        var runs = await app.QueryAsync(db => db.DigestRuns.OrderBy(d => d.PostedAt).ToListAsync());
        Assert.Equal(["2026-W49", "2026-W50"], runs.Select(r => r.Week));
        Assert.Equal(MondayMorning - TimeSpan.FromMinutes(5), runs[0].PeriodEnd);
    }

    [Fact]
    public async Task Schedule_NoChannelChosenOrConfigured_NothingPosted()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));
        app.Clock.SetUtcNow(MondayMorning);

        Assert.Equal(0, await PostDueAsync(app));
    }

    [Fact]
    public async Task DigestNow_InTheChosenChannel_PostsAndVotesCountOncePerPerson()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));
        var chosen = await app.SendAsync(new DigestChannelCommand(As(Alice), "#leads"));

        var now = await app.SendAsync(new DigestNowCommand(As(Alice)));
        await app.DeliverAsync();
        var digest = await app.QueryAsync(db => db.DigestRuns.SingleAsync());
        await app.SendAsync(new RateDigestCommand(As(Bob), digest.Id, Useful: false));
        await app.SendAsync(new RateDigestCommand(As(Bob), digest.Id, Useful: true));
        await app.SendAsync(new RateDigestCommand(As(Carol), digest.Id, Useful: true));
        var later = await ComputeAsync(app, app.Clock.GetUtcNow());

        Assert.True(chosen.Succeeded, chosen.Text);
        Assert.True(now.Succeeded, now.Text);
        Assert.Null(digest.Week);
        Assert.Single(Sent(app), m => m.Destination.Address == "#leads" && m.Text.StartsWith("*Coordination digest*", StringComparison.Ordinal));
        Assert.Equal(new Rate(2, 2), later.Satisfaction);
    }

    [Fact]
    public async Task RateDigest_OfAnotherWorkspace_RefusedAndNothingRecorded()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));
        await app.SendAsync(new DigestNowCommand(As(Alice)));
        var digest = await app.QueryAsync(db => db.DigestRuns.Select(d => d.Id).SingleAsync());
        var stranger = As(Bob) with { WorkspaceId = "T-OTHER" };

        var reply = await app.SendAsync(new RateDigestCommand(stranger, digest, Useful: true));

        Assert.False(reply.Succeeded);
        Assert.Equal(0, await app.QueryAsync(db => db.DigestVotes.CountAsync()));
    }

    [Fact]
    public async Task Meeting_MarkedByTheRequester_CountsAgainstMeetingAvoidance()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));

        var stranger = await app.SendAsync(new MeetingCommand(As(Dan), 1));
        var marked = await app.SendAsync(new MeetingCommand(As(Alice), 1));
        await app.SendAsync(new DoneCommand(As(Bob), 1));

        Assert.False(stranger.Succeeded);
        Assert.True(marked.Succeeded, marked.Text);
        Assert.Equal(new Rate(0, 1), (await ComputeAsync(app, app.Clock.GetUtcNow() + Day)).Current.MeetingFree);
    }

    private static Task<DigestReport> ComputeAsync(BotApp app, DateTimeOffset end) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<Data.CoordinationDbContext>();
        var workspace = await db.Workspaces.SingleAsync(w => w.ExternalId == People.Workspace);
        return await sp.GetRequiredService<DigestMetrics>().ComputeAsync(workspace.Id, end, CancellationToken.None);
    });

    private static Task<int> PostDueAsync(BotApp app) => app.InScopeAsync(sp => sp.GetRequiredService<DigestPublisher>().PostDueAsync(CancellationToken.None));
}

public sealed class SqliteDigestScenarios() : DigestScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresDigestScenarios(PostgresFixture server) : DigestScenarios(new PostgresDatabases(server));

/// <summary>Two instances at Monday 09:00 on one database: one digest.</summary>
[Collection(PostgresTests.Engine)]
public sealed class DigestTwoInstanceScenarios(PostgresFixture server)
{
    [Fact]
    public async Task TwoHosts_CheckAtOnceWhenDue_OneDigestPosted()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var clock = new FakeTimeProvider(BotApp.Thursday);
        var settings = new Dictionary<string, string?> { ["Digest:Channel"] = "#leads" };
        await using var first = new BotApp("Postgres", connectionString, clock, settings);
        await using var second = new BotApp("Postgres", connectionString, clock, settings);
        await first.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 9, 1, 0, TimeSpan.Zero));

        var posted = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? first : second)
            .InScopeAsync(sp => sp.GetRequiredService<DigestPublisher>().PostDueAsync(CancellationToken.None))));

        Assert.Equal(1, posted.Sum());
        Assert.Equal(1, await first.QueryAsync(db => db.DigestRuns.CountAsync()));
        Assert.Equal(1, await first.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey.StartsWith("digest:"))));
    }
}
