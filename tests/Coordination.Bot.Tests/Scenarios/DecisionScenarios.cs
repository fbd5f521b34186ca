using Coordination.Bot.Inbox;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Decisions;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>Decisions and their next steps, the default taken on silence, named teams and time away, through the host.</summary>
public abstract class DecisionScenarios(ITestDatabases databases) : HostScenarios(databases)
{
    [Fact]
    public async Task Decide_WithTwoNextSteps_EachBecomesARequestOnItsOwnerAndIsNudgedWhenSilent()
    {
        var app = await StartAsync(PlainTimeline);

        var reply = await app.SendAsync(new DecideCommand(As(Alice), "Ship the beta on the 14th",
            [new NextStepSpec(Bob, "write the release notes"), new NextStepSpec(Carol, "book the demo room")]));
        await app.DeliverAsync();
        await app.SendAsync(new DoneCommand(As(Bob), 1));
        await app.AdvanceAsync(TimeSpan.FromHours(48));

        Assert.True(reply.Succeeded, reply.Text);
        Assert.Contains("D-1", reply.Text, StringComparison.Ordinal);
        var steps = await app.QueryAsync(db => db.Requests.Include(r => r.Stakeholders).ThenInclude(s => s.Person).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal(["write the release notes (next step of D-1)", "book the demo room (next step of D-1)"], steps.Select(s => s.Title));
        Assert.All(steps, s => Assert.NotNull(s.DecisionId));
        Assert.Equal(RequestStatus.Resolved, steps[0].Status);
        Assert.Contains(Sent(app), m => m.Text.Contains("reminder", StringComparison.Ordinal) && m.Text.Contains(Carol.PlatformUserId, StringComparison.Ordinal));
        Assert.Contains(Sent(app), m => m.Text.Contains("decided *D-1*", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Decide_WithoutNextSteps_AcceptedButFlaggedAndListedAsOpen()
    {
        var app = await StartAsync(PlainTimeline);

        var reply = await app.SendAsync(new DecideCommand(As(Alice), "Keep the old API for a quarter", []));
        var open = await app.SendAsync(new DecisionsCommand(As(Bob)));
        var added = await app.SendAsync(new AddNextStepCommand(As(Alice), 1, new NextStepSpec(Dan, "announce the deprecation date")));

        Assert.Contains("Decisions without next steps stall", reply.Text, StringComparison.Ordinal);
        Assert.Contains("D-1", open.Text, StringComparison.Ordinal);
        Assert.Contains("no next step yet", open.Text, StringComparison.Ordinal);
        Assert.Contains("CR-1", added.Text, StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.Requests.CountAsync(r => r.DecisionId != null)));
    }

    [Fact]
    public async Task Decide_InARequestsThread_SettlesThatRequest()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Which database?", [Bob]));
        await app.DeliverAsync();
        var thread = await app.QueryAsync(db => db.Requests.Select(r => new ThreadRef(r.Channel, r.ThreadId)).SingleAsync());

        var reply = await app.SendAsync(new DecideCommand(As(Bob, thread), "PostgreSQL", [new NextStepSpec(Alice, "create the cluster")]));

        Assert.Contains("It settles CR-1", reply.Text, StringComparison.Ordinal);
        var decision = await app.QueryAsync(db => db.Decisions.SingleAsync());
        var settled = await app.QueryAsync(db => db.Requests.SingleAsync(r => r.Number == 1));
        Assert.Equal(settled.Id, decision.RequestId);
        Assert.Equal(RequestStatus.Resolved, settled.Status);
    }

    [Fact]
    public async Task ProceedWithDefault_AfterTheProceedNotice_DefaultRecordedAsTheDecisionAndTheRequestResolves()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Pick the font", [Bob], Default: "use Inter"));
        await app.DeliverAsync();
        await app.AdvanceAsync(TimeSpan.FromHours(48));
        var notice = Assert.Single(Sent(app), m => m.Text.Contains("proceed with your best judgment", StringComparison.Ordinal));

        var press = ButtonPress.ToCommand(MessageButton.ProceedWithDefault, "CR-1", As(Alice))!;
        var reply = await app.SendAsync(press);
        await app.DeliverAsync();

        Assert.Contains(notice.Buttons, b => b.Action == MessageButton.ProceedWithDefault);
        Assert.True(reply.Succeeded, reply.Text);
        var decision = await app.QueryAsync(db => db.Decisions.SingleAsync());
        Assert.Equal("use Inter", decision.Text);
        Assert.Equal(DecisionSource.Default, decision.Source);
        Assert.Equal("no answer from Bob after 2 attempts", decision.Rationale);
        Assert.Equal(RequestStatus.Resolved, await app.QueryAsync(db => db.Requests.Select(r => r.Status).SingleAsync()));
        Assert.Contains(Sent(app), m => m.Text.Contains("proceeded with the default", StringComparison.Ordinal) && m.Text.Contains(Bob.PlatformUserId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProceedWithDefault_PressedByAStakeholder_NotAllowed()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Pick the font", [Bob], Default: "use Inter"));

        var reply = await app.SendAsync(new ProceedWithDefaultCommand(As(Bob), 1));

        Assert.False(reply.Succeeded);
        Assert.Equal(0, await app.QueryAsync(db => db.Decisions.CountAsync()));
    }

    [Fact]
    public async Task Away_WithoutDelegate_ClockPausesUntilBackAndNobodyNudgesMeanwhile()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));
        await app.DeliverAsync();

        var away = await app.SendAsync(new AwayCommand(As(Bob), new DueDate(InDays: 5)));
        await app.AdvanceAsync(TimeSpan.FromHours(96));
        var whileAway = Sent(app).Count(IsNudge);
        await app.SendAsync(new BackCommand(As(Bob)));
        await app.AdvanceAsync(TimeSpan.FromHours(48));

        Assert.True(away.Succeeded, away.Text);
        Assert.Equal(0, whileAway);
        Assert.Single(Sent(app), IsNudge);
        Assert.Contains(await app.QueryAsync(db => db.Attempts.Where(a => a.Kind == AttemptKind.Away).Select(a => a.Note).ToListAsync()), n => n!.StartsWith("away until", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Away_WithDelegate_OpenAndNewAsksGoToTheDelegateWithTheOriginalNamed()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));

        await app.SendAsync(new AwayCommand(As(Bob), new DueDate(InDays: 7), Carol));
        await app.SendAsync(new AskCommand(As(Dan), "Approve the budget", [Bob]));
        await app.AdvanceAsync(TimeSpan.FromHours(48));

        var waiting = await app.QueryAsync(db => db.Stakeholders.Where(s => s.State == StakeholderState.Waiting).Select(s => s.Person.PlatformUserId).ToListAsync());
        Assert.Equal([Carol.PlatformUserId, Carol.PlatformUserId], waiting);
        Assert.DoesNotContain(Sent(app), m => IsNudge(m) && m.Text.Contains($"<@{Bob.PlatformUserId}>", StringComparison.Ordinal) && !m.Text.Contains(Carol.PlatformUserId, StringComparison.Ordinal));
        Assert.Contains(await app.QueryAsync(db => db.Attempts.Select(a => a.Kind).ToListAsync()), k => k == AttemptKind.StandIn);
    }

    [Fact]
    public async Task Team_DefinedThenAsked_EveryMemberIsAStakeholder()
    {
        var app = await StartAsync(PlainTimeline);

        var defined = await app.SendAsync(new DefineTeamCommand(AsAdmin(Alice), "Backend", [Bob, Carol]));
        var asked = await app.SendAsync(new AskTeamCommand(As(Alice), "the integration", "the backend team"));
        var unknown = await app.SendAsync(new AskTeamCommand(As(Alice), "the integration", "frontend"));

        Assert.True(defined.Succeeded, defined.Text);
        Assert.True(asked.Succeeded, asked.Text);
        Assert.False(unknown.Succeeded);
        var stakeholders = await app.QueryAsync(db => db.Stakeholders.Select(s => s.Person.PlatformUserId).OrderBy(p => p).ToListAsync());
        Assert.Equal([Bob.PlatformUserId, Carol.PlatformUserId], stakeholders);
    }

    [Fact]
    public async Task Summarize_ATrackedThread_PostsADecisionRecordOfWhatWasSaidThere()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Which queue for the importer?", [Bob, Carol]));
        await app.DeliverAsync();
        var thread = await app.QueryAsync(db => db.Requests.Select(r => new ThreadRef(r.Channel, r.ThreadId)).SingleAsync());

        await app.SendAsync(new ThreadReplyCommand(As(Bob, thread), "Should we use SQS or RabbitMQ?"));
        await app.SendAsync(new ThreadReplyCommand(As(Carol, thread), "decided: RabbitMQ, we already run it"));
        await app.SendAsync(new ThreadReplyCommand(As(Bob, thread), $"<@{Carol.PlatformUserId}|Carol> will set up the vhost by Friday"));
        var reply = await app.SendAsync(new SummarizeCommand(As(Alice, thread), 1));
        await app.DeliverAsync();

        Assert.True(reply.Succeeded, reply.Text);
        Assert.Contains("3 messages", reply.Text, StringComparison.Ordinal);
        var record = Assert.Single(Sent(app), m => m.Text.StartsWith("Decision record", StringComparison.Ordinal));
        Assert.Equal(thread, new ThreadRef(record.Destination.Address, record.Destination.ThreadId));
        Assert.Contains("RabbitMQ, we already run it", record.Text, StringComparison.Ordinal);
        Assert.Contains("set up the vhost", record.Text, StringComparison.Ordinal);
        Assert.Contains(record.Mentions, m => m.PlatformUserId == Carol.PlatformUserId);
    }

    [Fact]
    public async Task SummaryButtons_TrackAndRecord_ActionItemsBecomeRequestsAndDecisionsDecisionsOnce()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Which queue for the importer?", [Bob, Carol]));
        await app.DeliverAsync();
        var thread = await app.QueryAsync(db => db.Requests.Select(r => new ThreadRef(r.Channel, r.ThreadId)).SingleAsync());
        await app.SendAsync(new ThreadReplyCommand(As(Carol, thread), "decided: RabbitMQ, we already run it"));
        await app.SendAsync(new ThreadReplyCommand(As(Bob, thread), $"<@{Carol.PlatformUserId}|Carol> will set up the vhost by Friday"));
        await app.SendAsync(new SummarizeCommand(As(Alice, thread), 1));
        await app.DeliverAsync();
        var buttons = Assert.Single(Sent(app), m => m.Text.StartsWith("Decision record", StringComparison.Ordinal)).Buttons;

        var tracked = await app.SendAsync(ButtonPress.ToCommand(MessageButton.TrackActionItems, buttons[0].Value, As(Bob, thread))!);
        var again = await app.SendAsync(ButtonPress.ToCommand(MessageButton.TrackActionItems, buttons[0].Value, As(Bob, thread))!);
        var recorded = await app.SendAsync(ButtonPress.ToCommand(MessageButton.RecordDecisions, buttons[1].Value, As(Alice, thread))!);

        Assert.Equal([MessageButton.TrackActionItems, MessageButton.RecordDecisions], buttons.Select(b => b.Action));
        Assert.Contains("CR-2 for Carol", tracked.Text, StringComparison.Ordinal);
        Assert.False(again.Succeeded);
        var item = await app.QueryAsync(db => db.Requests.Include(r => r.Stakeholders).ThenInclude(s => s.Person).SingleAsync(r => r.Number == 2));
        Assert.Equal("set up the vhost", item.Title);
        Assert.Equal(Carol.PlatformUserId, Assert.Single(item.Stakeholders).Person.PlatformUserId);
        Assert.NotNull(item.DueAt);
        Assert.Contains("D-1", recorded.Text, StringComparison.Ordinal);
        Assert.Equal("RabbitMQ, we already run it", await app.QueryAsync(db => db.Decisions.Select(d => d.Text).SingleAsync()));
    }

    [Fact]
    public async Task ThreadMessage_InAThreadNoRequestTracks_IsNotKept()
    {
        var app = await StartAsync(PlainTimeline);

        await app.SendAsync(new ThreadReplyCommand(As(Bob, new ThreadRef("#random", "1700000000.000100")), "lunch?"));

        Assert.Equal(0, await app.QueryAsync(db => db.ReceivedMessages.CountAsync()));
    }

    [Fact]
    public async Task ThreadMessages_OlderThanTheirRetention_Forgotten()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Which queue?", [Bob]));
        await app.DeliverAsync();
        var thread = await app.QueryAsync(db => db.Requests.Select(r => new ThreadRef(r.Channel, r.ThreadId)).SingleAsync());
        await app.SendAsync(new ThreadReplyCommand(As(Bob, thread), "RabbitMQ?"));

        app.Clock.Advance(InboundEventProcessor.ThreadMessageRetention + TimeSpan.FromDays(1));
        await app.InScopeAsync(sp => sp.GetRequiredService<InboundEventProcessor>().ProcessDueAsync(CancellationToken.None));

        Assert.Equal(0, await app.QueryAsync(db => db.ReceivedMessages.CountAsync()));
    }

    private static bool IsNudge(OutgoingMessage message) =>
        message.Text.Contains("Friendly reminder", StringComparison.Ordinal) || message.Text.Contains("last reminder", StringComparison.Ordinal);

}

public sealed class SqliteDecisionScenarios() : DecisionScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresDecisionScenarios(PostgresFixture server) : DecisionScenarios(new PostgresDatabases(server));
