using System.Net;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Testing;
using Coordination.Testing.Teams;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Teams;

/// <summary>
/// Not me, Decline and Snooze on a Teams card answer the press with a card of inputs for the presser; submitting it
/// acts for them. A people picker searches the tenant's own people as they type (<c>application/search</c>).
/// </summary>
public abstract class TeamsRequestFormScenarios(ITestDatabases databases) : IAsyncLifetime
{
    private const string Ann = "29:ann";
    private const string Bob = "29:bob";
    private const string Other = "0f0e0d0c-0b0a-4909-8807-060504030201";
    private readonly List<TeamsTestHost> _hosts = [];

    [Fact]
    public async Task SnoozePress_AnswersWithTheSnoozeCardAndItsSubmissionSnoozesThreeDays()
    {
        var teams = await StartAsync();
        var root = await AskBobAsync(teams);

        var (status, body) = await teams.PostAsync(teams.Activities.Press(Bob, MessageButton.Snooze, "CR-1", root, "1700000000001"));

        Assert.Equal(HttpStatusCode.OK, status);
        var card = JsonNode.Parse(body)!["value"]!;
        var inputs = Inputs(card);
        Assert.Equal(["Input.ChoiceSet", "Input.Date"], inputs.Select(i => i["type"]!.GetValue<string>()));
        Assert.Equal(RequestForms.OneDay, inputs[0]["value"]!.GetValue<string>());
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(teams, Bob));

        var now = teams.Clock.GetUtcNow();
        var data = SubmitData(card);
        data[RequestForms.For] = RequestForms.ThreeDays;
        (status, body) = await teams.PostAsync(teams.Activities.SubmitForm(Bob, (JsonObject)data.DeepClone(), root, "1700000000001"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Snoozed bob on CR-1", body, StringComparison.Ordinal);
        Assert.Equal(now + TimeSpan.FromDays(3), await teams.App.QueryAsync(db => db.Stakeholders.Select(s => s.SnoozedUntil).SingleAsync()));
    }

    [Fact]
    public async Task DeclineCard_SubmittedWithoutAReason_ShowsTheProblemUnderTheReasonAndRecordsNothing()
    {
        var teams = await StartAsync();
        var root = await AskBobAsync(teams);
        var (_, body) = await teams.PostAsync(teams.Activities.Press(Bob, MessageButton.Decline, "CR-1", root, "1700000000001"));
        var data = SubmitData(JsonNode.Parse(body)!["value"]!);
        data[RequestForms.Reason] = " ";

        (_, body) = await teams.PostAsync(teams.Activities.SubmitForm(Bob, (JsonObject)data.DeepClone(), root, "1700000000001"));

        var again = JsonNode.Parse(body)!["value"]!["body"]!.AsArray();
        var reason = again.Select((b, i) => (b, i)).Single(p => p.b!["id"]?.GetValue<string>() == RequestForms.Reason).i;
        Assert.Contains("Say why you decline", again[reason + 1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(teams, Bob));

        data[RequestForms.Reason] = "not my team";
        (_, body) = await teams.PostAsync(teams.Activities.SubmitForm(Bob, (JsonObject)data.DeepClone(), root, "1700000000001"));
        await teams.SettleAsync();

        Assert.Equal(StakeholderState.Declined, await StateOfAsync(teams, Bob));
        Assert.Contains(teams.Connector.CallsOf(FakeConnectorCallKind.SendActivity), c => c.Body.ToJsonString().Contains("declined: not my team", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NotMeCard_PersonPickerSearchesAsTheyTypeAndTheSubmissionHandsOver()
    {
        var teams = await StartAsync();
        var root = await AskBobAsync(teams);
        await teams.App.QueryAsync(db => OrgChart.SetLeadAsync(db, ChatPlatform.Teams, TeamsActivities.Tenant, new("29:carol", "Carol Diaz"), new("29:carla", "Carla Stone")));
        var (_, body) = await teams.PostAsync(teams.Activities.Press(Bob, MessageButton.NotMe, "CR-1", root, "1700000000001"));
        var card = JsonNode.Parse(body)!["value"]!;
        var picker = Inputs(card)[0];
        Assert.Equal("people", picker["choices.data"]!["dataset"]!.GetValue<string>());

        var data = SubmitData(card);
        data[RequestForms.Person] = "29:carol";
        await teams.PostAsync(teams.Activities.SubmitForm(Bob, (JsonObject)data.DeepClone(), root, "1700000000001"));
        await teams.SettleAsync();

        var waitingOn = await teams.App.QueryAsync(db => db.Stakeholders.Where(s => s.State == StakeholderState.Waiting).Select(s => s.Person.PlatformUserId).ToListAsync());
        Assert.Equal(["29:carol"], waitingOn);
    }

    [Fact]
    public async Task PeopleSearch_TypedText_AnswersTheMatchingPeopleOfThatTenantOnly()
    {
        var teams = await StartAsync();
        await teams.App.QueryAsync(db => OrgChart.SetLeadAsync(db, ChatPlatform.Teams, TeamsActivities.Tenant, new("29:carol", "Carol Diaz"), new("29:carla", "Carla Stone")));
        await teams.App.QueryAsync(db => OrgChart.SetLeadAsync(db, ChatPlatform.Teams, Other, new("29:caroline", "Caroline Other"), new("29:zed", "Zed Other")));

        var (status, body) = await teams.PostAsync(Search(teams, "CAR"));
        var (_, other) = await teams.PostAsync(Search(teams, "car", Other));
        var (_, unknown) = await teams.PostAsync(Search(teams, "car", dataset: "npm"));

        Assert.Equal(HttpStatusCode.OK, status);
        var answer = JsonNode.Parse(body)!;
        Assert.Equal("application/vnd.microsoft.search.searchResponse", answer["type"]!.GetValue<string>());
        Assert.Equal(["29:carla", "29:carol"], Results(answer).Select(r => r["value"]!.GetValue<string>()));
        Assert.Equal(["Carla Stone", "Carol Diaz"], Results(answer).Select(r => r["title"]!.GetValue<string>()));
        Assert.Equal(["29:caroline"], Results(JsonNode.Parse(other)!).Select(r => r["value"]!.GetValue<string>()));
        Assert.Empty(Results(JsonNode.Parse(unknown)!));
    }

    private static JsonObject Search(TeamsTestHost teams, string text, string tenant = TeamsActivities.Tenant, string dataset = "people") =>
        teams.Activities.Event("invoke", a =>
        {
            a["name"] = "application/search";
            a["value"] = new JsonObject { ["queryText"] = text, ["queryOptions"] = new JsonObject { ["skip"] = 0, ["top"] = 15 }, ["dataset"] = dataset };
            a["conversation"]!["tenantId"] = tenant;
            a["channelData"]!["tenant"]!["id"] = tenant;
        });

    private static List<JsonNode> Results(JsonNode answer) => [.. answer["value"]!["results"]!.AsArray().Select(r => r!)];

    private static List<JsonNode> Inputs(JsonNode card) => [.. card["body"]!.AsArray().Where(b => b!["id"] is not null).Select(b => b!)];

    private static JsonObject SubmitData(JsonNode card) => (JsonObject)card["actions"]!.AsArray().Single()!["data"]!.DeepClone();

    private static async Task<string> AskBobAsync(TeamsTestHost teams)
    {
        var ask = teams.Activities.Command(Ann, "ask <at>bob</at> review the rollout plan", people: [(Bob, "bob")]);
        await teams.PostAsync(ask);
        await teams.SettleAsync();
        return ask["id"]!.GetValue<string>();
    }

    private static Task<StakeholderState> StateOfAsync(TeamsTestHost teams, string user) =>
        teams.App.QueryAsync(db => db.Stakeholders.Where(s => s.Person.PlatformUserId == user).Select(s => s.State).SingleAsync());

    private async Task<TeamsTestHost> StartAsync()
    {
        var host = await TeamsTestHost.StartAsync(databases);
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
    }
}

public sealed class SqliteTeamsRequestFormScenarios() : TeamsRequestFormScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresTeamsRequestFormScenarios(PostgresFixture server) : TeamsRequestFormScenarios(new PostgresDatabases(server));
