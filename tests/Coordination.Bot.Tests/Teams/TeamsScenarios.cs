using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;
using Coordination.Testing;
using Coordination.Testing.Teams;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Teams;

/// <summary>The 48-hour rule driven through Teams activities and the Bot Connector, on each database engine.</summary>
public abstract class TeamsScenarios(ITestDatabases databases) : IAsyncLifetime
{
    protected const string Ann = "29:ann";
    protected const string Bob = "29:bob";
    protected const string Carol = "29:carol";
    protected const string Dan = "29:dan";
    internal static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly List<TeamsTestHost> _hosts = [];

    [Fact]
    public async Task Ask_ByMentionOneAnswersInTheThreadOneStaysSilent_NudgedTwiceInTheThreadThenEscalatedByDirectMessage()
    {
        var teams = await StartAsync();
        await teams.App.QueryAsync(db => OrgChart.SetLeadAsync(db, ChatPlatform.Teams, TeamsActivities.Tenant, new(Carol, "carol"), new(Dan, "dan")));

        var ask = teams.Activities.Command(Ann, "ask <at>bob</at> <at>carol</at> review the rollout plan", people: [(Bob, "bob"), (Carol, "carol")]);
        var (status, _) = await teams.PostAsync(ask);
        await teams.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        var root = ask["id"]!.GetValue<string>();
        var thread = $"{TeamsActivities.Channel};messageid={root}";
        var post = Assert.Single(Sends(teams), c => c.Card is not null && c.ConversationId == thread);
        Assert.Contains("<at>bob</at>", Said(post), StringComparison.Ordinal);
        Assert.Contains("<at>carol</at>", Said(post), StringComparison.Ordinal);
        Assert.Contains("review the rollout plan", Said(post), StringComparison.Ordinal);
        Assert.StartsWith("Bearer ", post.Authorization, StringComparison.Ordinal);

        await teams.PostAsync(teams.Activities.ChannelMessage(Bob, "Looks good to me", root));
        await teams.SettleAsync();
        for (var nudge = 1; nudge <= 2; nudge++)
        {
            await teams.App.AdvanceAsync(TimeSpan.FromHours(48));
            var nudges = Sends(teams).Where(c => c.ConversationId == thread && IsNudge(c)).ToList();
            Assert.Equal(nudge, nudges.Count);
            Assert.All(nudges, n => Assert.Contains("<at>carol</at>", Said(n), StringComparison.Ordinal));
            Assert.DoesNotContain(nudges, n => Said(n).Contains("reminder, <at>bob</at>", StringComparison.Ordinal));
        }

        await teams.App.AdvanceAsync(TimeSpan.FromHours(48));
        var created = Assert.Single(teams.Connector.CallsOf(FakeConnectorCallKind.CreateConversation));
        Assert.Equal(Dan, created.Body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(TeamsActivities.Tenant, created.Body["tenantId"]!.GetValue<string>());
        var direct = Assert.Single(Sends(teams), c => c.ConversationId == FakeBotConnector.DirectConversationId(Dan));
        Assert.Contains("<at>carol</at>", Said(direct), StringComparison.Ordinal);
        Assert.Contains("CR-1", Said(direct), StringComparison.Ordinal);
        Assert.Equal(StakeholderState.Responded, await StateOfAsync(teams, Bob));
        Assert.Equal(StakeholderState.Escalated, await StateOfAsync(teams, Carol));
    }

    [Fact]
    public async Task Token_NotTheBotFrameworksForThisBotAndActivity_UnauthorizedAndNothingHappens()
    {
        var teams = await StartAsync();
        var ask = teams.Activities.Command(Ann, "ask <at>bob</at> the numbers", people: [(Bob, "bob")]);
        var otherUrl = ask.DeepClone().AsObject();
        otherUrl["serviceUrl"] = "https://smba.trafficmanager.net/emea/";
        string[] tokens =
        [
            teams.Activities.TokenFor(ask, keyId: FakeBotFrameworkKeys.UnservedKeyId),
            teams.Activities.TokenFor(ask, audience: "11111111-2222-3333-4444-555555555555"),
            teams.Activities.TokenFor(ask, lifetime: TimeSpan.FromMinutes(-10)),
            teams.Activities.TokenFor(ask, issuer: "https://sts.windows.net/evil/"),
            teams.Activities.TokenFor(ask, keyId: FakeBotFrameworkKeys.OtherChannelKeyId),
            teams.Activities.TokenFor(otherUrl),
            teams.Keys.IssueUnsignedToken(TeamsActivities.AppId, ask["serviceUrl"]!.GetValue<string>(), teams.Clock.GetUtcNow()),
            "not-a-jwt",
        ];

        foreach (var token in tokens)
        {
            var (status, _) = await teams.PostAsync(ask, token);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
        }

        using var anonymous = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(ask.ToJsonString()) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await teams.Http.SendAsync(anonymous)).StatusCode);
        await teams.SettleAsync();
        Assert.Equal(0, await teams.App.QueryAsync(db => db.InboundEvents.CountAsync()));
        Assert.Equal(0, await teams.App.QueryAsync(db => db.ConversationReferences.CountAsync()));
        Assert.Empty(teams.Connector.Calls);
    }

    [Fact]
    public async Task Body_MalformedOrOversized_BadRequestOrTooLargeAndNothingStored()
    {
        var teams = await StartAsync();
        var ask = teams.Activities.Command(Ann, "ask <at>bob</at> the numbers", people: [(Bob, "bob")]);

        var (malformed, _) = await teams.PostAsync(ask, rawBody: "{\"type\": \"message\", ");
        var (notAnObject, _) = await teams.PostAsync(ask, rawBody: "[1, 2]");
        var (oversized, _) = await teams.PostAsync(ask, rawBody: new string(' ', (1 << 20) + 1));

        Assert.Equal(HttpStatusCode.BadRequest, malformed);
        Assert.Equal(HttpStatusCode.BadRequest, notAnObject);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized);
        Assert.Equal(0, await teams.App.QueryAsync(db => db.InboundEvents.CountAsync()));
    }

    [Fact]
    public async Task Activity_DeliveredTwice_AcknowledgedBothTimesActedOnOnce()
    {
        var teams = await StartAsync();
        var ask = teams.Activities.Command(Ann, "ask <at>bob</at> the numbers", people: [(Bob, "bob")]);

        var first = await teams.PostAsync(ask);
        var again = await teams.PostAsync(ask);
        await teams.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(1, await teams.App.QueryAsync(db => db.Requests.CountAsync()));
    }

    [Fact]
    public async Task CardPress_AcknowledgeByTheStakeholder_StopsTheirClockAndAnswersWithTheUpdatedCard()
    {
        var teams = await StartAsync();
        var root = await AskBobAsync(teams);
        var card = Assert.Single(Sends(teams), c => c.Card is not null).ActivityId ?? "1700000000001";

        var (status, body) = await teams.PostAsync(teams.Activities.Press(Bob, MessageButton.Acknowledge, "CR-1", root, card));
        await teams.App.AdvanceAsync(TimeSpan.FromHours(48));

        Assert.Equal(HttpStatusCode.OK, status);
        var answer = JsonNode.Parse(body)!;
        Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>());
        Assert.Contains("bob answered", answer["value"]!.ToJsonString(Readable), StringComparison.Ordinal);
        Assert.Equal(StakeholderState.Responded, await StateOfAsync(teams, Bob));
        Assert.DoesNotContain(Sends(teams), IsNudge);
    }

    [Fact]
    public async Task CardPress_DoneInTheMorningSummaryList_AnswersThatRequestAndLeavesTheListCardAsItIs()
    {
        var teams = await StartAsync();
        var root = await AskBobAsync(teams);

        var (status, body) = await teams.PostAsync(teams.Activities.Press(Bob, MessageButton.Done, "CR-1", root, "1700000000009", listed: true));

        Assert.Equal(HttpStatusCode.OK, status);
        var answer = JsonNode.Parse(body)!;
        Assert.Equal("application/vnd.microsoft.activity.message", answer["type"]!.GetValue<string>());
        Assert.Contains("You marked done CR-1", answer["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(StakeholderState.Done, await StateOfAsync(teams, Bob));
    }

    [Fact]
    public async Task CardPress_DoneBySomeoneNotAsked_ChangesNothingAndSaysWhy()
    {
        var teams = await StartAsync();
        var root = await AskBobAsync(teams);

        var (status, body) = await teams.PostAsync(teams.Activities.Press(Dan, MessageButton.Done, "CR-1", root, "1700000000001"));
        await teams.App.AdvanceAsync(TimeSpan.FromHours(48));

        Assert.Equal(HttpStatusCode.OK, status);
        var answer = JsonNode.Parse(body)!;
        Assert.Equal("application/vnd.microsoft.activity.message", answer["type"]!.GetValue<string>());
        Assert.Contains("Only the people CR-1 waits on", answer["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(teams, Bob));
        Assert.Single(Sends(teams), IsNudge);
    }

    [Fact]
    public async Task Nudge_ConnectorThrottlesWithRetryAfter_NotSentAgainBeforeThenDeliveredWithTheNoticeQueuedAfterIt()
    {
        var teams = await StartAsync(new Dictionary<string, string?> { ["Outbox:RetryDelay"] = "00:00:01" });
        await AskBobAsync(teams);
        teams.Connector.FailNext(FakeConnectorCallKind.SendActivity, 429, retryAfter: "30");

        await teams.App.AdvanceAsync(TimeSpan.FromHours(48));
        var throttled = Sends(teams).Count;
        await teams.App.AdvanceAsync(TimeSpan.FromSeconds(29));
        var before = Sends(teams).Count;
        await teams.App.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(throttled, before);
        Assert.Equal(throttled + 2, Sends(teams).Count);
        Assert.Equal(0, await teams.App.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Delivered)));
        Assert.Single(Sends(teams).Where(IsNudge).Select(Said).Distinct());
        Assert.Equal(1, await teams.App.QueryAsync(db => db.Attempts.CountAsync(a => a.Kind == AttemptKind.Nudge && a.DeliveredAt != null)));
    }

    [Fact]
    public async Task Escalation_LeadHasNotAddedTheApp_LeadMentionedInTheThreadAndTheTrailSaysSo()
    {
        var teams = await StartAsync();
        await teams.App.QueryAsync(db => OrgChart.SetLeadAsync(db, ChatPlatform.Teams, TeamsActivities.Tenant, new(Bob, "bob"), new(Dan, "dan")));
        var root = await AskBobAsync(teams);
        teams.Connector.FailNext(FakeConnectorCallKind.CreateConversation, 403, FakeBotConnector.DefaultErrorBody(403));

        for (var window = 0; window < 3; window++)
        {
            await teams.App.AdvanceAsync(TimeSpan.FromHours(48));
        }

        await teams.App.DeliverAsync();
        var thread = $"{TeamsActivities.Channel};messageid={root}";
        var fallback = Assert.Single(Sends(teams), c => c.ConversationId == thread && Said(c).Contains("could not reach you by direct message", StringComparison.Ordinal));
        Assert.Contains("<at>dan</at>", Said(fallback), StringComparison.Ordinal);
        var trail = await teams.App.QueryAsync(db => db.Attempts.Where(a => a.Kind == AttemptKind.EscalatedInThread).Select(a => a.Note).ToListAsync());
        Assert.Contains("refused", Assert.Single(trail), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tenants_OneAsksAnotherKnowsTheKey_TheOtherSeesAndChangesNothing()
    {
        var teams = await StartAsync();
        await AskBobAsync(teams);
        const string Other = "0f0e0d0c-0b0a-4909-8807-060504030201";

        await teams.PostAsync(teams.Activities.Command(Bob, "ack CR-1", tenant: Other));
        await teams.PostAsync(teams.Activities.Command(Ann, "cancel CR-1", tenant: Other));
        await teams.PostAsync(teams.Activities.Command(Ann, "status CR-1", tenant: Other));
        await teams.SettleAsync();

        Assert.Equal(RequestStatus.Open, await teams.App.QueryAsync(db => db.Requests.Select(r => r.Status).SingleAsync()));
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(teams, Bob));
        var answers = Sends(teams).Where(c => Said(c).Contains("There is no CR-1", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, answers.Count);
    }

    [Fact]
    public async Task Install_BotAddedThenRemoved_ConversationRememberedThenForgotten()
    {
        var teams = await StartAsync();
        var added = teams.Activities.Event("conversationUpdate", a =>
        {
            a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.Bot });
            a["channelData"]!["eventType"] = "teamMemberAdded";
        });
        var removed = teams.Activities.Event("installationUpdate", a => a["action"] = "remove");

        var (addedStatus, _) = await teams.PostAsync(added);
        var remembered = await teams.App.QueryAsync(db => db.ConversationReferences.Select(c => c.ConversationId).ToListAsync());
        var (removedStatus, _) = await teams.PostAsync(removed);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (addedStatus, removedStatus));
        Assert.Equal([TeamsActivities.Channel], remembered);
        Assert.Equal(0, await teams.App.QueryAsync(db => db.ConversationReferences.CountAsync()));
    }

    [Fact]
    public async Task Command_ClientReportsItsTimeZone_RecordedOnTheSender()
    {
        var teams = await StartAsync();
        var list = teams.Activities.Command(Ann, "list");
        list["localTimezone"] = "America/Los_Angeles";

        await teams.PostAsync(list);
        await teams.SettleAsync();

        Assert.Equal("America/Los_Angeles", await teams.App.QueryAsync(db => db.People.Where(p => p.PlatformUserId == Ann).Select(p => p.TimeZoneId).SingleAsync()));
    }

    [Fact]
    public async Task ServiceUrl_MovesBetweenActivities_TheNextSendsGoToTheNewOne()
    {
        var teams = await StartAsync();
        var root = await AskBobAsync(teams);
        var status = teams.Activities.Command(Ann, "status CR-1", root);
        status["serviceUrl"] = new Uri(teams.Connector.BaseAddress, "emea/").ToString();

        await teams.PostAsync(status);
        await teams.SettleAsync();

        var answer = Assert.Single(Sends(teams), c => Said(c).Contains("Paper trail", StringComparison.OrdinalIgnoreCase) || Said(c).Contains("CR-1 ·", StringComparison.Ordinal));
        Assert.StartsWith("/emea/", answer.Path, StringComparison.Ordinal);
        Assert.Equal(status["serviceUrl"]!.GetValue<string>(), await teams.App.QueryAsync(db => db.ConversationReferences.Select(c => c.ServiceUrl).SingleAsync()));
    }

    [Fact]
    public async Task Activity_OfAnUnknownType_AcknowledgedAndIgnored()
    {
        var teams = await StartAsync();

        var (status, _) = await teams.PostAsync(teams.Activities.Event("messageReaction", a => a["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" })));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, await teams.App.QueryAsync(db => db.InboundEvents.CountAsync()));
    }

    [Fact]
    public async Task DecideAlone_ByMention_PostsTheDecisionFormAndItsSubmissionRecordsTheDecisionWithNextSteps()
    {
        var teams = await StartAsync();
        await AskBobAsync(teams);
        var decide = teams.Activities.Command(Ann, "decide");
        await teams.PostAsync(decide);
        await teams.SettleAsync();

        var form = Assert.Single(Sends(teams), c => Said(c).Contains("Input.Text", StringComparison.Ordinal));
        var submit = form.Card!["actions"]!.AsArray().Single()!;
        Assert.Equal("submit-form", submit["verb"]!.GetValue<string>());
        var owner = form.Card!["body"]!.AsArray().Single(b => b!["id"]?.GetValue<string>() == ChatForms.Owner)!;
        Assert.Equal(Ann, owner["value"]!.GetValue<string>());
        Assert.Contains(owner["choices"]!.AsArray(), c => c!["value"]!.GetValue<string>() == Bob);

        var data = (JsonObject)submit["data"]!.DeepClone();
        data[ChatForms.DecisionText] = "Ship on Postgres";
        data[ChatForms.Rationale] = "we know it best";
        data[ChatForms.Owner] = Ann;
        data[ChatForms.NextSteps] = "@bob migrate the schema by Friday";
        data[ChatForms.LongTerm] = "true";
        var (status, body) = await teams.PostAsync(teams.Activities.SubmitForm(Ann, data, decide["id"]!.GetValue<string>(), form.ActivityId ?? "1"));
        await teams.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Recorded D-1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("submit-form", body, StringComparison.Ordinal);
        var decision = await teams.App.QueryAsync(db => db.Decisions.Include(d => d.NextSteps).ThenInclude(r => r.Stakeholders).ThenInclude(s => s.Person).SingleAsync());
        Assert.True(decision.LongTerm);
        Assert.Null(decision.OwnerId);
        Assert.Equal(Bob, decision.NextSteps.Single().Stakeholders.Single().Person.PlatformUserId);
    }

    [Fact]
    public async Task DecisionForm_SubmittedEmpty_SaysWhatIsMissingAndRecordsNothing()
    {
        var teams = await StartAsync();
        var data = new JsonObject { ["action"] = "submit-form", ["form"] = ChatForms.Decision, ["state"] = $"|{TeamsActivities.Channel}|1700000000001" };

        var (_, body) = await teams.PostAsync(teams.Activities.SubmitForm(Ann, data, "1700000000001", "1700000000002"));

        Assert.Contains("Write what was decided", body, StringComparison.Ordinal);
        Assert.Equal(0, await teams.App.QueryAsync(db => db.Decisions.CountAsync()));
    }

    [Theory]
    [InlineData("list waiting")]
    [InlineData("what's waiting on me")]
    public async Task PersonalChat_CommandOrPlainEnglish_AnsweredInThePersonalChat(string text)
    {
        var teams = await StartAsync();
        await AskBobAsync(teams);
        var personal = teams.Activities.Event("message", a =>
        {
            // Shaped as the personal-chat-message.json fixture: a personal conversation, the tenant in channelData.
            a["from"] = new JsonObject { ["id"] = Bob, ["name"] = "bob" };
            a["conversation"] = new JsonObject { ["conversationType"] = "personal", ["id"] = "a:1personal-bob", ["tenantId"] = TeamsActivities.Tenant };
            a["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsActivities.Tenant } };
            a["text"] = text;
        });

        await teams.PostAsync(personal);
        await teams.SettleAsync();

        Assert.Contains("CR-1", Said(Assert.Single(Sends(teams), c => c.ConversationId == "a:1personal-bob")), StringComparison.Ordinal);
    }

    /// <summary>Ann asks Bob by mention in a new post; once it is out, that post's id (the thread's root).</summary>
    protected static async Task<string> AskBobAsync(TeamsTestHost teams)
    {
        var ask = teams.Activities.Command(Ann, "ask <at>bob</at> review the rollout plan", people: [(Bob, "bob")]);
        await teams.PostAsync(ask);
        await teams.SettleAsync();
        return ask["id"]!.GetValue<string>();
    }

    protected static IReadOnlyList<FakeConnectorCall> Sends(TeamsTestHost teams) => teams.Connector.CallsOf(FakeConnectorCallKind.SendActivity);

    /// <summary>Everything a sent activity says, text and card alike, as readable JSON.</summary>
    protected static string Said(FakeConnectorCall call) => call.Body.ToJsonString(Readable);

    /// <summary>A reminder: "Friendly reminder, @x" or, the last one, "@x, last reminder" (the ask itself only says one will come).</summary>
    protected static bool IsNudge(FakeConnectorCall call) =>
        Said(call) is var said && (said.Contains("Friendly reminder", StringComparison.Ordinal) || said.Contains("last reminder", StringComparison.Ordinal));

    protected static Task<StakeholderState> StateOfAsync(TeamsTestHost teams, string user) =>
        teams.App.QueryAsync(db => db.Stakeholders.Where(s => s.Person.PlatformUserId == user).Select(s => s.State).SingleAsync());

    protected async Task<TeamsTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = await TeamsTestHost.StartAsync(databases, settings);
        _hosts.Add(host);
        return host;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        databases.Dispose();
    }
}

public sealed class SqliteTeamsScenarios() : TeamsScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresTeamsScenarios(PostgresFixture server) : TeamsScenarios(new PostgresDatabases(server));
