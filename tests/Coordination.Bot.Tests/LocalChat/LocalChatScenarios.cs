using Coordination.Bot.LocalChat;
using System.Net.Http.Json;
using System.Text.Json;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Bot.Tests.LocalChat;

/// <summary>The local chat through HTTP, on the real engine and each database, with the default 48-hour rule.</summary>
public abstract class LocalChatScenarios(ITestDatabases databases) : LocalChatTests(databases)
{
    private const string Alice = "U-ALICE";
    private const string Bob = "U-BOB";
    private const string Bot = "U-COORD";

    [Fact]
    public async Task Ask_AsAliceWithTheSlashCommand_RecordsCR1AndTheBotPostsItInTheChannel()
    {
        await using var host = await StartAsync();

        var answer = await host.WriteAsync(Alice, "/coord ask @bob review the rollout plan by Friday");

        Assert.True(answer.GetProperty("reply").GetProperty("succeeded").GetBoolean());
        var post = await RequestPostAsync(host);
        Assert.Equal("#platform", post.GetProperty("conversation").GetString());
        Assert.Equal(JsonValueKind.Null, post.GetProperty("thread").ValueKind);
        Assert.Contains("@Bob", post.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(["ack", "done", "snooze", "decline", "redirect"], post.GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("action").GetString()));
        var request = await host.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal(post.GetProperty("id").GetString(), request.ThreadId);
        Assert.Contains(await host.MessagesAsync(Alice), m => m.GetProperty("ephemeral").GetBoolean() && m.GetProperty("text").GetString()!.StartsWith("Recorded CR-1", StringComparison.Ordinal));
        Assert.DoesNotContain(await host.MessagesAsync(Bob), m => m.GetProperty("ephemeral").GetBoolean());
    }

    [Fact]
    public async Task ThreadReply_ByTheStakeholder_AnswersTheRequest()
    {
        await using var host = await StartAsync();
        var post = await AskAsync(host, "/coord ask @bob pick the migration date");

        var answer = await host.WriteAsync(Bob, "Thursday works, @Alice", thread: post.GetProperty("id").GetString());

        Assert.Equal(JsonValueKind.Null, answer.GetProperty("reply").ValueKind);
        Assert.Equal(post.GetProperty("id").GetString(), answer.GetProperty("message").GetProperty("thread").GetString());
        var stakeholder = await host.QueryAsync(db => db.Stakeholders.SingleAsync());
        Assert.Equal(StakeholderState.Responded, stakeholder.State);
    }

    [Fact]
    public async Task Press_AcknowledgeAsBob_RecordsHisAnswerAndShowsItOnThePost()
    {
        await using var host = await StartAsync();
        var post = await AskAsync(host, "/coord ask @bob @carol review the API spec");

        var answer = await host.PostAsync("/local/press", new { @as = Bob, messageId = post.GetProperty("id").GetString(), action = "ack", value = "CR-1" });

        Assert.True(answer.GetProperty("reply").GetProperty("succeeded").GetBoolean());
        var updated = await RequestPostAsync(host);
        Assert.True(updated.GetProperty("edited").GetBoolean());
        Assert.Contains("Status:* ", updated.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Bob answered", updated.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Carol waiting", updated.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, updated.GetProperty("buttons").GetArrayLength());
        var bob = await host.QueryAsync(db => db.Stakeholders.Include(s => s.Person).SingleAsync(s => s.Person.PlatformUserId == Bob));
        Assert.Equal(StakeholderState.Responded, bob.State);
    }

    [Fact]
    public async Task FastForward48Hours_NoAnswer_NudgesBobInTheThread()
    {
        await using var host = await StartAsync();
        var post = await AskAsync(host, "/coord ask @bob sign off the rollout plan");

        var clock = await host.PostAsync("/local/fast-forward", new { by = "48h" });

        Assert.Equal(48, clock.GetProperty("aheadHours").GetDouble());
        var nudge = Assert.Single(await host.MessagesAsync(Alice), m => m.GetProperty("text").GetString()!.Contains("Attempt 2 of 3", StringComparison.Ordinal));
        Assert.Equal(post.GetProperty("id").GetString(), nudge.GetProperty("thread").GetString());
        Assert.Contains("@Bob", nudge.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(LocalChatHost.Monday, host.Clock.GetUtcNow());
    }

    [Fact]
    public async Task FastForward_ThroughTheWholeRule_EscalatesToBobsLeadByDirectMessage()
    {
        await using var host = await StartAsync();
        await host.WriteAsync(Alice, "/coord ask @bob choose the font");

        for (var i = 0; i < 4; i++)
        {
            await host.PostAsync("/local/fast-forward", new { by = "48h", @as = Bob });
        }

        var escalation = Assert.Single(await host.MessagesAsync(Alice), m => m.GetProperty("text").GetString()!.Contains("after 3 attempts", StringComparison.Ordinal));
        Assert.Equal("dm:U-ALICE", escalation.GetProperty("conversation").GetString());
        Assert.Equal(Bot, escalation.GetProperty("author").GetString());
        Assert.DoesNotContain(await host.MessagesAsync(Bob), m => m.GetProperty("conversation").GetString() == "dm:U-ALICE");
    }

    [Fact]
    public async Task FastForward_ToTheNextMorning_LandsOnTheActingPersonsNineOClock()
    {
        await using var host = await StartAsync();

        var clock = await host.PostAsync("/local/fast-forward", new { by = "morning", @as = Alice });

        Assert.Equal(23.5, clock.GetProperty("aheadHours").GetDouble());
        Assert.StartsWith("Tue 1 Dec 2026, 09:00", clock.GetProperty("local").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DirectMessageToTheBot_PlainWords_RunAsACommandButAnAskAsksWhichChannel()
    {
        await using var host = await StartAsync();

        var list = await host.PostAsync("/local/messages", new { @as = Alice, dm = Bot, text = "help" });
        var ask = await host.PostAsync("/local/messages", new { @as = Alice, dm = Bot, text = "ask @bob review it" });

        Assert.True(list.GetProperty("reply").GetProperty("succeeded").GetBoolean());
        Assert.Contains("which channel", ask.GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.Requests.CountAsync()));
        var fromTheBot = (await host.MessagesAsync(Alice)).Where(m => m.GetProperty("author").GetString() == Bot).ToList();
        Assert.NotEmpty(fromTheBot);
        Assert.All(fromTheBot, m => Assert.Equal("dm:U-ALICE", m.GetProperty("conversation").GetString()));
    }

    [Fact]
    public async Task Mention_AtTheTopOfAChannel_StartsAThreadOnItselfForTheRequest()
    {
        await using var host = await StartAsync();

        var written = await host.WriteAsync(Alice, "@coord ask @bob review the runbook");

        var post = await RequestPostAsync(host);
        Assert.Equal(written.GetProperty("message").GetProperty("id").GetString(), post.GetProperty("thread").GetString());
    }

    [Fact]
    public async Task DigestNow_TheChartOfItsMessage_ServedAsAPng()
    {
        await using var host = await StartAsync();
        await host.WriteAsync(Alice, "/coord ask @bob review the plan", channel: "#general");

        await host.WriteAsync(Alice, "/coord digest now", channel: "#general");

        var digest = Assert.Single(await host.MessagesAsync(Alice), m => m.GetProperty("file").ValueKind == JsonValueKind.Object);
        var file = digest.GetProperty("file");
        Assert.True(file.GetProperty("isImage").GetBoolean());
        using var response = await host.Http.GetAsync(file.GetProperty("url").GetString());
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await response.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task Events_ANewMessage_StreamsAnUpdateCarryingIt()
    {
        await using var host = await StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await host.Http.GetAsync("/local/events?as=U-ALICE", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var first = await NextEventAsync(events, timeout.Token);

        var written = await host.WriteAsync(Alice, "Morning all");

        var id = written.GetProperty("message").GetProperty("id").GetString();
        var update = first;
        while (!update.GetProperty("messages").EnumerateArray().Any(m => m.GetProperty("id").GetString() == id))
        {
            update = await NextEventAsync(events, timeout.Token);
        }

        Assert.True(update.GetProperty("version").GetInt64() > first.GetProperty("version").GetInt64());
        Assert.Equal("Mon 30 Nov 2026, 09:30", update.GetProperty("clock").GetProperty("local").GetString());
    }

    [Fact]
    public async Task Page_FirstVisit_BringsInThePeopleWithTheirZonesAndLeadsOnce()
    {
        await using var host = await StartAsync();

        await host.Http.GetStringAsync("/");
        await host.Http.GetFromJsonAsync<JsonElement>("/local/state?as=U-BOB");

        var people = await host.QueryAsync(db => db.People.Include(p => p.Lead).ToListAsync());
        Assert.Equal(4, people.Count);
        var bob = Assert.Single(people, p => p.PlatformUserId == Bob);
        Assert.Equal("Europe/Berlin", bob.TimeZoneId);
        Assert.Equal(Alice, bob.Lead?.PlatformUserId);
        Assert.Null(Assert.Single(people, p => p.PlatformUserId == Alice).Lead);
    }

    [Fact]
    public async Task CoordinateWithTheBackendTeam_AsInTheReadme_AsksBob()
    {
        await using var host = await StartAsync();

        var answer = await host.WriteAsync(Alice, "@Coordination coordinate the integration with the backend team", channel: "#general");

        Assert.True(answer.GetProperty("reply").GetProperty("succeeded").GetBoolean());
        var stakeholder = await host.QueryAsync(db => db.Stakeholders.Include(s => s.Person).SingleAsync());
        Assert.Equal(Bob, stakeholder.Person.PlatformUserId);
        Assert.Equal(StakeholderState.Waiting, stakeholder.State);
    }

    [Fact]
    public async Task Seeding_AgainOnTheNextStart_KeepsOneOfEachTeam()
    {
        await using var host = await StartAsync();
        await host.Http.GetStringAsync("/");

        await new LocalWorkspaceSeeder(host.Web.Services.GetRequiredService<IServiceScopeFactory>()).EnsureAsync(CancellationToken.None);

        var teams = await host.QueryAsync(db => db.WorkTeams.Include(t => t.Members).OrderBy(t => t.Name).ToListAsync());
        Assert.Equal(["backend", "frontend", "platform"], teams.Select(t => t.Name));
        Assert.Equal(["U-BOB", "U-CAROL", "U-DAN"], teams.Select(t => Assert.Single(t.Members).PlatformUserId));
    }

    [Fact]
    public async Task DigestChannel_AHandWrittenLocalChannel_SendsTheDigestThere()
    {
        await using var host = await StartAsync();

        var answer = await host.WriteAsync(Alice, "/coord digest channel #general");
        await host.WriteAsync(Alice, "/coord digest now");

        Assert.True(answer.GetProperty("reply").GetProperty("succeeded").GetBoolean());
        Assert.Equal("#general", await host.QueryAsync(db => db.Workspaces.Select(w => w.DigestChannel).SingleAsync()));
        Assert.Contains(await host.MessagesAsync(Alice), m => m.GetProperty("author").GetString() == Bot && m.GetProperty("conversation").GetString() == "#general");
    }

    /// <summary>The next <c>update</c> event's data.</summary>
    private static async Task<JsonElement> NextEventAsync(StreamReader events, CancellationToken cancellationToken)
    {
        string? type = null;
        while (await events.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && type == "update")
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }

        throw new InvalidOperationException("The event stream ended.");
    }

    /// <summary>Alice asks with <paramref name="command"/> in #platform; the bot's post of CR-1.</summary>
    private static async Task<JsonElement> AskAsync(LocalChatHost host, string command)
    {
        await host.WriteAsync(Alice, command);
        return await RequestPostAsync(host);
    }

    private static async Task<JsonElement> RequestPostAsync(LocalChatHost host) =>
        Assert.Single(await host.MessagesAsync(), m => m.GetProperty("author").GetString() == Bot && m.GetProperty("text").GetString()!.StartsWith("CR-1:", StringComparison.Ordinal));
}

public sealed class SqliteLocalChatScenarios() : LocalChatScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresLocalChatScenarios(PostgresFixture server) : LocalChatScenarios(new PostgresDatabases(server));
