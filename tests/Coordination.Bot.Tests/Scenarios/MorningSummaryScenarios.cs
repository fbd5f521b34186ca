using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>
/// The morning summary through the host, under the default policy (mornings 09:00–12:00, weekdays): one direct
/// message per person per working morning, in their own zone. The clock starts on Thursday 26 November 2026, 15:00 UTC.
/// </summary>
public abstract class MorningSummaryScenarios(ITestDatabases databases) : HostScenarios(databases)
{
    /// <summary>From Thursday 15:00 UTC to Friday 09:05 UTC.</summary>
    private static readonly TimeSpan ToFridayMorning = TimeSpan.FromHours(18) + TimeSpan.FromMinutes(5);

    /// <summary>Alice asks Bob (in New York) and Carol (UTC) for one thing; Dan is in the workspace but asked nothing.</summary>
    private static async Task AskAsync(BotApp app, string title = "Review the rollout plan")
    {
        await app.SendAsync(new SetTimeZoneCommand(As(Bob), "America/New_York"));
        await app.SendAsync(new ListCommand(As(Dan)));
        var reply = await app.SendAsync(new AskCommand(As(Alice), title, [Bob, Carol]));
        Assert.True(reply.Succeeded, reply.Text);
        await app.DeliverAsync();
    }

    private static List<OutgoingMessage> SummariesTo(BotApp app, PersonRef person) =>
    [
        .. app.Chat.Messages.Select(m => m.Message)
            .Where(m => m.Destination == MessageDestination.DirectTo(person.PlatformUserId) && m.Text.StartsWith("Good morning", StringComparison.Ordinal)),
    ];

    private static Task<Reply> SayAsync(BotApp app, PersonRef person, string text) => app.SendAsync(CommandParser.Parse(text, As(person)));

    [Fact]
    public async Task Summary_WeekdayMorningInTheirZone_SentOnceByDirectMessage()
    {
        var app = await StartAsync();
        await AskAsync(app);

        var thursdayMorningInNewYork = await app.SendMorningSummariesAsync();
        app.Clock.Advance(ToFridayMorning - TimeSpan.FromMinutes(10));
        var beforeNine = await app.SendMorningSummariesAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var londonMorning = await app.SendMorningSummariesAsync();
        var again = await app.SendMorningSummariesAsync();
        app.Clock.Advance(TimeSpan.FromHours(5));
        var newYorkMorning = await app.SendMorningSummariesAsync();
        app.Clock.Advance(TimeSpan.FromHours(1));
        var later = await app.SendMorningSummariesAsync();
        await app.DeliverAsync();

        Assert.Equal((1, 0, 2, 0, 1, 0), (thursdayMorningInNewYork, beforeNine, londonMorning, again, newYorkMorning, later));
        var bob = SummariesTo(app, Bob).ConvertAll(m => m.PlainText());
        Assert.Equal(2, bob.Count);
        Assert.Contains("asked less than an hour ago", bob[0], StringComparison.Ordinal);
        Assert.StartsWith("Good morning, @Bob. 1 request is waiting on you:\n• *CR-1* Review the rollout plan · from @Alice, asked 23 hours ago", bob[1], StringComparison.Ordinal);
        Assert.EndsWith("`/coord summary off`.", bob[1], StringComparison.Ordinal);
        Assert.Single(SummariesTo(app, Carol));
        var alice = Assert.Single(SummariesTo(app, Alice)).PlainText();
        Assert.Contains("Nothing is waiting on you today.", alice, StringComparison.Ordinal);
        Assert.Contains("• *CR-1* Review the rollout plan · no answer yet from @Bob, @Carol", alice, StringComparison.Ordinal);
        Assert.Empty(SummariesTo(app, Dan));
        var days = await app.QueryAsync(db => db.People.Where(p => p.PlatformUserId == Bob.PlatformUserId).Select(p => p.LastSummaryOn).SingleAsync());
        Assert.Equal(new DateOnly(2026, 11, 27), days);
    }

    [Fact]
    public async Task Summary_Weekend_NotSentUntilMonday()
    {
        var app = await StartAsync();
        await AskAsync(app);
        app.Clock.Advance(ToFridayMorning + TimeSpan.FromDays(1));

        var saturday = await app.SendMorningSummariesAsync();
        app.Clock.Advance(TimeSpan.FromDays(1));
        var sunday = await app.SendMorningSummariesAsync();
        app.Clock.Advance(TimeSpan.FromDays(1));
        var monday = await app.SendMorningSummariesAsync();

        Assert.Equal((0, 0, 2), (saturday, sunday, monday));
    }

    [Fact]
    public async Task Summary_NextWorkingDay_SentAgainWithTheDayOnIt()
    {
        var app = await StartAsync();
        await AskAsync(app);
        app.Clock.Advance(ToFridayMorning);
        await app.SendMorningSummariesAsync();
        app.Clock.Advance(TimeSpan.FromDays(3));

        var monday = await app.SendMorningSummariesAsync();
        await app.DeliverAsync();

        Assert.Equal(2, monday);
        Assert.Equal(2, SummariesTo(app, Carol).Count);
        Assert.Contains("asked 3 days ago", SummariesTo(app, Carol)[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_TurnedOff_NotSentUntilTurnedOnAgain()
    {
        var app = await StartAsync();
        await AskAsync(app);

        var off = await SayAsync(app, Carol, "summary off");
        var offAgain = await SayAsync(app, Carol, "summary off");
        app.Clock.Advance(ToFridayMorning);
        var whileOff = await app.SendMorningSummariesAsync();
        var on = await SayAsync(app, Carol, "summary on");
        var onAgain = await app.SendMorningSummariesAsync();
        await app.DeliverAsync();

        Assert.True(off.Succeeded, off.Text);
        Assert.StartsWith("Your morning summary is off.", off.Text, StringComparison.Ordinal);
        Assert.Contains("`/coord summary on`", off.Text, StringComparison.Ordinal);
        Assert.False(offAgain.Succeeded);
        Assert.Contains("already off", offAgain.Text, StringComparison.Ordinal);
        Assert.Equal(1, whileOff);
        Assert.True(on.Succeeded, on.Text);
        Assert.Contains("between 09:00 and 12:00 UTC", on.Text, StringComparison.Ordinal);
        Assert.Equal(1, onAgain);
        Assert.Single(SummariesTo(app, Carol));
    }

    [Fact]
    public async Task Summary_MalformedSwitch_RepliesWithItsUsageAndChangesNothing()
    {
        var app = await StartAsync();
        await AskAsync(app);

        var reply = await SayAsync(app, Carol, "summary disable");
        app.Clock.Advance(ToFridayMorning);
        await app.SendMorningSummariesAsync();
        await app.DeliverAsync();

        Assert.False(reply.Succeeded);
        Assert.Contains("`/coord summary off`", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`/coord summary on|off`", reply.Text, StringComparison.Ordinal);
        Assert.Single(SummariesTo(app, Carol));
    }

    [Fact]
    public async Task Summary_NothingWaitingEitherWay_NotSent()
    {
        var app = await StartAsync();
        await AskAsync(app);
        await app.SendAsync(new DoneCommand(As(Bob), 1));
        await app.SendAsync(new DoneCommand(As(Carol), 1));
        app.Clock.Advance(ToFridayMorning + TimeSpan.FromHours(5));

        var sent = await app.SendMorningSummariesAsync();

        Assert.Equal(RequestStatus.Resolved, await app.QueryAsync(db => db.Requests.Select(r => r.Status).SingleAsync()));
        Assert.Equal(0, sent);
    }

    [Fact]
    public async Task Summary_WhileAway_NotSentUntilBack()
    {
        var app = await StartAsync();
        await AskAsync(app);
        var away = await SayAsync(app, Carol, "away until monday");
        app.Clock.Advance(ToFridayMorning);

        var friday = await app.SendMorningSummariesAsync();
        app.Clock.Advance(TimeSpan.FromDays(3));
        var monday = await app.SendMorningSummariesAsync();
        await app.DeliverAsync();

        Assert.True(away.Succeeded, away.Text);
        Assert.Equal((1, 2), (friday, monday));
        Assert.Single(SummariesTo(app, Carol));
        Assert.Equal(2, SummariesTo(app, Alice).Count);
    }

    [Fact]
    public async Task Summary_TwoInstancesOnOneDatabase_EachPersonGetsOneSummary()
    {
        var (first, second) = await StartTwoAsync();
        var cast = Enumerable.Range(1, 30).Select(i => new PersonRef($"U-P{i:D2}", $"Person {i}")).ToList();
        foreach (var group in cast.Chunk(10))
        {
            Assert.True((await first.SendAsync(new AskCommand(As(Alice), "Confirm your on-call week", group))).Succeeded);
        }

        first.Clock.Advance(ToFridayMorning);
        var sent = await Task.WhenAll(first.SendMorningSummariesAsync(), second.SendMorningSummariesAsync(), first.SendMorningSummariesAsync(), second.SendMorningSummariesAsync());
        await Task.WhenAll(first.DeliverAsync(), second.DeliverAsync());

        Assert.Equal(cast.Count + 1, sent.Sum());
        var summaries = first.Chat.Messages.Concat(second.Chat.Messages).Select(m => m.Message).Where(m => m.Text.StartsWith("Good morning", StringComparison.Ordinal)).ToList();
        Assert.Equal(cast.Count + 1, summaries.Count);
        Assert.Equal(cast.Count + 1, summaries.Select(m => m.Destination.Address).Distinct().Count());
        Assert.Equal(cast.Count + 1, await first.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey.StartsWith("summary:"))));
    }

    [Fact]
    public async Task SummaryButtons_DonePressed_AnswersThatRequestOnly()
    {
        var app = await StartAsync();
        await AskAsync(app);
        await AskAsync(app, "Pick a date for the migration");
        app.Clock.Advance(ToFridayMorning);
        await app.SendMorningSummariesAsync();
        await app.DeliverAsync();

        var summary = Assert.Single(SummariesTo(app, Carol));
        var done = Assert.Single(summary.Buttons, b => b.Label == "Done CR-2");
        var pressed = ButtonPress.ToCommand(done.Action, done.Value, As(Carol, new ThreadRef("D-CAROL", null)));
        var reply = await app.SendAsync(pressed!);

        Assert.Equal(
            ["Acknowledge CR-1", "Done CR-1", "Snooze CR-1…", "Not me CR-1…", "Acknowledge CR-2", "Done CR-2", "Snooze CR-2…", "Not me CR-2…"],
            summary.Buttons.Select(b => b.Label));
        Assert.True(reply.Succeeded, reply.Text);
        var states = await app.QueryAsync(db => db.Stakeholders.Where(s => s.Person.PlatformUserId == Carol.PlatformUserId)
            .OrderBy(s => s.Request.Number).Select(s => s.State).ToListAsync());
        Assert.Equal([StakeholderState.Waiting, StakeholderState.Done], states);
        Assert.Contains("CR-2", reply.Text, StringComparison.Ordinal);
    }
}

public sealed class SqliteMorningSummaryScenarios() : MorningSummaryScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresMorningSummaryScenarios(PostgresFixture server) : MorningSummaryScenarios(new PostgresDatabases(server));
