using Coordination.Bot.Digests;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Digests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>The stall patterns on a known history: what they say, to whom, and what they leave unsaid.</summary>
public abstract class PatternScenarios(ITestDatabases databases) : HostScenarios(databases)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task Patterns_NoHistory_SayNothingAndNameWhatLacksData()
    {
        var app = await StartAsync(PlainTimeline);

        var reply = await app.SendAsync(new PatternsCommand(As(Alice)));

        Assert.True(reply.Succeeded, reply.Text);
        Assert.Contains("Nothing stands out yet", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Not enough history yet to say anything about due dates", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patterns_DueDatesAnsweredAndSilentTeam_StatedWithNumbersAndExamples()
    {
        var app = await StartAsync(PlainTimeline);
        await BuildHistoryAsync(app);

        var analysis = await FindAsync(app, app.Clock.GetUtcNow(), lead: null);

        var due = Assert.Single(analysis.Findings, f => f.Kind == PatternKind.DueDate);
        Assert.Equal("Requests with a due date resolve within 7 days far more often than those without: 100% of 10 against 0% of 10.", due.Sentence);
        Assert.Equal(["CR-20", "CR-19", "CR-18"], due.Examples);
        var team = Assert.Single(analysis.Findings, f => f.Kind == PatternKind.SlowTeam);
        Assert.Equal("backend answers slowest: median first response over 7d over 10 asks, against within 1h across the workspace.", team.Sentence);
        Assert.Equal(["CR-10", "CR-9", "CR-8"], team.Examples);
        Assert.DoesNotContain(analysis.Findings, f => f.Kind == PatternKind.SlowReport);
    }

    [Fact]
    public async Task Patterns_AskedByTheLead_AddHowTheirReportsCompareButTheDigestDoesNot()
    {
        var app = await StartAsync(new Dictionary<string, string?>(PlainTimeline) { ["Digest:Channel"] = "#leads" });
        await app.SendAsync(new SetLeadCommand(As(Bob), Alice));
        await BuildHistoryAsync(app);

        var reply = await app.SendAsync(new PatternsCommand(As(Alice)));
        var other = await app.SendAsync(new PatternsCommand(As(Carol)));
        await app.SendAsync(new DigestNowCommand(As(Alice)));
        await app.DeliverAsync();

        Assert.Contains("Of your reports, Bob answers slowest", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Of your reports", other.Text, StringComparison.Ordinal);
        var digest = Assert.Single(Sent(app), m => m.Destination.Address == "#leads");
        Assert.Contains("*Patterns*", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Requests with a due date resolve within 7 days far more often", digest.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Of your reports", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patterns_AnotherWorkspacesHistory_NeverCounted()
    {
        var app = await StartAsync(PlainTimeline);
        await BuildHistoryAsync(app);

        var elsewhere = await app.SendAsync(new PatternsCommand(new CommandContext(ChatPlatform.Local, "T-OTHER", Alice, Channel)));

        Assert.Contains("Nothing stands out yet", elsewhere.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Ten asks to Bob (of the backend team) with no due date, never answered; ten to Carol with a due date, done
    /// within the hour. Then eight days pass, so all of them are in the patterns' window.
    /// </summary>
    private static async Task BuildHistoryAsync(BotApp app)
    {
        await app.SendAsync(new DefineTeamCommand(AsAdmin(Alice), "backend", [Bob]));
        for (var i = 1; i <= 10; i++)
        {
            await app.SendAsync(new AskCommand(As(Alice), $"Question {i} for backend", [Bob]));
        }

        for (var i = 11; i <= 20; i++)
        {
            await app.SendAsync(new AskCommand(As(Alice), $"Question {i} with a date", [Carol], new DueDate(InDays: 3)));
        }

        await app.AdvanceAsync(TimeSpan.FromMinutes(30));
        for (var i = 11; i <= 20; i++)
        {
            await app.SendAsync(new DoneCommand(As(Carol), i));
        }

        await app.AdvanceAsync(8 * Day);
    }

    private static Task<PatternAnalysis> FindAsync(BotApp app, DateTimeOffset end, Core.Requests.Person? lead) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<Data.CoordinationDbContext>();
        var workspace = await db.Workspaces.SingleAsync(w => w.ExternalId == People.Workspace);
        return await sp.GetRequiredService<PatternFinder>().FindAsync(workspace, end, lead, channel => channel, CancellationToken.None);
    });
}

public sealed class SqlitePatternScenarios() : PatternScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresPatternScenarios(PostgresFixture server) : PatternScenarios(new PostgresDatabases(server));
