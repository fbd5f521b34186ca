using Coordination.Bot.Calendars;
using Coordination.Bot.Tests.Calendars;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>Working hours, holidays and out of office, end to end through the host, on each database engine.</summary>
public abstract class WorkingTimeScenarios(ITestDatabases databases) : IAsyncLifetime
{
    private readonly List<BotApp> _apps = [];

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Teams", name));

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private async Task<BotApp> StartAsync(Dictionary<string, string?> settings)
    {
        settings["Outbox:Pacing"] = "false";
        var (provider, created) = await databases.CreateAsync();
        var app = new BotApp(provider, created, settings: settings);
        _apps.Add(app);
        _ = app.Services;
        return app;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        databases.Dispose();
    }

    private static Task<DateTimeOffset?> NextFollowUpOfAsync(BotApp app, string user) =>
        app.QueryAsync(db => db.Stakeholders.Where(s => s.Person.PlatformUserId == user).Select(s => s.NextActionAt).SingleAsync());

    private static List<OutgoingMessage> NudgesTo(BotApp app, PersonRef person) =>
        [.. app.Chat.Messages.Select(m => m.Message).Where(m => m.Text.Contains("Attempt 2 of 3", StringComparison.Ordinal) && m.Mentions.Any(p => p.PlatformUserId == person.PlatformUserId))];

    private static async Task<Reply> SayAsync(BotApp app, string text, CommandContext context)
    {
        var reply = await app.SendAsync(CommandParser.Parse(text, context));
        Assert.True(reply.Succeeded, reply.Text);
        return reply;
    }

    [Fact]
    public async Task Hours_MondayToThursdayFromEight_NudgeDueFridayLandsMondayAtEightLocal()
    {
        var app = await StartAsync(new() { ["Coordination:DefaultTimeZone"] = "Europe/Berlin" });
        app.Clock.Advance(Utc(2026, 12, 2, 4) - app.Clock.GetUtcNow());
        var set = await SayAsync(app, "hours mon-thu 08:00-16:00", As(Bob));
        Assert.Contains("Mon–Thu 08:00–16:00", set.Text, StringComparison.Ordinal);
        Assert.Contains("08:00 and 11:00", set.Text, StringComparison.Ordinal);

        await app.SendAsync(new AskCommand(As(Alice), "Review the rollout plan", [Bob]));
        await app.DeliverAsync();

        // Wednesday 05:00 in Berlin: 43 h of Wednesday and Thursday, then Monday; Friday is not Bob's.
        Assert.Equal(Utc(2026, 12, 7, 7), await NextFollowUpOfAsync(app, Bob.PlatformUserId));
        await app.AdvanceAsync(Utc(2026, 12, 7, 6, 59) - app.Clock.GetUtcNow());
        Assert.Empty(NudgesTo(app, Bob));
        await app.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Single(NudgesTo(app, Bob));
    }

    [Fact]
    public async Task Hours_ForSomeoneElse_OnlyTheirLeadOrAnAdmin()
    {
        var app = await StartAsync([]);

        var refused = await app.SendAsync(CommandParser.Parse("hours <@U-BOB|Bob> mon-thu 08:00-16:00", As(Carol)));
        var allowed = await app.SendAsync(CommandParser.Parse("hours <@U-BOB|Bob> mon-thu 08:00-16:00", AsAdmin(Alice)));

        Assert.False(refused.Succeeded);
        Assert.True(allowed.Succeeded, allowed.Text);
        var bob = await app.QueryAsync(db => db.People.SingleAsync(p => p.PlatformUserId == Bob.PlatformUserId));
        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(16, 0)), (bob.WorkStart, bob.WorkEnd));
    }

    [Fact]
    public async Task WorkspaceHolidayFromAnIcsFeed_MovesTheNudgePastIt()
    {
        await using var feed = await FakeCalendarServer.StartAsync();
        feed.Answer("/holidays.ics", Fixture("holidays_with_weekly_event_across_dst.ics"));
        var app = await StartAsync(new() { ["Webhooks:AllowPrivateNetworks"] = "true" });

        var linked = await SayAsync(app, $"holidays calendar {feed.Url("holidays.ics")}", AsAdmin(Alice));
        Assert.Contains("3 holidays", linked.Text, StringComparison.Ordinal);
        await app.SendAsync(new AskCommand(As(Alice), "Review the rollout plan", [Bob]));
        await app.DeliverAsync();

        // Thursday 15:00 UTC; Friday 27 November is a holiday: 9 h of Thursday, Monday, 15 h of Tuesday, then the morning.
        Assert.Equal(Utc(2026, 12, 2, 9), await NextFollowUpOfAsync(app, Bob.PlatformUserId));
        await app.AdvanceAsync(Utc(2026, 12, 1, 9) - app.Clock.GetUtcNow());
        Assert.Empty(NudgesTo(app, Bob));
        await app.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Single(NudgesTo(app, Bob));
        var stored = await app.QueryAsync(db => db.WorkspaceHolidays.OrderBy(h => h.Date).Select(h => h.Name).ToListAsync());
        Assert.Equal(["Day after Thanksgiving", "Christmas Day", "Christmas Day"], stored);
        Assert.Contains("Fri 25 Dec 2026 (the workspace's)", (await SayAsync(app, "holidays", As(Bob))).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HolidayCalendar_PlainHttpOrNotAnAdmin_RefusedAndNothingStored()
    {
        var app = await StartAsync([]);

        var insecure = await app.SendAsync(CommandParser.Parse("holidays calendar http://holidays.example.com/h.ics", AsAdmin(Alice)));
        var loopback = await app.SendAsync(CommandParser.Parse("holidays calendar https://127.0.0.1/h.ics", AsAdmin(Alice)));
        var notAdmin = await app.SendAsync(CommandParser.Parse("holidays calendar https://holidays.example.com/h.ics", As(Bob)));

        Assert.Contains("Only https://", insecure.Text, StringComparison.Ordinal);
        Assert.Contains("private network", loopback.Text, StringComparison.Ordinal);
        Assert.Contains("workspace admin", notAdmin.Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.HolidayCalendarLinks.CountAsync()));
    }

    [Fact]
    public async Task PersonalHoliday_SkippedLikeAWeekend()
    {
        var app = await StartAsync([]);
        await SayAsync(app, "holiday 2026-11-27", As(Bob));

        await app.SendAsync(new AskCommand(As(Alice), "Review the rollout plan", [Bob]));
        await app.DeliverAsync();

        Assert.Equal(Utc(2026, 12, 2, 9), await NextFollowUpOfAsync(app, Bob.PlatformUserId));
    }

    private static readonly PersonRef TeamsAlice = new("29:alice", "Alice", "aad-alice");

    private static readonly PersonRef TeamsBob = new("29:bob", "Bob", "aad-bob");

    private static readonly PersonRef TeamsCarol = new("29:carol", "Carol", "aad-carol");

    private static CommandContext InTeams(PersonRef person) => new(ChatPlatform.Teams, "tenant-1", person, new ThreadRef("19:general@thread.tacv2", null));

    private async Task<(BotApp App, FakeCalendarServer Graph)> StartWithGraphAsync()
    {
        var graph = await FakeCalendarServer.StartAsync();
        graph.AnswerJson("/tenant-1/token", "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"graph-token\"}");
        var app = await StartAsync(new()
        {
            ["Teams:AppId"] = "00000000-0000-0000-0000-00000000a11d",
            ["Teams:AppPassword"] = "test-client-secret",
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = graph.Url("v1.0").ToString(),
            ["Graph:TokenEndpoint"] = graph.BaseAddress + "{tenant}/token",
        });
        await SayAsync(app, "hours weekdays 09:00-17:00", InTeams(TeamsAlice));
        await app.SendAsync(new CalendarStandInCommand(InTeams(TeamsBob), TeamsCarol));
        var ask = await app.SendAsync(new AskCommand(InTeams(TeamsAlice), "Review the rollout plan", [TeamsBob]));
        Assert.True(ask.Succeeded, ask.Text);
        return (app, graph);
    }

    private static Task<bool> RefreshOutOfOfficeAsync(BotApp app) =>
        app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<OutOfOfficeRefresh>().RunAsync(CancellationToken.None);
            return true;
        });

    [Fact]
    public async Task GraphAutomaticReplies_MarkTheStakeholderAway_AndTheirDelegateStandsIn()
    {
        var (app, graph) = await StartWithGraphAsync();
        await using var _ = graph;
        graph.AnswerJson("/v1.0/users/aad-bob/mailboxSettings/automaticRepliesSetting", Fixture("graph_mailboxsettings_automaticrepliessetting_response.json"));
        graph.AnswerJson("/v1.0/users/aad-bob/mailboxSettings/workingHours", Fixture("graph_mailboxsettings_workinghours_customtimezone_response.json"));

        await RefreshOutOfOfficeAsync(app);

        var bob = await app.QueryAsync(db => db.People.SingleAsync(p => p.PlatformUserId == TeamsBob.PlatformUserId));
        Assert.True(bob.AwayFromCalendar);
        Assert.True(bob.AwayUntil > app.Clock.GetUtcNow());
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(18, 30)), (bob.WorkStart, bob.WorkEnd));
        var states = (await app.QueryAsync(db => db.Stakeholders.Select(s => new { s.Person.PlatformUserId, s.State }).ToListAsync()))
            .ToDictionary(s => s.PlatformUserId, s => s.State);
        Assert.Equal(StakeholderState.Waiting, states[TeamsCarol.PlatformUserId]);
        Assert.NotEqual(StakeholderState.Waiting, states[TeamsBob.PlatformUserId]);
        Assert.Contains("/tenant-1/token", graph.Requests);
    }

    [Fact]
    public async Task GraphRefuses403_NothingChanges_AndTheTenantIsNotAskedAgain()
    {
        var (app, graph) = await StartWithGraphAsync();
        await using var _ = graph;
        const string Path = "/v1.0/users/aad-bob/mailboxSettings/automaticRepliesSetting";
        graph.AnswerJson(Path, "{\"error\":{\"code\":\"ErrorAccessDenied\",\"message\":\"Access is denied. Check credentials and try again.\"}}", System.Net.HttpStatusCode.Forbidden);

        await RefreshOutOfOfficeAsync(app);
        await RefreshOutOfOfficeAsync(app);

        var bob = await app.QueryAsync(db => db.People.SingleAsync(p => p.PlatformUserId == TeamsBob.PlatformUserId));
        Assert.Null(bob.AwayUntil);
        Assert.Null(bob.WorkStart);
        var states = await app.QueryAsync(db => db.Stakeholders.Select(s => s.State).ToListAsync());
        Assert.Equal([StakeholderState.Waiting], states);
        Assert.Single(graph.Requests, r => r == Path);
    }

    [Fact]
    public async Task PersonalCalendarOutOfOffice_MarksAwayThenBackWhenItEnds()
    {
        await using var feed = await FakeCalendarServer.StartAsync();
        feed.Answer("/me.ics", Fixture("out_of_office_calendar.ics"));
        var app = await StartAsync(new() { ["Webhooks:AllowPrivateNetworks"] = "true" });
        await SayAsync(app, $"calendar {feed.Url("me.ics")}", As(Bob));
        await app.SendAsync(new AskCommand(As(Alice), "Review the rollout plan", [Bob]));

        app.Clock.Advance(Utc(2026, 11, 30, 12) - app.Clock.GetUtcNow());
        await RefreshOutOfOfficeAsync(app);
        var away = await app.QueryAsync(db => db.People.SingleAsync(p => p.PlatformUserId == Bob.PlatformUserId));
        app.Clock.Advance(Utc(2026, 12, 4, 12) - app.Clock.GetUtcNow());
        await RefreshOutOfOfficeAsync(app);
        var back = await app.QueryAsync(db => db.People.SingleAsync(p => p.PlatformUserId == Bob.PlatformUserId));

        Assert.Equal(Utc(2026, 12, 4, 0), away.AwayUntil);
        Assert.True(away.AwayFromCalendar);
        Assert.NotNull(away.EncryptedCalendarFeed);
        Assert.DoesNotContain("me.ics", away.EncryptedCalendarFeed, StringComparison.Ordinal);
        Assert.Null(back.AwayUntil);
    }
}

public sealed class SqliteWorkingTimeScenarios() : WorkingTimeScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresWorkingTimeScenarios(PostgresFixture server) : WorkingTimeScenarios(new PostgresDatabases(server));
