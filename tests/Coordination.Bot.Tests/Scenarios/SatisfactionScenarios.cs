using Coordination.Bot.Digests;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Digests;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>"How did it go?" after a request resolves: once, privately, at most once a day, one answer; the digest's team shares.</summary>
public abstract class SatisfactionScenarios(ITestDatabases databases) : HostScenarios(databases)
{
    [Fact]
    public async Task Resolved_TheRequester_IsAskedOnceByDirectMessageWithThumbs()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));

        await app.SendAsync(new DoneCommand(As(Bob), 1));
        await app.DeliverAsync();

        var question = Assert.Single(Sent(app), IsQuestion);
        Assert.Equal(MessageDestination.DirectTo(Alice.PlatformUserId), question.Destination);
        Assert.StartsWith("CR-1 (*Review the plan*) is resolved. How did it go?", question.Text, StringComparison.Ordinal);
        Assert.Equal([MessageButton.WentWell, MessageButton.WentBadly], question.Buttons.Select(b => b.Action));
        Assert.Equal(1, await app.QueryAsync(db => db.SatisfactionQuestions.CountAsync()));
    }

    [Fact]
    public async Task SecondRequestResolvedTheSameDay_AsksNothingMore_NextDayAsksAgain()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));
        await app.SendAsync(new AskCommand(As(Alice), "Pick the font", [Carol]));
        await app.SendAsync(new AskCommand(As(Alice), "Name the service", [Dan]));

        await app.SendAsync(new ResolveCommand(As(Alice), 1));
        await app.SendAsync(new DoneCommand(As(Carol), 2));
        await app.DeliverAsync();
        var sameDay = Sent(app).Count(IsQuestion);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.SendAsync(new ResolveCommand(As(Alice), 3));
        await app.DeliverAsync();

        Assert.Equal(1, sameDay);
        Assert.Equal(2, Sent(app).Count(IsQuestion));
        Assert.Equal([1, 3], await app.QueryAsync(db => db.SatisfactionQuestions
            .Join(db.Requests, q => q.RequestId, r => r.Id, (q, r) => r.Number).OrderBy(n => n).ToListAsync()));
    }

    [Fact]
    public async Task Answer_PressedTwiceAndByAnotherPerson_OneAnswerTheRequestersLatest()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));
        await app.SendAsync(new DoneCommand(As(Bob), 1));
        var id = await app.QueryAsync(db => db.SatisfactionQuestions.Select(q => q.Id).SingleAsync());

        var up = await app.SendAsync(new AnswerSatisfactionCommand(As(Alice), id, Happy: true));
        var again = await app.SendAsync(new AnswerSatisfactionCommand(As(Alice), id, Happy: true));
        var down = await app.SendAsync(new AnswerSatisfactionCommand(As(Alice), id, Happy: false));
        var bob = await app.SendAsync(new AnswerSatisfactionCommand(As(Bob), id, Happy: true));
        var note = await app.SendAsync(new SatisfactionNoteCommand(As(Alice), 1, "slow until Bob saw it"));
        var bobNote = await app.SendAsync(new SatisfactionNoteCommand(As(Bob), 1, "fine by me"));

        Assert.Equal([true, true, true, false, true, false], new[] { up, again, down, bob, note, bobNote }.Select(r => r.Succeeded));
        Assert.Equal("Changed to 👎. Thanks.", down.Text);
        var answer = await app.QueryAsync(db => db.SatisfactionQuestions.SingleAsync());
        Assert.Equal((false, "slow until Bob saw it"), (answer.Happy, answer.Note));
    }

    [Fact]
    public async Task Digest_TeamsWithAnswers_ShowTheirThumbsUpShareAndNoNames()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new DefineTeamCommand(AsAdmin(Alice), "Backend", [Alice, Bob]));
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Carol]));
        await app.SendAsync(new AskCommand(As(Bob), "Pick the font", [Carol]));
        await app.SendAsync(new DoneCommand(As(Carol), 1));
        await app.SendAsync(new DoneCommand(As(Carol), 2));
        var ids = await app.QueryAsync(db => db.SatisfactionQuestions.OrderBy(q => q.AskedAt).Select(q => q.Id).ToListAsync());
        await app.SendAsync(new AnswerSatisfactionCommand(As(Alice), ids[0], Happy: true));
        await app.SendAsync(new AnswerSatisfactionCommand(As(Bob), ids[1], Happy: false));

        var report = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Data.CoordinationDbContext>();
            var workspace = await db.Workspaces.SingleAsync(w => w.ExternalId == People.Workspace);
            return await sp.GetRequiredService<DigestMetrics>().ComputeAsync(workspace.Id, app.Clock.GetUtcNow().AddHours(1), CancellationToken.None);
        });
        var text = DigestText.Compose(report, TimeZoneInfo.Utc);

        Assert.Equal(new Rate(1, 2), Assert.Single(report.TeamSatisfaction).Share);
        Assert.Contains("Requesters' 👍 after resolving: backend 50% of 2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alice", text, StringComparison.Ordinal);
    }

    private static bool IsQuestion(OutgoingMessage message) => message.Text.Contains("is resolved. How did it go?", StringComparison.Ordinal);
}

public sealed class SqliteSatisfactionScenarios() : SatisfactionScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresSatisfactionScenarios(PostgresFixture server) : SatisfactionScenarios(new PostgresDatabases(server));
